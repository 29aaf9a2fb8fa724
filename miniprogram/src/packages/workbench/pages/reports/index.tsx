import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { REPORT_STATUS_LABELS, ReportStatus } from '@linli/shared';
import { useState } from 'react';
import { TabStrip } from '@/components/blocks/TabStrip';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { ReportedContent } from '@/services/api-types';
import { reportedContent } from '@/services/content-reports';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { ReportedCard } from './ReportedCard';
import '../../workbench.scss';

const TABS = [ReportStatus.Open, ReportStatus.Hidden, ReportStatus.Dismissed].map((value) => ({ value, label: REPORT_STATUS_LABELS[value] }));

/** 举报处理 (the community's secretary): wishes and topics residents reported, oldest first; hide with a reason, or dismiss. */
export default function ReportsPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community && isSecretary ? community.id : null;
  const [status, setStatus] = useState<ReportStatus>(ReportStatus.Open);
  const list = usePaged<ReportedContent>(
    (cursor?: string) => (communityId ? reportedContent(communityId, status, cursor) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId, status],
  );

  usePullDownRefresh(async () => {
    await list.reload();
    Taro.stopPullDownRefresh();
  });

  if (!communityId) {
    return (
      <PageShell>
        <EmptyState title="只有社区书记可以处理举报" description="居民举报的心愿和议题由所在社区的书记处理。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-reports">
        <CommunityBadge />
        <TabStrip className="wbk-report-tabs" tabs={TABS} value={status} onChange={setStatus} />
        {status === ReportStatus.Open ? <Text className="lin-note">被举报的评论在“待办”里处理。隐藏后，发布人会看到原因，其他人看不到这条内容。</Text> : null}
        <PagedCards
          list={list}
          empty={{ title: status === ReportStatus.Open ? '没有待处理的举报' : '没有记录', description: '居民举报的心愿和议题会出现在这里。' }}
          render={(item) => <ReportedCard key={item.id} item={item} onChanged={() => void list.reload()} />}
        />
      </View>
    </PageShell>
  );
}
