import type { WishManage } from '@/services/api-types';
import { myWishes } from '@/services/wishes';
import { useSession } from '@/state/session';
import { WishCardList } from '../../components/WishCardList';
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
  const myId = useSession().me?.id;
  // A grid worker posts for many residents, all "李女士" once masked: she sees whose each one is.
  const whoOf = (wish: WishManage) => (wish.beneficiaryUserId !== myId ? `为 ${wish.beneficiaryName} 代办` : undefined);
  return (
    <WishCardList
      load={myWishes}
      noteOf={wishNote}
      whoOf={whoOf}
      empty={{ title: '还没有心愿', description: '有需要帮助的地方，可以在心愿墙上许下微心愿。' }}
    />
  );
}
