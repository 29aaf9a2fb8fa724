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
    <View className={`rpt-item ${className ?? ''}`} onClick={onClick}>
      <View className="rpt-item__text">
        <Text className="rpt-item__title">{title}</Text>
        {lines.map((line) => (
          <Text key={line} className="rpt-item__line">
            {line}
          </Text>
        ))}
      </View>
      {extra}
      {onClick ? <Text className="rpt-item__arrow">›</Text> : null}
    </View>
  );
}
