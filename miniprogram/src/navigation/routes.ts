import Taro from '@tarojs/taro';

/** Page URLs, as Taro's navigation APIs want them (keep in step with app.config.ts). */
export const ROUTES = {
  login: '/pages/login/index',
  // 《用户服务协议》 (?doc=terms) and 《隐私政策》 (?doc=privacy): public, readable before logging in.
  policy: '/pages/policy/index',
  wishes: '/pages/wishes/index',
  posts: '/pages/posts/index',
  deliberation: '/pages/deliberation/index',
  me: '/pages/me/index',
  profileEdit: '/pages/profile/index',
  join: '/packages/onboarding/pages/join/index',
  // 入户 and 住户 (packages/onboarding): a join request's review, a grid's residents, one flat's people, the QR sheet.
  joinReview: '/packages/onboarding/pages/review/index',
  residents: '/packages/onboarding/pages/residents/index',
  householdFlat: '/packages/onboarding/pages/flat/index',
  joinQrSheet: '/packages/onboarding/pages/qr-sheet/index',
  // 双报到, in the subpackage packages/reporting (see subPackages in app.config.ts).
  memberReporting: '/packages/reporting/pages/member/index',
  memberReportingForm: '/packages/reporting/pages/member-form/index',
  unitReporting: '/packages/reporting/pages/unit/index',
  unitReportingForm: '/packages/reporting/pages/unit-form/index',
  reportingReview: '/packages/reporting/pages/review/index',
  memberReview: '/packages/reporting/pages/member-review/index',
  unitReview: '/packages/reporting/pages/unit-review/index',
  unitMembers: '/packages/reporting/pages/unit-members/index',
  // 微心愿, in the subpackage packages/wishes (the wall itself is the first tab).
  wishDetail: '/packages/wishes/pages/detail/index',
  myWishClaims: '/packages/wishes/pages/my-claims/index',
  myWishes: '/packages/wishes/pages/my-wishes/index',
  wishConfirm: '/packages/wishes/pages/confirm/index',
  wishPost: '/packages/wishes/pages/post/index',
  wishReview: '/packages/wishes/pages/review/index',
  wishReviewDetail: '/packages/wishes/pages/review-detail/index',
  wishSettings: '/packages/wishes/pages/settings/index',
  // 先锋岗 beyond the tab itself: a post and its shifts, my shifts, and the managers' pages.
  postDetail: '/packages/posts/pages/detail/index',
  myShifts: '/packages/posts/pages/mine/index',
  postForm: '/packages/posts/pages/form/index',
  shiftRoster: '/packages/posts/pages/roster/index',
  shiftCode: '/packages/posts/pages/code/index',
  // 邻里议事 beyond the tab: a topic and its discussion, proposing, review, ballots, decisions.
  topicDetail: '/packages/deliberation/pages/topic/index',
  topicPropose: '/packages/deliberation/pages/propose/index',
  myTopics: '/packages/deliberation/pages/mine/index',
  topicReview: '/packages/deliberation/pages/review/index',
  ballotDetail: '/packages/deliberation/pages/ballot/index',
  ballotForm: '/packages/deliberation/pages/ballot-form/index',
  ballotVotes: '/packages/deliberation/pages/votes/index',
  decisionDetail: '/packages/deliberation/pages/decision/index',
  // 社区工作台 (packages/workbench): the queue, dashboard, points, audit trail, exports, reports; and everyone's points and messages.
  workQueue: '/packages/workbench/pages/queue/index',
  dashboard: '/packages/workbench/pages/dashboard/index',
  pointsAdmin: '/packages/workbench/pages/points/index',
  memberPoints: '/packages/workbench/pages/points-member/index',
  myPoints: '/packages/workbench/pages/my-points/index',
  auditLog: '/packages/workbench/pages/audit/index',
  inbox: '/packages/workbench/pages/inbox/index',
  exports: '/packages/workbench/pages/exports/index',
  register: '/packages/workbench/pages/register/index',
  roles: '/packages/workbench/pages/roles/index',
  contentReports: '/packages/workbench/pages/reports/index',
  // 个人信息 (packages/privacy): my data, export, consents, 注销; the secretary's access log.
  myData: '/packages/privacy/pages/my-data/index',
  privateDataAccess: '/packages/privacy/pages/access-log/index',
} as const;

/** A page URL with query parameters, e.g. withQuery(ROUTES.memberReview, { id }). */
export function withQuery(route: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}

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
  rememberReturn();
  redirectingToLogin = true;
  void Taro.reLaunch({ url: ROUTES.login, complete: () => (redirectingToLogin = false) });
}

/** Closes every page and opens the home tab. */
export function goHome(): void {
  void Taro.reLaunch({ url: HOME_ROUTE });
}

/**
 * Where a shared card (or a link) was taking someone when the login page stopped them: after
 * logging in they land on that item, not on the home tab. Kept in memory, which both the
 * mini-program and the H5 app keep across reLaunch.
 */
let returnTo: string | null = null;

// The tabs are where everyone starts anyway; a login after logging out from 我的 starts on the home tab as before.
const NOT_RETURNED_TO: string[] = [ROUTES.login, ROUTES.policy, ROUTES.wishes, ROUTES.posts, ROUTES.deliberation, ROUTES.me];

function rememberReturn(): void {
  const pages = Taro.getCurrentPages();
  const page = pages[pages.length - 1];
  const route = currentRoute();
  if (!route || NOT_RETURNED_TO.includes(route)) return;
  // The mini-program fills `options`; on H5 the query is read from the address itself. Taro's
  // own keys ($-prefixed, and the page's `stamp`) are not ours to pass on.
  const { options, $taroParams } = (page ?? {}) as { options?: Record<string, unknown>; $taroParams?: Record<string, unknown> };
  const fromAddress = process.env.TARO_ENV === 'h5' ? Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? '')) : {};
  const query = Object.entries({ ...$taroParams, ...options, ...fromAddress }).filter(
    ([key, value]) => !key.startsWith('$') && key !== 'stamp' && typeof value === 'string',
  );
  const params = Object.fromEntries(query) as Record<string, string>;
  returnTo = withQuery(route, params);
}

/** After logging in: the page the person was sent to, else the home tab. */
export function goAfterLogin(): void {
  const target = returnTo;
  returnTo = null;
  if (!target || target === HOME_ROUTE) return goHome();
  void Taro.reLaunch({ url: target });
}
