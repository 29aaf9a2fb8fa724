import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Fragment, useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MoreButton } from '@/components/blocks/MoreButton';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { ReportingNotice } from '@/components/ReportingNotice';
import { usePaged } from '@/hooks/usePaged';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { ShiftListItem } from '@/services/api-types';
import { shiftBoard } from '@/services/posts';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { BoardFilters, type BoardFilter } from './BoardFilters';
import { ClaimActions } from './ClaimActions';
import { MyService } from './MyService';
import { ShiftCard } from './ShiftCard';
import { dayLabel, shiftDate } from './shift-format';
import './posts.scss';

/**
 * 先锋岗: the community's shifts by date, of a type, each with its seats (taken/capacity, 候补)
 * and my place on it; a Party member claims or cancels right here. Above: my hours and points
 * and my next shifts; for the secretary and unit contacts, 发布岗位.
 */
export default function PostsPage() {
  useRefreshMeOnShow(); // an approved double reporting unlocks claiming
  const { community } = useSession();
  const roles = useCommunityRoles();
  const [filter, setFilter] = useState<BoardFilter>({ type: null, from: null });
  const communityId = community?.id ?? null;
  const board = usePaged(
    (cursor?: string) =>
      communityId
        ? shiftBoard(communityId, { type: filter.type ?? undefined, from: filter.from ?? undefined, cursor })
        : Promise.resolve({ items: [], nextCursor: null }),
    [communityId, filter.type, filter.from],
  );
  const [myKey, setMyKey] = useState(0);

  usePullDownRefresh(() => {
    void board
      .reload()
      .then(() => setMyKey((k) => k + 1))
      .finally(() => Taro.stopPullDownRefresh());
  });

  const open = (item: ShiftListItem) => void Taro.navigateTo({ url: withQuery(ROUTES.postDetail, { id: item.post.id, shift: item.id }) });
  const changed = () => {
    void board.reload();
    setMyKey((k) => k + 1);
  };
  const mayPublish = roles.isSecretary || roles.isUnitContact;

  return (
    <PageShell>
      <View className="pst-page">
        <CommunityBadge />
        <ReportingNotice action="认领先锋岗、签到服务" />
        {communityId && roles.isPartyMember ? <MyService key={myKey} communityId={communityId} /> : null}
        {mayPublish ? (
          <View className="pst-publish">
            <Button className="pst-publish__button" type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.postForm })}>
              发布岗位
            </Button>
            <Text className="lin-note pst-publish__note">发布后，在班次页面可以查看名单、显示签到码、确认时长。</Text>
          </View>
        ) : null}
        <BoardFilters value={filter} onChange={setFilter} />
        <View className="pst-board">
          {board.loaded.state === 'loading' ? <Loading /> : null}
          {board.loaded.state === 'failed' ? <LoadFailed error={board.loaded.error} onRetry={() => void board.reload(true)} /> : null}
          {board.loaded.state === 'ready' && board.loaded.data.items.length === 0 ? (
            <EmptyState
              title="暂时没有可认领的班次"
              description={filter.type || filter.from ? '换个类型或日期看看。' : '社区和驻区单位发布党员先锋岗、志愿服务岗后，会出现在这里。'}
            />
          ) : null}
          {board.loaded.state === 'ready'
            ? board.loaded.data.items.map((item, index, items) => {
                const day = shiftDate(item);
                const newDay = index === 0 || items[index - 1].post.kind !== 'shift' || shiftDate(items[index - 1]) !== day;
                return (
                  <Fragment key={item.id}>
                    {newDay && item.post.kind === 'shift' ? <Text className="pst-day">{dayLabel(day)}</Text> : null}
                    <ShiftCard shift={item} post={item.post} onClick={() => open(item)}>
                      <ClaimActions shift={item} post={item.post} mayClaim={roles.isPartyMember && item.post.community.id === communityId} onDone={changed} />
                    </ShiftCard>
                  </Fragment>
                );
              })
            : null}
          {board.loaded.state === 'ready' ? (
            <MoreButton hasMore={!!board.loaded.data.nextCursor} loading={board.loadingMore} onClick={() => void board.loadMore()} />
          ) : null}
        </View>
      </View>
    </PageShell>
  );
}
