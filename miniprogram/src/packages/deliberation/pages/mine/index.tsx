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
import { getTopic, listTopics } from '@/services/deliberation';
import { useSession } from '@/state/session';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

type MyTopic = TopicSummary & { declineReason: string | null };

/**
 * A page of my topics. The list's summaries carry no decline reason, so each declined topic on
 * the page is read once more for it (a page holds at most 20, and declines are few).
 */
async function myTopics(communityId: string, cursor?: string): Promise<{ items: MyTopic[]; nextCursor: string | null }> {
  const page = await listTopics(communityId, { stage: 'mine', cursor });
  const reasons = await Promise.all(
    page.items.map((t) =>
      t.status === 'declined'
        ? getTopic(t.id).then(
            (d) => d.declineReason,
            () => null,
          )
        : Promise.resolve(null),
    ),
  );
  return { items: page.items.map((t, i) => ({ ...t, declineReason: reasons[i] })), nextCursor: page.nextCursor };
}

/** 我提出的: every topic I raised here, newest first: waiting for review, declined (with the reason), or under way. */
export default function MyTopicsPage() {
  const { community } = useSession();
  const communityId = community?.id ?? null;
  const list = usePaged<MyTopic>(
    (cursor?: string) => (communityId ? myTopics(communityId, cursor) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId],
  );

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (!community)
    return (
      <PageShell>
        <EmptyState title="您还没有加入社区" description="加入社区后，可以在这里看到您提出的议题。" />
      </PageShell>
    );

  return (
    <PageShell>
      <View className="dlp-page">
        <CommunityBadge />
        <Text className="lin-note">待受理的议题由社区书记审核；受理后范围内的居民就可以讨论。</Text>
        <PagedCards
          list={list}
          empty={{ title: '您还没有提出过议题', description: '小区里有需要大家一起商量的事，可以在「邻里议事」里点「提出议题」。' }}
          render={(t) => (
            <TopicCard
              key={t.id}
              topic={t}
              declineReason={t.declineReason}
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.topicDetail, { id: t.id }) })}
            />
          )}
        />
      </View>
    </PageShell>
  );
}
