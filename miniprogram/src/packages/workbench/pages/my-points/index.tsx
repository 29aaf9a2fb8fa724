import { Text, View } from '@tarojs/components';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { usePaged } from '@/hooks/usePaged';
import type { PointsEntry } from '@/services/api-types';
import { myPointsBalance, myPointsEntries } from '@/services/points';
import { useSession } from '@/state/session';
import { Ledger } from '../../components/Ledger';
import '../../workbench.scss';

/** 我的积分明细: my balance in the current community and every entry, newest first. */
export default function MyPointsPage() {
  const { community } = useSession();
  const communityId = community?.id ?? null;
  const balance = useLoad(() => (communityId ? myPointsBalance(communityId) : Promise.resolve(null)), [communityId], { reloadOnReturn: true });
  const list = usePaged<PointsEntry>(
    (cursor?: string) => (communityId ? myPointsEntries(communityId, cursor) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId],
  );

  if (!community)
    return (
      <PageShell>
        <EmptyState title="还没有所在社区" description="积分按社区计算，加入社区后可以查看。" />
      </PageShell>
    );

  return (
    <PageShell>
      <View className="wbk-page wbk-my-points">
        <CommunityBadge />
        <Ledger balance={balance.loaded.state === 'ready' ? balance.loaded.data : null} balanceLabel={`我在${community.name}的积分`} list={list}>
          <Text className="lin-note">圆梦心愿、先锋岗服务、议题被受理都会得到积分；每日上限以社区规则为准。</Text>
        </Ledger>
      </View>
    </PageShell>
  );
}
