import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { CareModeOffer, useCareModeOffer } from '@/components/CareModeOffer';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { VirtualList } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { ReportingNotice } from '@/components/ReportingNotice';
import { WishCard, wishCardHeight } from '@/components/wishes/WishCard';
import { useLoad } from '@/hooks/useLoad';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishPublic } from '@/services/api-types';
import { wishCounts } from '@/services/wishes';
import { useCommunityRoles } from '@/state/community-roles';
import { useMemberReporting } from '@/state/member-reporting';
import { useSession } from '@/state/session';
import { useListHeight } from './useListHeight';
import { DEFAULT_FILTERS, useWall, type WallFilters as Filters } from './useWall';
import { WallActions } from './WallActions';
import { WallFilters } from './WallFilters';
import './wall.scss';

const CARD_GAP = 10;

/**
 * 心愿墙: the community's (or street's) wishes as cards in a virtual list, filtered by state and
 * category, newest or most urgent first; pull down to refresh, scroll on to load more. Above it,
 * 已圆梦 N 个 and the user's ways in: post, their own wishes and claims, the secretary's review.
 */
export default function WishesPage() {
  useRefreshMeOnShow(); // an approved double reporting unlocks claiming
  const { community, me } = useSession();
  const roles = useCommunityRoles();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const communityId = community?.id ?? null;
  const counts = useLoad(() => (communityId ? wishCounts(communityId) : Promise.resolve(null)), [communityId], { reloadOnReturn: true });
  const wall = useWall(community, filters);
  const careMode = me?.careMode ?? false;
  // The offer and the notice above the list come and go; the list's height follows them.
  const careOffer = useCareModeOffer();
  const reporting = useMemberReporting();
  const listHeight = useListHeight('wsh-list', [counts.loaded.state, reporting.kind, filters.scope, careMode, careOffer.shown]);

  usePullDownRefresh(() => {
    void Promise.all([wall.reload(), counts.reload()]).finally(() => Taro.stopPullDownRefresh());
  });

  const openWish = (wish: WishPublic) => void Taro.navigateTo({ url: withQuery(ROUTES.wishDetail, { id: wish.id }) });

  return (
    <PageShell>
      <View className="wsh-page">
        <CommunityBadge />
        <CareModeOffer offer={careOffer} />
        <ReportingNotice action="认领居民的微心愿" />
        <WallActions
          counts={counts.loaded.state === 'ready' ? counts.loaded.data : null}
          canPost={roles.livesHere}
          canPostForOthers={roles.isGridWorker}
          canClaim={roles.isPartyMember || roles.isUnitContact}
          isSecretary={roles.isSecretary}
        />
        <WallFilters value={filters} onChange={setFilters} />
        <View id="wsh-list" className="wsh-list">
          {wall.loaded.state === 'loading' ? <Loading /> : null}
          {wall.loaded.state === 'failed' ? <LoadFailed error={wall.loaded.error} onRetry={() => void wall.reload(true)} /> : null}
          {wall.loaded.state === 'ready' && wall.loaded.data.items.length === 0 ? (
            <EmptyState
              title="这里还没有心愿"
              description={filters.status === 'open' ? '暂时没有等待认领的心愿。有困难的居民可以许下微心愿，审核后会出现在这里。' : '换个筛选条件看看。'}
            />
          ) : null}
          {wall.loaded.state === 'ready' && wall.loaded.data.items.length > 0 && listHeight > 0 ? (
            <VirtualList
              key={`${filters.scope}-${filters.status}-${filters.category}-${filters.sort}-${careMode}`}
              className="wsh-virtual"
              list={wall.loaded.data.items}
              itemHeight={wishCardHeight(careMode)}
              margin={CARD_GAP}
              containerHeight={listHeight}
              itemEqual
              onScroll={() => void wall.loadMore()}
              itemRender={(wish: WishPublic) => (
                <WishCard wish={wish} careMode={careMode} showCommunity={filters.scope === 'street'} onClick={() => openWish(wish)} />
              )}
            />
          ) : null}
          {wall.loadingMore ? <Text className="wsh-more">正在加载更多…</Text> : null}
        </View>
      </View>
    </PageShell>
  );
}
