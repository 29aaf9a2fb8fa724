import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A titled block of a form: the label on top (chips and long inputs need the full width), help under. */
export function FormField({ label, help, children, className }: { label: string; help?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <View className={`dlp-field ${className ?? ''}`}>
      <Text className="dlp-field__label">{label}</Text>
      {children}
      {help ? <Text className="dlp-field__help">{help}</Text> : null}
    </View>
  );
}
