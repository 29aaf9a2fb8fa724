import { View } from '@tarojs/components';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Dialog } from '@/components/nut';

interface WithdrawButtonProps {
  /** What is withdrawn, for the dialog: "报到申请". */
  what: string;
  withdraw: () => Promise<unknown>;
  /** After a withdrawal, and after a refusal (someone decided first): show the current state. */
  onDone: () => void;
}

/** 撤回 a pending registration, after a confirmation. */
export function WithdrawButton({ what, withdraw, onDone }: WithdrawButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setConfirming(false);
    setBusy(true);
    try {
      await withdraw();
      showSuccess('已撤回');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      onDone();
    }
  }

  return (
    <View className="lin-card__actions">
      <Button className="rpt-withdraw" block loading={busy} disabled={busy} onClick={() => setConfirming(true)}>
        撤回申请
      </Button>
      <Dialog
        visible={confirming}
        title={`撤回${what}`}
        confirmText="撤回"
        cancelText="取消"
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        撤回后社区将不再审核这份申请，需要时可以重新提交。
      </Dialog>
    </View>
  );
}
