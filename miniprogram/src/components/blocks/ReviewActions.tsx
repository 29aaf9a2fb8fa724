import { Text, View } from '@tarojs/components';
import { LIMITS } from '@linli/shared';
import { useState } from 'react';
import { Button, Dialog, TextArea } from '@/components/nut';

interface ReviewActionsProps {
  /** The confirmation's title: "通过报到". */
  approveTitle: string;
  /** What approving does, for the confirmation: "通过后，赵小明将成为东湖社区的在职党员。" */
  approveNote: string;
  /** An example reason, shown in the empty reason box. */
  rejectExample: string;
  /** Each resolves to whether the decision was made. */
  approve: () => Promise<boolean>;
  reject: (reason: string) => Promise<boolean>;
}

/** 通过 (after a confirmation) and 不通过 (with a reason of 2–200 characters) for something waiting for review. */
export function ReviewActions({ approveTitle, approveNote, rejectExample, approve, reject }: ReviewActionsProps) {
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(decision: () => Promise<boolean>) {
    setBusy(true);
    await decision();
    setBusy(false);
  }

  function confirmRejection() {
    const trimmed = reason.trim();
    if (trimmed.length < LIMITS.reasonMin) return setReasonError(`请填写不通过的原因（至少 ${LIMITS.reasonMin} 个字）`);
    if (trimmed.length > LIMITS.reasonMax) return setReasonError(`原因不能超过 ${LIMITS.reasonMax} 个字`);
    setReasonError(null);
    void run(() => reject(trimmed));
  }

  if (rejecting) {
    return (
      <View className="lin-decision lin-decision--rejecting">
        <Text className="lin-decision__label">不通过的原因（申请人会看到）</Text>
        <TextArea
          className="lin-decision__reason"
          value={reason}
          onChange={(value) => setReason(value)}
          placeholder={rejectExample}
          maxLength={LIMITS.reasonMax}
          showCount
          autoSize
        />
        {reasonError ? <Text className="lin-decision__error">{reasonError}</Text> : null}
        <View className="lin-decision__buttons">
          <Button size="large" disabled={busy} onClick={() => setRejecting(false)}>
            取消
          </Button>
          <Button className="lin-decision__confirm-reject" type="primary" size="large" loading={busy} disabled={busy} onClick={confirmRejection}>
            确认不通过
          </Button>
        </View>
      </View>
    );
  }

  return (
    <View className="lin-decision">
      <View className="lin-decision__buttons">
        <Button className="lin-decision__reject" size="large" disabled={busy} onClick={() => setRejecting(true)}>
          不通过
        </Button>
        <Button className="lin-decision__approve" type="primary" size="large" loading={busy} disabled={busy} onClick={() => setConfirmingApproval(true)}>
          通过
        </Button>
      </View>
      <Dialog
        visible={confirmingApproval}
        title={approveTitle}
        confirmText="通过"
        cancelText="再看看"
        onConfirm={() => {
          setConfirmingApproval(false);
          void run(approve);
        }}
        onCancel={() => setConfirmingApproval(false)}
        onClose={() => setConfirmingApproval(false)}
      >
        {approveNote}
      </Dialog>
    </View>
  );
}
