import { useState } from 'react';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { TabPane, Tabs } from '@/components/nut';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { useLoad } from '@/hooks/useLoad';
import { MemberReviewList } from './MemberReviewList';
import { pendingCounts } from './pending-counts';
import { StatusFilter, type ReviewStatus } from './StatusFilter';
import { UnitReviewList } from './UnitReviewList';
import '../../reporting.scss';

type Kind = 'member' | 'unit';

/**
 * 报到审核 (secretary): the current community's member and unit registrations, those awaiting a
 * decision first (with their number), the decided ones by filter. A tap opens the registration.
 */
export default function ReviewPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const [kind, setKind] = useState<Kind>('member');
  const [status, setStatus] = useState<ReviewStatus>('pending');
  const communityId = community?.id;
  const counts = useLoad(() => (communityId ? pendingCounts(communityId) : Promise.resolve(null)), [communityId], {
    reloadOnReturn: true,
  });

  if (!community || !isSecretary) {
    return (
      <PageShell>
        <EmptyState title="只有社区书记可以审核报到" description="请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  const pending = counts.loaded.state === 'ready' ? counts.loaded.data : null;
  const title = (label: string, count: string | undefined) => (count && count !== '0' ? `${label}（${count}）` : label);
  return (
    <PageShell>
      <CommunityBadge />
      <Tabs className="lin-tabs" value={kind} onChange={(value) => setKind(value as Kind)} activeType="line">
        <TabPane title={title('个人报到', pending?.member)} value="member">
          {null}
        </TabPane>
        <TabPane title={title('单位报到', pending?.unit)} value="unit">
          {null}
        </TabPane>
      </Tabs>
      <StatusFilter value={status} onChange={setStatus} pendingCount={kind === 'member' ? pending?.member : pending?.unit} />
      {kind === 'member' ? <MemberReviewList communityId={community.id} status={status} /> : <UnitReviewList communityId={community.id} status={status} />}
    </PageShell>
  );
}
