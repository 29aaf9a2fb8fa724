import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './EmptyState.scss';

interface EmptyStateProps {
  title: string;
  /** One or two sentences on what will be here. */
  description: string;
  /** An optional action (a button) under the text. */
  children?: ReactNode;
}

/** A calm, text-only placeholder for a page or list with nothing to show yet. */
export function EmptyState({ title, description, children }: EmptyStateProps) {
  return (
    <View className="lin-empty">
      <Text className="lin-empty__title">{title}</Text>
      <Text className="lin-empty__description">{description}</Text>
      {children ? <View className="lin-empty__action">{children}</View> : null}
    </View>
  );
}
