import Taro from '@tarojs/taro';
import { EmptyState } from '@/components/EmptyState';
import { ROUTES, withQuery } from '@/navigation/routes';
import { communityMemberRegistrations } from '@/services/member-registrations';
import { formatDay } from '@/utils/dates';
import { ListItem } from '@/components/blocks/ListItem';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MoreButton } from '@/components/blocks/MoreButton';
import { StatusBadge } from '../../components/StatusBadge';
import { usePaged } from '@/hooks/usePaged';
import type { ReviewStatus } from './StatusFilter';

/** The community's member registrations in one status, oldest first (first come, first decided). */
export function MemberReviewList({ communityId, status }: { communityId: string; status: ReviewStatus }) {
  const filter = status === 'all' ? undefined : status;
  const { loaded, reload, loadMore, loadingMore } = usePaged(
    (cursor) => communityMemberRegistrations(communityId, { status: filter, cursor }),
    [communityId, status],
  );

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />;
  if (loaded.data.items.length === 0) {
    return <EmptyState title={status === 'pending' ? '没有待审核的个人报到' : '没有符合条件的个人报到'} description="党员提交报到后会出现在这里。" />;
  }
  return (
    <>
      {loaded.data.items.map((r) => (
        <ListItem
          key={r.id}
          className="rpt-review-item"
          title={r.realName}
          lines={[`${r.unit.name} · ${r.householdLabel}`, `提交于 ${formatDay(r.submittedAt)}`]}
          extra={<StatusBadge status={r.status} />}
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.memberReview, { id: r.id }) })}
        />
      ))}
      <MoreButton hasMore={!!loaded.data.nextCursor} loading={loadingMore} onClick={() => void loadMore()} />
    </>
  );
}
