import { Text, View } from '@tarojs/components';
import { LIMITS } from '@linli/shared';
import { useState } from 'react';
import { Button, Dialog, TextArea } from '@/components/nut';

interface ReviewActionsProps {
  /** What approving does, for the confirmation: "通过后，赵小明将成为东湖社区的在职党员。" */
  approveNote: string;
  /** Each resolves to whether the decision was made. */
  approve: () => Promise<boolean>;
  reject: (reason: string) => Promise<boolean>;
}

/** 通过 (after a confirmation) and 不通过 (with a reason of 2–200 characters) for a pending registration. */
export function ReviewActions({ approveNote, approve, reject }: ReviewActionsProps) {
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
      <View className="rpt-decision rpt-decision--rejecting">
        <Text className="rpt-decision__label">不通过的原因（申请人会看到）</Text>
        <TextArea
          className="rpt-decision__reason"
          value={reason}
          onChange={(value) => setReason(value)}
          placeholder="如：所填住址与登记信息不符，请核对后重新提交"
          maxLength={LIMITS.reasonMax}
          showCount
          autoSize
        />
        {reasonError ? <Text className="rpt-decision__error">{reasonError}</Text> : null}
        <View className="rpt-decision__buttons">
          <Button size="large" disabled={busy} onClick={() => setRejecting(false)}>
            取消
          </Button>
          <Button className="rpt-decision__confirm-reject" type="primary" size="large" loading={busy} disabled={busy} onClick={confirmRejection}>
            确认不通过
          </Button>
        </View>
      </View>
    );
  }

  return (
    <View className="rpt-decision">
      <View className="rpt-decision__buttons">
        <Button className="rpt-decision__reject" size="large" disabled={busy} onClick={() => setRejecting(true)}>
          不通过
        </Button>
        <Button className="rpt-decision__approve" type="primary" size="large" loading={busy} disabled={busy} onClick={() => setConfirmingApproval(true)}>
          通过
        </Button>
      </View>
      <Dialog
        visible={confirmingApproval}
        title="通过报到"
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
