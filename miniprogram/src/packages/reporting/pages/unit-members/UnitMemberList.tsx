import { Text } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import type { WorkUnit } from '@/services/api-types';
import { unitMembers } from '@/services/work-units';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MoreButton } from '@/components/blocks/MoreButton';
import { usePaged } from '@/hooks/usePaged';
import { UnitMemberCard } from './UnitMemberCard';

/** The unit's reported members with their record for the year, a page at a time. */
export function UnitMemberList({ unit, year }: { unit: WorkUnit; year: number }) {
  const { loaded, reload, loadMore, loadingMore } = usePaged((cursor) => unitMembers(unit.id, year, cursor), [unit.id, year]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />;
  if (loaded.data.items.length === 0) {
    return <EmptyState title="还没有本单位党员报到" description="本单位党员向居住地社区报到后，会出现在这里。" />;
  }
  return (
    <>
      <Text className="lin-section-title">{year} 年报到党员及服务记录</Text>
      {loaded.data.items.map((member) => (
        <UnitMemberCard key={member.registrationId} unit={unit} member={member} />
      ))}
      <MoreButton hasMore={!!loaded.data.nextCursor} loading={loadingMore} onClick={() => void loadMore()} />
    </>
  );
}
