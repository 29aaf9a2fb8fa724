import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface ListItemProps {
  title: string;
  /** Lines under the title. */
  lines: string[];
  extra?: ReactNode;
  onClick?: () => void;
  className?: string;
}

/** A tappable row of a list: a title, a line or two under it, a badge at the side. */
export function ListItem({ title, lines, extra, onClick, className }: ListItemProps) {
  return (
    <View className={`lin-item ${className ?? ''}`} onClick={onClick}>
      <View className="lin-item__text">
        <Text className="lin-item__title">{title}</Text>
        {lines.map((line) => (
          <Text key={line} className="lin-item__line">
            {line}
          </Text>
        ))}
      </View>
      {extra}
      {onClick ? <Text className="lin-item__arrow">›</Text> : null}
    </View>
  );
}
