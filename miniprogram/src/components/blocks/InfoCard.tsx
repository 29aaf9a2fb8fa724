import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface InfoCardProps {
  title: ReactNode;
  /** Beside the title, e.g. a status badge. */
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A white card with a title line and label–value rows under it. */
export function InfoCard({ title, extra, children, className }: InfoCardProps) {
  return (
    <View className={`lin-card ${className ?? ''}`}>
      <View className="lin-card__head">
        <Text className="lin-card__title">{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  );
}

/** One fact: a short label and a value that may wrap over several lines. Nothing for an empty value. */
export function InfoRow({ label, value }: { label: string; value: ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <View className="lin-row">
      <Text className="lin-row__label">{label}</Text>
      <Text className="lin-row__value">{value}</Text>
    </View>
  );
}
