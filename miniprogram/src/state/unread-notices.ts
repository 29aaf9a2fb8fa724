/**
 * How many of my notices are unread: the red badge on the 我的 tab and beside 消息. Asked again
 * at launch, on logging in and whenever 我的 shows; a failure keeps the last number (the badge is
 * a nicety). Logging out clears it: the next person on a shared phone must not see it.
 */
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { unreadNoticeCount } from '@/services/notifications';
import { session } from './session';

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

function showOnTab(count: number, retry = true): void {
  const text = badgeText(count);
  const done = text ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text }) : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
  // Not on a page with the tab bar, or (H5, just after logging in) the bar not drawn yet: try once
  // more shortly, and every page that shows puts it right again (showUnreadOnTab).
  Promise.resolve(done).catch(() => {
    if (retry) setTimeout(() => showOnTab(unread, false), 600);
  });
}

/**
 * Puts the last known count on the 我的 tab again. Called whenever a page shows: the count is
 * usually fetched on the login page, where no tab bar exists to take it, and H5 has no push to
 * tell anyone otherwise, so the tab bar is where an unread notice must be seen.
 */
export function showUnreadOnTab(): void {
  if (session.get().token) showOnTab(unread, false);
}

function set(count: number): void {
  unread = count;
  showOnTab(count);
  listeners.forEach((listener) => listener());
}

export async function refreshUnreadNotices(): Promise<void> {
  const token = session.get().token;
  if (!token) return set(0);
  let count: number;
  try {
    count = await unreadNoticeCount();
  } catch {
    return;
  }
  // Someone else may have logged in meanwhile: this number is not theirs.
  if (session.get().token === token) set(count);
}

let lastToken = session.get().token;
session.subscribe(() => {
  const { token } = session.get();
  if (token === lastToken) return;
  lastToken = token;
  void refreshUnreadNotices();
});

/** The unread count, re-rendering when it changes. */
export function useUnreadNotices(): number {
  return useSyncExternalStore(subscribe, () => unread);
}
