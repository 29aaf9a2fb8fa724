import { Text, View } from '@tarojs/components';
import { LIMITS } from '@linli/shared';
import { useState, type ReactNode } from 'react';
import { Button, TextArea } from '@/components/nut';

interface ReasonFormProps {
  label: string;
  placeholder: string;
  submitText: string;
  /** Fields above the reason (e.g. the minutes). */
  children?: ReactNode;
  /** Whether a reason must be given. */
  required?: boolean;
  /** Resolves to whether it went through (the form then closes). */
  onSubmit: (reason: string) => Promise<boolean>;
  onCancel: () => void;
  className?: string;
}

/**
 * A reason the other side will read (2–200 characters), then 取消 / the action: removing a member,
 * cancelling a shift, adjusting hours, declining a topic, hiding a comment.
 */
export function ReasonForm({ label, placeholder, submitText, children, required = true, onSubmit, onCancel, className }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const trimmed = reason.trim();
    if ((required || trimmed) && trimmed.length < LIMITS.reasonMin) return setProblem(`请填写原因（至少 ${LIMITS.reasonMin} 个字）`);
    if (trimmed.length > LIMITS.reasonMax) return setProblem(`原因不能超过 ${LIMITS.reasonMax} 个字`);
    setProblem(null);
    setBusy(true);
    const ok = await onSubmit(trimmed);
    setBusy(false);
    if (ok) onCancel();
  }

  return (
    <View className={`lin-decision lin-decision--rejecting lin-reason ${className ?? ''}`} onClick={(e) => e.stopPropagation()}>
      {children}
      <Text className="lin-decision__label">{label}</Text>
      <TextArea
        className="lin-decision__reason lin-reason__input"
        value={reason}
        onChange={(value) => setReason(value)}
        placeholder={placeholder}
        maxLength={LIMITS.reasonMax}
        showCount
        autoSize
      />
      {problem ? <Text className="lin-decision__error">{problem}</Text> : null}
      <View className="lin-decision__buttons">
        <Button size="large" disabled={busy} onClick={onCancel}>
          取消
        </Button>
        <Button className="lin-reason__submit" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void submit()}>
          {submitText}
        </Button>
      </View>
    </View>
  );
}
