import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { HOME_ROUTE } from './routes';

/**
 * What a shared card shows and where it opens. Built only from an item's public view (a masked
 * name, the grid, never a flat or a phone), because anyone in the chat can read it.
 */
export interface ShareCard {
  title: string;
  /** The page and its query, e.g. /packages/wishes/pages/detail/index?id=… */
  path: string;
}

/**
 * The neutral picture on every card: without one WeChat takes a screenshot of the page, which on
 * a claimer's or secretary's screen shows delivery details and unapproved photos.
 */
const SHARE_IMAGE = '/assets/share-card.png';

/**
 * 转发 for the page: the card in a chat, and on 朋友圈 where the item is meant for the whole
 * community. Until the item has loaded the card is the app's home.
 */
export function useShareCard(card: ShareCard | null, { timeline = true }: { timeline?: boolean } = {}): void {
  useShareAppMessage(() => ({ title: card?.title ?? '邻里', path: card?.path ?? HOME_ROUTE, imageUrl: SHARE_IMAGE }));
  useShareTimeline(() => {
    if (!card || !timeline) return { title: '邻里' };
    const query = card.path.includes('?') ? card.path.slice(card.path.indexOf('?') + 1) : '';
    return { title: card.title, query, imageUrl: SHARE_IMAGE };
  });
}

/** On H5 a page is shared as a link that opens the same page (after logging in, if need be). */
export function shareLink(card: ShareCard): string {
  return `${location.origin}${location.pathname}#${card.path}`;
}

export async function copyShareLink(card: ShareCard): Promise<void> {
  await Taro.setClipboardData({ data: shareLink(card) });
}
