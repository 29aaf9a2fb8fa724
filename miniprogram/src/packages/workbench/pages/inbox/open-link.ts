import Taro from '@tarojs/taro';
import { ROUTES } from '@/navigation/routes';

/** The tab pages: WeChat opens these with switchTab (which takes no query), anything else with navigateTo. */
const TABS: string[] = [ROUTES.wishes, ROUTES.posts, ROUTES.deliberation, ROUTES.me];

/** Opens a notice's link, a page path with its query as the server wrote it. */
export function openLink(link: string): void {
  if (!link) return;
  const url = link.startsWith('/') ? link : `/${link}`;
  const path = url.split('?')[0];
  if (TABS.includes(path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url });
}
