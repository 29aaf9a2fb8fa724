import Taro from '@tarojs/taro';

/** Page URLs, as Taro's navigation APIs want them (keep in step with app.config.ts). */
export const ROUTES = {
  login: '/pages/login/index',
  wishes: '/pages/wishes/index',
  posts: '/pages/posts/index',
  deliberation: '/pages/deliberation/index',
  me: '/pages/me/index',
  profileEdit: '/pages/profile/index',
} as const;

/** The page shown right after logging in. */
export const HOME_ROUTE = ROUTES.wishes;

function currentRoute(): string | undefined {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route;
  return route ? `/${route.replace(/^\//, '')}` : undefined;
}

let redirectingToLogin = false;

/**
 * Closes every page and opens the login page (unless it is showing or on its way: a lost
 * session is noticed by every open page and by the API client at about the same moment).
 */
export function goToLogin(): void {
  if (redirectingToLogin || currentRoute() === ROUTES.login) return;
  redirectingToLogin = true;
  void Taro.reLaunch({ url: ROUTES.login, complete: () => (redirectingToLogin = false) });
}

/** Closes every page and opens the home tab. */
export function goHome(): void {
  void Taro.reLaunch({ url: HOME_ROUTE });
}
