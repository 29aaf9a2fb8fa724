import { useDidShow } from '@tarojs/taro';
import { refreshMe } from '@/services/profile';
import { session } from '@/state/session';

/**
 * Fetches the profile again each time the page shows: roles and households change on the
 * secretary's side (an approved double reporting makes a Party member), and what a page offers
 * follows them. The cached profile stays on screen if this fails. Logged out, there is nothing to
 * refresh (PageShell is sending the user to log in).
 */
export function useRefreshMeOnShow(): void {
  useDidShow(() => {
    if (session.get().token) refreshMe().catch(() => undefined);
  });
}
