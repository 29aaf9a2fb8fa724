import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WishPublic } from '@/services/api-types';
import { photoSrc } from '@/services/photos';
import { formatDay } from '@/utils/dates';
import { wishCategoryLabel, wishStatusLabel } from '@/utils/labels';
import { formatYuan } from '@/utils/money';
import './WishCard.scss';

/**
 * The card's height in screen pixels, normal and in care mode (larger type). Our stylesheets are
 * drawn on a 375-wide design and scaled to the screen; the virtual list places cards by this
 * number, so it is scaled the same way here and set on the card inline. Care mode gives the
 * title two lines: at its size one line held five characters ("给孙子买一个新…").
 */
export function wishCardHeight(careMode: boolean): number {
  return Math.round(((careMode ? 214 : 140) * Taro.getWindowInfo().windowWidth) / 375);
}

interface WishCardProps {
  wish: WishPublic;
  /** Name the community too (on a street's wall, or a list across communities). */
  showCommunity?: boolean;
  /** A line of its own under the card's facts, e.g. "请在 12-05 前送达". */
  note?: string;
  onClick?: () => void;
  careMode?: boolean;
  /** Who it is for, instead of the masked name (王女士), where the reader may see the name. */
  who?: string;
}

/**
 * A wish as a card of fixed height (the wall's virtual list needs one): category and title, two
 * lines of story (beside the first photo's thumbnail, a few tens of KB, never the full photo), then
 * who (masked) and where (grid, building), the value and the wanted-by date.
 */
export function WishCard({ wish, showCommunity = false, note, onClick, careMode = false, who }: WishCardProps) {
  const where = [showCommunity ? wish.community.name : null, wish.grid.name, wish.building.name].filter(Boolean).join(' · ');
  const photo = wish.photos.find((p) => p.kind === 'story');
  return (
    <View
      className="lin-wish-card"
      style={{ height: `${wishCardHeight(careMode)}px` }}
      onClick={onClick}
      // A card that opens the wish is a link, reachable by keyboard (the wall scrolls by it too).
      role={onClick ? 'link' : undefined}
      tabIndex={onClick ? 0 : undefined}
    >
      <View className="lin-wish-card__head">
        <Text className={`lin-wish-card__category lin-wish-card__category--${wish.category}`}>{wishCategoryLabel(wish.category)}</Text>
        <Text className="lin-wish-card__title">{wish.title}</Text>
        <Text className={`lin-wish-status lin-wish-status--${wish.status}`}>{wishStatusLabel(wish.status)}</Text>
      </View>
      <View className="lin-wish-card__body">
        <Text className="lin-wish-card__story">{wish.story}</Text>
        {photo ? <Image className="lin-wish-card__thumb" src={photoSrc(photo.thumbUrl)} mode="aspectFill" lazyLoad nativeProps={{ alt: '心愿照片' }} /> : null}
      </View>
      <View className="lin-wish-card__meta">
        <Text className="lin-wish-card__who">
          {who ?? wish.beneficiaryMasked} · {where}
        </Text>
        <Text className="lin-wish-card__value">{formatYuan(wish.valueFen)}</Text>
      </View>
      <Text className="lin-wish-card__note">{note ?? `希望 ${formatDay(`${wish.wantedBy}T12:00:00+08:00`)} 前完成`}</Text>
    </View>
  );
}
