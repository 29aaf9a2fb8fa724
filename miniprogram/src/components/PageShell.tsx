import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { goToLogin } from '@/navigation/routes';
import { useSession } from '@/state/session';
import { showUnreadOnTab } from '@/state/unread-notices';
import { TOAST_ID } from './feedback';
import { WechatPrivacyDialog } from './privacy/WechatPrivacyDialog';
import { Toast } from './nut';

interface PageShellProps {
  children: ReactNode;
  /** Pages other than login need a session; without one the user is sent to log in. */
  requireLogin?: boolean;
}

/**
 * The root of every page: applies 关怀模式 (care mode) from the user's profile, sends
 * logged-out users to the login page, keeps the unread badge on the tab bar, and holds the page's toast.
 *
 * Care mode is a class on this root (`lin-care`): it swaps the CSS variables all type sizes,
 * tap-target heights and text/border colours are drawn from, ours and NutUI's alike (see
 * styles/care-mode.scss). NutUI's dialogs and toasts render inside the page, so they follow.
 */
export function PageShell({ children, requireLogin = true }: PageShellProps) {
  const { token, me } = useSession();
  const careMode = me?.careMode ?? false;

  useEffect(() => {
    if (requireLogin && !token) goToLogin();
  }, [requireLogin, token]);

  // The unread badge on the 我的 tab, on whichever tab the user lands (a no-op off the tab pages).
  useDidShow(showUnreadOnTab);

  useEffect(() => {
    // On H5 the tab bar lives outside the page, so the class also goes on <html> to reach it.
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('lin-care', careMode);
  }, [careMode]);

  return (
    // The page is the main landmark, so a screen reader can jump past the tab bar to it.
    <View className={careMode ? 'lin-page lin-care' : 'lin-page'} role="main">
      {children}
      {process.env.TARO_ENV === 'weapp' ? <WechatPrivacyDialog /> : null}
      <Toast id={TOAST_ID} />
    </View>
  );
}
