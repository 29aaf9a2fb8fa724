import { Text, View } from '@tarojs/components';
import type { Notice } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

/** One notice: a red dot while unread, what it is about, when; a tap opens what it links to. */
export function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen: () => void }) {
  const unread = notice.readAt === null;
  return (
    <View className={unread ? 'wbk-notice wbk-notice--unread' : 'wbk-notice'} onClick={onOpen}>
      <View className="wbk-notice__dot-box">{unread ? <View className="wbk-notice__dot" aria-label="未读" /> : null}</View>
      <View className="wbk-notice__text">
        <View className="wbk-notice__head">
          {/* The kind says little when the title says the same. */}
          <Text className="wbk-notice__kind">{notice.kindLabel === notice.title ? '' : notice.kindLabel}</Text>
          <Text className="wbk-notice__time">{formatMinute(notice.createdAt)}</Text>
        </View>
        <Text className="wbk-notice__title">{notice.title}</Text>
        {notice.body ? <Text className="wbk-notice__body">{notice.body}</Text> : null}
      </View>
      {notice.link ? <Text className="lin-item__arrow">›</Text> : null}
    </View>
  );
}
