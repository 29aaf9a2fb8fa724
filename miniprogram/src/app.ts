import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { refreshMe } from '@/services/profile';
import { loadSubscriptionOffers } from '@/services/subscriptions';
import { session } from '@/state/session';
import { refreshUnreadNotices } from '@/state/unread-notices';
import { wechatPrivacy } from '@/state/wechat-privacy';
import { installH5Accessibility } from '@/platform/h5-accessibility';
import './app.scss';

if (process.env.TARO_ENV === 'h5') installH5Accessibility();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    wechatPrivacy.install();
    void loadSubscriptionOffers();
    // The cached profile is shown at once (care mode included); fetch the current one behind
    // it. A 401 here ends the session like any other call; other failures keep the cache.
    if (session.get().token) {
      refreshMe().catch(() => undefined);
      void refreshUnreadNotices();
    }
  });

  // children are the pages.
  return children;
}

export default App;
