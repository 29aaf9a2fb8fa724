import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { QUEUE_KIND_LABELS, type QueueKind } from '@linli/shared';
import type { QueueItem } from '@/services/api-types';
import { pageOf, waitedText } from './queue-links';

interface QueueItemCardProps {
  item: QueueItem;
  checked: boolean;
  onToggle: () => void;
}

/** One waiting item: a tick box when it may be approved in bulk; the rest of the card opens it. */
export function QueueItemCard({ item, checked, onToggle }: QueueItemCardProps) {
  const open = () => void Taro.navigateTo({ url: pageOf(item) });
  return (
    <View className={checked ? 'wbk-item wbk-item--checked' : 'wbk-item'}>
      {item.bulkApprovable ? (
        <View className="wbk-check" role="checkbox" aria-checked={checked} aria-label={`选择：${item.title}`} onClick={onToggle}>
          <View className={checked ? 'wbk-check__box wbk-check__box--on' : 'wbk-check__box'}>{checked ? '✓' : ''}</View>
        </View>
      ) : (
        <View className="wbk-check wbk-check--none" />
      )}
      <View className="wbk-item__body" onClick={open}>
        <View className="wbk-item__head">
          <Text className="wbk-kind">{QUEUE_KIND_LABELS[item.kind as QueueKind] ?? item.kind}</Text>
          <Text className="wbk-item__since">{waitedText(item.waitingSince)}</Text>
        </View>
        <Text className="wbk-item__title">{item.title || '（无标题）'}</Text>
        {item.detail ? <Text className="wbk-item__detail">{item.detail}</Text> : null}
      </View>
      <View className="wbk-item__open" onClick={open}>
        ›
      </View>
    </View>
  );
}
