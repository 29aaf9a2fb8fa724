import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { WishCard } from '@/components/wishes/WishCard';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishPublic } from '@/services/api-types';
import { myWishClaims } from '@/services/wishes';
import { useSession } from '@/state/session';
import { formatMinute } from '@/utils/dates';
import '../../wishes.scss';

/** What the claimer still owes, in words: deliver by, wait for the confirmation, or done. */
function claimNote(wish: WishPublic): string {
  switch (wish.status) {
    case 'claimed':
      return `请于 ${formatMinute(wish.claimDueAt)} 前完成 · 点开查看联系方式`;
    case 'fulfilled':
      return '已报告完成，等待居民确认';
    case 'confirmed':
      return `已圆梦 · ${formatMinute(wish.confirmedAt)}`;
    default:
      return '这次认领已结束';
  }
}

/** 我认领的: the wishes I claim or claimed (alone or in a 帮帮团), newest first. */
export default function MyClaimsPage() {
  const { loaded, reload } = useLoad(myWishClaims, [], { reloadOnReturn: true });
  const careMode = useSession().me?.careMode ?? false;
  if (loaded.state === 'loading') return <PageShell><Loading /></PageShell>;
  if (loaded.state === 'failed') return <PageShell><LoadFailed error={loaded.error} onRetry={() => reload(true)} /></PageShell>;
  if (loaded.data.length === 0) {
    return (
      <PageShell>
        <EmptyState title="还没有认领心愿" description="在心愿墙上选一个心愿认领，帮居民实现它。" />
      </PageShell>
    );
  }
  return (
    <PageShell>
      <View className="wsd-list">
        {loaded.data.map((wish) => (
          <WishCard
            key={wish.id}
            wish={wish}
            careMode={careMode}
            showCommunity
            note={claimNote(wish)}
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.wishDetail, { id: wish.id }) })}
          />
        ))}
      </View>
    </PageShell>
  );
}
