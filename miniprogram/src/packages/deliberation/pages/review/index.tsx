import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { usePaged } from '@/hooks/usePaged';
import { withQuery, ROUTES } from '@/navigation/routes';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import { TopicCard } from '@/pages/deliberation/TopicCard';
import type { TopicSummary } from '@/services/api-types';
import { listTopics } from '@/services/deliberation';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/** 待受理 (the secretary): residents' topics waiting to be taken up, newest first; each opens with 受理 / 不受理. */
export default function TopicReviewPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community && isSecretary ? community.id : null;
  const list = usePaged<TopicSummary>(
    (cursor?: string) => (communityId ? listTopics(communityId, { stage: 'proposed', cursor }) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId],
  );

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (!communityId) {
    return (
      <PageShell>
        <EmptyState title="只有社区书记可以受理议题" description="居民提出的议题由所在社区的书记受理。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="dlp-page">
        <CommunityBadge />
        <Text className="lin-note">点开议题，可以受理（公开讨论）或不受理（写明原因，提出人会看到）。</Text>
        <PagedCards
          list={list}
          empty={{ title: '没有待受理的议题', description: '居民提出新议题后，会出现在这里。' }}
          render={(t) => <TopicCard key={t.id} topic={t} onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.topicDetail, { id: t.id }) })} />}
        />
      </View>
    </PageShell>
  );
}
