import { Text } from '@tarojs/components';

/** A small rounded status word; its colour comes from the tone (dlb-status--<tone> in deliberation.scss). */
export function StatusBadge({ label, tone, className }: { label: string; tone: string; className?: string }) {
  return <Text className={`dlb-status dlb-status--${tone} ${className ?? ''}`}>{label}</Text>;
}
