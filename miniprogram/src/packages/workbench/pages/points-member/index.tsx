import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { showError, showSuccess } from '@/components/feedback';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { usePaged } from '@/hooks/usePaged';
import type { PointsEntry } from '@/services/api-types';
import { memberPointsBalance, memberPointsEntries, reversePointsEntry } from '@/services/points';
import { useSession } from '@/state/session';
import { useWorkbenchAccess } from '@/state/workbench-access';
import { Ledger } from '../../components/Ledger';
import '../../workbench.scss';

/**
 * A member's points in the current community (from the ranking): the balance and the whole
 * ledger. The secretary reverses a wrong entry with a reason (冲正): a new negative entry, never an edit.
 */
export default function MemberPointsPage() {
  const { userId = '', name = '' } = useRouter().params;
  const { community } = useSession();
  const access = useWorkbenchAccess();
  const communityId = community?.id ?? null;
  const balance = useLoad(() => (communityId ? memberPointsBalance(communityId, userId) : Promise.resolve(null)), [communityId, userId]);
  const list = usePaged<PointsEntry>(
    (cursor?: string) => (communityId ? memberPointsEntries(communityId, userId, cursor) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId, userId],
  );

  if (!community)
    return (
      <PageShell>
        <EmptyState title="还没有所在社区" description="积分按社区计算。" />
      </PageShell>
    );

  async function reverse(entry: PointsEntry, reason: string): Promise<boolean> {
    try {
      await reversePointsEntry(entry.id, reason);
      showSuccess('已冲正');
      void list.reload();
      void balance.reload();
      return true;
    } catch (error) {
      showError(error);
      void list.reload();
      return false;
    }
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-member-points">
        <CommunityBadge />
        <Text className="wbk-section wbk-member-points__name">{readableParam(name) || '成员'}</Text>
        <Ledger
          balance={balance.loaded.state === 'ready' ? balance.loaded.data : null}
          balanceLabel={`在${community.name}的积分`}
          list={list}
          onReverse={access.keeperHere ? reverse : undefined}
        >
          {access.keeperHere ? <Text className="lin-note">记错的积分可以冲正：写明原因，系统记一笔相反的积分，原记录保留。</Text> : null}
        </Ledger>
      </View>
    </PageShell>
  );
}

/** A query value as text: decoded once where the platform left it encoded. */
function readableParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
