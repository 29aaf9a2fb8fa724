import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { Notice } from '@/services/api-types';
import { markAllNoticesRead, markNoticeRead, myNotices } from '@/services/notifications';
import { NoticeItem } from './NoticeItem';
import { openLink } from './open-link';
import '../../workbench.scss';

/** 消息: my notices, newest first, unread ones marked; a tap marks one read and opens it; 全部已读. */
export default function InboxPage() {
  const list = usePaged<Notice>((cursor?: string) => myNotices(cursor), []);
  const [marking, setMarking] = useState(false);

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh());
  });

  const items = list.loaded.state === 'ready' ? list.loaded.data.items : [];
  const anyUnread = items.some((n) => n.readAt === null);

  async function open(notice: Notice) {
    // Opening matters more than the mark: a failed mark is tried again next time.
    if (notice.readAt === null) await markNoticeRead(notice.id).catch(() => undefined);
    if (notice.link) openLink(notice.link);
    else void list.reload();
  }

  async function readAll() {
    setMarking(true);
    try {
      await markAllNoticesRead(items[0]?.id);
      showSuccess('已全部标为已读');
      await list.reload();
    } catch (error) {
      showError(error);
    } finally {
      setMarking(false);
    }
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-inbox">
        {anyUnread ? (
          <View className="wbk-inbox__actions">
            <Button className="wbk-inbox__read-all" size="small" loading={marking} disabled={marking} onClick={() => void readAll()}>
              全部已读
            </Button>
          </View>
        ) : null}
        <View className="wbk-list">
          <PagedCards
            list={list}
            empty={{ title: '没有消息', description: '报到、心愿、先锋岗和投票的进展会通知到这里。' }}
            render={(notice) => <NoticeItem key={notice.id} notice={notice} onOpen={() => void open(notice)} />}
          />
        </View>
      </View>
    </PageShell>
  );
}
