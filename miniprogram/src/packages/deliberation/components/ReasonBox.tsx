import { Text, View } from '@tarojs/components';
import { DELIBERATION_TEXT_LIMITS, LIMITS } from '@linli/shared';
import { useState } from 'react';
import { Button, TextArea } from '@/components/nut';

interface ReasonBoxProps {
  label: string;
  placeholder: string;
  submitText: string;
  /** Resolves to whether it went through (the box then closes). */
  onSubmit: (reason: string) => Promise<boolean>;
  onCancel: () => void;
  className?: string;
}

/** A reason the other side will read (2–200 characters), then 取消 / the action: declining a topic, hiding a comment. */
export function ReasonBox({ label, placeholder, submitText, onSubmit, onCancel, className }: ReasonBoxProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const max = DELIBERATION_TEXT_LIMITS.reason;

  async function submit() {
    const trimmed = reason.trim();
    if (trimmed.length < LIMITS.reasonMin) return setProblem(`请填写原因（至少 ${LIMITS.reasonMin} 个字）`);
    if (trimmed.length > max) return setProblem(`原因不能超过 ${max} 个字`);
    setProblem(null);
    setBusy(true);
    const ok = await onSubmit(trimmed);
    setBusy(false);
    if (ok) onCancel();
  }

  return (
    <View className={`lin-decision lin-decision--rejecting dlp-reason ${className ?? ''}`}>
      <Text className="lin-decision__label">{label}</Text>
      <TextArea className="lin-decision__reason dlp-reason__input" value={reason} onChange={(value) => setReason(value)} placeholder={placeholder} maxLength={max} showCount autoSize />
      {problem ? <Text className="lin-decision__error">{problem}</Text> : null}
      <View className="lin-decision__buttons">
        <Button size="large" disabled={busy} onClick={onCancel}>
          取消
        </Button>
        <Button className="dlp-reason__submit" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void submit()}>
          {submitText}
        </Button>
      </View>
    </View>
  );
}
