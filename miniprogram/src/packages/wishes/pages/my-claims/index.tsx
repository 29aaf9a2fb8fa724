import type { WishPublic } from '@/services/api-types';
import { myWishClaims } from '@/services/wishes';
import { formatMinute } from '@/utils/dates';
import { WishCardList } from '../../components/WishCardList';
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
  return (
    <WishCardList
      load={myWishClaims}
      noteOf={claimNote}
      empty={{ title: '还没有认领心愿', description: '在心愿墙上选一个心愿认领，帮居民实现它。' }}
      showCommunity
    />
  );
}
