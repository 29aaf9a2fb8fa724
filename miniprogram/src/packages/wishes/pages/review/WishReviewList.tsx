import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ListItem } from '@/components/blocks/ListItem';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MoreButton } from '@/components/blocks/MoreButton';
import { EmptyState } from '@/components/EmptyState';
import { usePaged } from '@/hooks/usePaged';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishManage } from '@/services/api-types';
import { wishReviewQueue } from '@/services/wishes';
import { formatDay } from '@/utils/dates';

/** The lines under a wish's title: who it is for, who posted it, when, by when. */
export function reviewLines(w: WishManage): string[] {
  return [
    `${w.beneficiaryName}（墙上显示“${w.beneficiaryMasked}”）· ${w.grid.name} ${w.building.name}`,
    w.agentName ? `网格员${w.agentName}代发 · ${formatDay(w.createdAt)} 提交` : `本人发布 · ${formatDay(w.createdAt)} 提交`,
    `希望 ${w.wantedBy} 前完成`,
  ];
}

/** The community's wishes waiting for review, oldest first (first come, first decided). */
export function WishReviewList({ communityId }: { communityId: string }) {
  const { loaded, reload, loadMore, loadingMore } = usePaged((cursor) => wishReviewQueue(communityId, cursor), [communityId]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />;
  if (loaded.data.items.length === 0) {
    return <EmptyState title="没有待审核的心愿" description="居民或网格员提交心愿后会出现在这里。" />;
  }
  return (
    <>
      <Text className="lin-note">先提交的排在前面。点开一个心愿，看过内容和照片后再决定。</Text>
      {loaded.data.items.map((w) => (
        <ListItem
          key={w.id}
          className="wsa-review-item"
          title={w.title}
          lines={reviewLines(w)}
          extra={w.agentName ? <Text className="wsa-badge wsa-badge--agent">代办</Text> : null}
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.wishReviewDetail, { id: w.id }) })}
        />
      ))}
      <MoreButton hasMore={!!loaded.data.nextCursor} loading={loadingMore} onClick={() => void loadMore()} />
    </>
  );
}
