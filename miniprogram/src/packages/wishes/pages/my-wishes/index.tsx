import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { WishCard } from '@/components/wishes/WishCard';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishManage } from '@/services/api-types';
import { myWishes } from '@/services/wishes';
import { useSession } from '@/state/session';
import '../../wishes.scss';

/** Where my wish stands, in words, with what I can do next. */
function wishNote(wish: WishManage): string {
  switch (wish.status) {
    case 'pending_review':
      return '等待社区审核';
    case 'rejected':
      return `未通过：${wish.rejectReason ?? ''}`;
    case 'open':
      return '已上墙，等待党员认领';
    case 'claimed':
      return `${wish.claimerName ?? '党员'} 已认领，正在帮您实现`;
    case 'fulfilled':
      return '已完成，请点开确认收到';
    case 'confirmed':
      return '已圆梦';
    default:
      return '已撤回';
  }
}

/** 我的心愿: wishes I posted, and those a grid worker posted for me. */
export default function MyWishesPage() {
  const { loaded, reload } = useLoad(myWishes, [], { reloadOnReturn: true });
  const careMode = useSession().me?.careMode ?? false;
  if (loaded.state === 'loading') return <PageShell><Loading /></PageShell>;
  if (loaded.state === 'failed') return <PageShell><LoadFailed error={loaded.error} onRetry={() => reload(true)} /></PageShell>;
  if (loaded.data.length === 0) {
    return (
      <PageShell>
        <EmptyState title="还没有心愿" description="有需要帮助的地方，可以在心愿墙上许下微心愿。" />
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
            note={wishNote(wish)}
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.wishDetail, { id: wish.id }) })}
          />
        ))}
      </View>
    </PageShell>
  );
}
