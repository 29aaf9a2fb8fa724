import { ScrollView, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { LIMITS, Role } from '@linli/shared';
import { useState } from 'react';
import { TabStrip } from '@/components/blocks/TabStrip';
import { Toggle } from '@/components/blocks/Toggle';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { usePaged } from '@/hooks/usePaged';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';
import { withQuery, ROUTES } from '@/navigation/routes';
import type { DecisionListKind, DecisionSummary, TopicSummary } from '@/services/api-types';
import { listDecisions, listTopics } from '@/services/deliberation';
import { holdsRoleIn, useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { DecisionCard } from './DecisionCard';
import { DeliberationActions } from './DeliberationActions';
import { PagedCards } from './PagedCards';
import { TopicCard } from './TopicCard';
import { DECISION_LIST_CHOICES } from './topic-format';
import './deliberation.scss';

type Tab = 'discussing' | 'voting' | 'decided' | 'lists';

const TABS: { value: Tab; label: string }[] = [
  { value: 'discussing', label: '议事中' },
  { value: 'voting', label: '表决中' },
  { value: 'decided', label: '已表决' },
  { value: 'lists', label: '清单' },
];

const EMPTY: Record<Tab, { title: string; description: string }> = {
  discussing: { title: '暂时没有正在讨论的议题', description: '居民提出、社区受理的议题会在这里讨论。有想法？点「提出议题」。' },
  voting: { title: '暂时没有正在表决的议题', description: '社区书记发起表决后，范围内的居民可以在这里投票。' },
  decided: { title: '还没有已表决的议题', description: '表决结束后，结果和参与率会在这里公布。' },
  lists: { title: '还没有决议事项', description: '表决通过的事项会列入需求、资源、项目、责任四个清单，由社区跟进落实。' },
};

const NOTHING = Promise.resolve({ items: [], nextCursor: null });

/**
 * 邻里议事: topics under discussion, being voted on, and decided; the decisions they became, in
 * the four lists, with their progress. Residents raise topics here; the secretary sees how many
 * wait for review.
 */
export default function DeliberationPage() {
  useRefreshMeOnShow(); // a new household or a secretary's grant changes what is offered
  const { me, community } = useSession();
  const roles = useCommunityRoles();
  const communityId = community?.id ?? null;
  const mayPropose = roles.isSecretary || holdsRoleIn(me, Role.Resident, community);
  const [tab, setTab] = useState<Tab>('discussing');
  const [list, setList] = useState<DecisionListKind | null>(null);

  const topics = usePaged<TopicSummary>(
    (cursor?: string) => (communityId && tab !== 'lists' ? listTopics(communityId, { stage: tab, cursor }) : NOTHING),
    [communityId, tab],
  );
  const decisions = usePaged<DecisionSummary>(
    (cursor?: string) => (communityId && tab === 'lists' ? listDecisions(communityId, { list: list ?? undefined, cursor }) : NOTHING),
    [communityId, tab, list],
  );
  const pending = useLoad(
    () => (communityId && roles.isSecretary ? listTopics(communityId, { stage: 'proposed', limit: LIMITS.pageSizeMax }) : Promise.resolve(null)),
    [communityId, roles.isSecretary],
    { reloadOnReturn: true },
  );

  usePullDownRefresh(() => {
    void Promise.all([tab === 'lists' ? decisions.reload() : topics.reload(), pending.reload()]).finally(() => Taro.stopPullDownRefresh());
  });

  if (!community) {
    return (
      <PageShell>
        <EmptyState title="您还没有加入社区" description="在“我的”里登记住址或加入社区后，就可以参与社区的议事和投票。" />
      </PageShell>
    );
  }

  const queue = pending.loaded.state === 'ready' && pending.loaded.data ? pending.loaded.data : null;
  const openTopic = (topic: TopicSummary) => void Taro.navigateTo({ url: withQuery(ROUTES.topicDetail, { id: topic.id }) });
  const openDecision = (decision: DecisionSummary) => void Taro.navigateTo({ url: withQuery(ROUTES.decisionDetail, { id: decision.id }) });

  return (
    <PageShell>
      <View className="dlb-page">
        <CommunityBadge />
        <DeliberationActions
          mayPropose={mayPropose}
          isSecretary={roles.isSecretary}
          pending={queue ? { count: queue.items.length, more: !!queue.nextCursor } : null}
        />
        <TabStrip className="dlb-tabs" tabs={TABS} value={tab} onChange={setTab} />
        {tab === 'lists' ? (
          <>
            <ScrollView scrollX className="dlb-filters">
              <Toggle label="全部" on={list === null} onClick={() => setList(null)} />
              {DECISION_LIST_CHOICES.map((c) => (
                <Toggle key={c.value} label={c.label} on={list === c.value} onClick={() => setList(c.value)} />
              ))}
            </ScrollView>
            <PagedCards list={decisions} empty={EMPTY.lists} render={(d) => <DecisionCard key={d.id} decision={d} onClick={() => openDecision(d)} />} />
          </>
        ) : (
          <PagedCards list={topics} empty={EMPTY[tab]} render={(t) => <TopicCard key={t.id} topic={t} onClick={() => openTopic(t)} />} />
        )}
      </View>
    </PageShell>
  );
}
