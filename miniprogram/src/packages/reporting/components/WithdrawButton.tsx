import { ConfirmButton } from '@/components/blocks/ConfirmButton';

interface WithdrawButtonProps {
  /** What is withdrawn, for the dialog: "报到申请". */
  what: string;
  withdraw: () => Promise<unknown>;
  /** After a withdrawal, and after a refusal (someone decided first): show the current state. */
  onDone: () => void;
}

/** 撤回 a pending registration, after a confirmation. */
export function WithdrawButton({ what, withdraw, onDone }: WithdrawButtonProps) {
  return (
    <ConfirmButton
      inCard
      className="rpt-withdraw"
      label="撤回申请"
      title={`撤回${what}`}
      body="撤回后社区将不再审核这份申请，需要时可以重新提交。"
      confirmText="撤回"
      done="已撤回"
      run={withdraw}
      onDone={onDone}
    />
  );
}
