import { Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Cell, CellGroup } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { badgeText, refreshUnreadNotices, useUnreadNotices } from '@/state/unread-notices';

/** 消息, with the number unread (the same number is the 我的 tab's badge). */
export function InboxGroup() {
  const unread = badgeText(useUnreadNotices());
  useDidShow(() => void refreshUnreadNotices());
  return (
    <CellGroup className="me-inbox">
      <Cell
        className="me-link me-link--inbox"
        title="消息"
        description="审核结果和各类提醒"
        extra={unread ? <Text className="me-badge">{unread}</Text> : '查看'}
        clickable
        onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}
      />
    </CellGroup>
  );
}
