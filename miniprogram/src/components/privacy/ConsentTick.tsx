import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './ConsentTick.scss';

/** A tick box that starts unticked (consent is never assumed) and says what ticking means. */
export function ConsentTick({
  checked,
  onChange,
  className,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <View
      className={`lin-consent ${checked ? 'lin-consent--checked' : ''} ${className ?? ''}`}
      role="checkbox"
      aria-checked={checked}
      tabIndex={0}
      onClick={() => onChange(!checked)}
    >
      <Text className="lin-consent__box">{checked ? '✓' : ''}</Text>
      <View className="lin-consent__text">{children}</View>
    </View>
  );
}
