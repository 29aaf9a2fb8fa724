/**
 * How many of my notices are unread: the red badge on the 我的 tab and beside 消息. Asked again
 * at launch and whenever 我的 shows; a failure keeps the last number (the badge is a nicety).
 */
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { unreadNoticeCount } from '@/services/notifications';

/** The 我的 tab's place in app.config.ts's tab bar. */
const ME_TAB_INDEX = 3;

let unread = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** "99+" past 99; null for none. */
export function badgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

function showOnTab(count: number): void {
  const text = badgeText(count);
  const done = text
    ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text })
    : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
  // Not on a page with the tab bar (or not yet drawn): the next refresh puts it right.
  Promise.resolve(done).catch(() => undefined);
}

export async function refreshUnreadNotices(): Promise<void> {
  try {
    unread = await unreadNoticeCount();
  } catch {
    return;
  }
  showOnTab(unread);
  listeners.forEach((listener) => listener());
}

/** The unread count, re-rendering when it changes. */
export function useUnreadNotices(): number {
  return useSyncExternalStore(subscribe, () => unread);
}
