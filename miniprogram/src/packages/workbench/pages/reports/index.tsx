import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { REPORT_STATUS_LABELS, ReportStatus } from '@linli/shared';
import { useState } from 'react';
import { TabStrip } from '@/components/blocks/TabStrip';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { MediaCheck, ReportedContent } from '@/services/api-types';
import { photosAwaitingReview, reportedContent } from '@/services/content-reports';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { PhotoCard } from './PhotoCard';
import { ReportedCard } from './ReportedCard';
import '../../workbench.scss';

type Tab = ReportStatus | 'photos';

const TABS: { value: Tab; label: string }[] = [
  ...[ReportStatus.Open, ReportStatus.Hidden, ReportStatus.Dismissed].map((value) => ({ value, label: REPORT_STATUS_LABELS[value] })),
  { value: 'photos', label: '照片审核' },
];

const none = { items: [], nextCursor: null };

/**
 * 举报处理 (the community's secretary): wishes and topics residents reported, oldest first, to hide
 * with a reason or dismiss; and photos no machine could judge, to pass or refuse (?tab=photos).
 */
export default function ReportsPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community && isSecretary ? community.id : null;
  const [tab, setTab] = useState<Tab>(useRouter().params.tab === 'photos' ? 'photos' : ReportStatus.Open);
  const reports = usePaged<ReportedContent>(
    (cursor?: string) => (communityId && tab !== 'photos' ? reportedContent(communityId, tab, cursor) : Promise.resolve(none)),
    [communityId, tab],
  );
  const photos = usePaged<MediaCheck>(
    (cursor?: string) => (communityId && tab === 'photos' ? photosAwaitingReview(communityId, cursor) : Promise.resolve(none)),
    [communityId, tab],
  );

  usePullDownRefresh(() => {
    void (tab === 'photos' ? photos.reload() : reports.reload()).finally(() => Taro.stopPullDownRefresh());
  });

  if (!communityId) {
    return (
      <PageShell>
        <EmptyState
          title="只有社区书记可以处理举报"
          description="居民举报的心愿和议题由所在社区的书记处理。如果您是书记，请在“我的”中切换到您担任书记的社区。"
        />
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-reports">
        <CommunityBadge />
        <TabStrip className="wbk-report-tabs" tabs={TABS} value={tab} onChange={setTab} />
        {tab === ReportStatus.Open ? <Text className="lin-note">隐藏后，发布人会看到原因，其他人看不到这条内容。被举报的评论在“待办”里处理。</Text> : null}
        {tab === 'photos' ? <Text className="lin-note">这些照片没能自动审核，请看一下：通过后公开；不通过的照片不再显示，上传人会看到原因。</Text> : null}
        {tab === 'photos' ? (
          <PagedCards
            list={photos}
            empty={{ title: '没有待审核的照片', description: '没能自动审核的照片会出现在这里。' }}
            render={(photo) => <PhotoCard key={photo.id} photo={photo} onChanged={() => void photos.reload()} />}
          />
        ) : (
          <PagedCards
            list={reports}
            empty={{ title: tab === ReportStatus.Open ? '没有待处理的举报' : '没有记录', description: '居民举报的心愿和议题会出现在这里。' }}
            render={(item) => <ReportedCard key={item.id} item={item} onChanged={() => void reports.reload()} />}
          />
        )}
      </View>
    </PageShell>
  );
}
