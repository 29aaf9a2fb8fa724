import { Text, View } from '@tarojs/components';
import type { WishHistory } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

/** 心愿进程: each step of the wish in words, with its time, oldest first; the sweep's steps say 系统. */
export function WishTimeline({ history }: { history: WishHistory }) {
  if (history.items.length === 0) return null;
  return (
    <View className="lin-card wsd-timeline">
      <View className="lin-card__head">
        <Text className="lin-card__title">心愿进程</Text>
      </View>
      {history.items.map((item, index) => (
        <View key={`${item.kind}-${index}`} className="wsd-timeline__item">
          <View className="wsd-timeline__dot" />
          <View className="wsd-timeline__body">
            <Text className="wsd-timeline__label">{item.label}</Text>
            {item.note ? <Text className="wsd-timeline__note">{item.note}</Text> : null}
            <Text className="wsd-timeline__time">
              {formatMinute(item.at)}
              {item.bySystem ? ' · 系统' : ''}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
