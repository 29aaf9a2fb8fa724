/** The mini-program pages notices open (keep in step with miniprogram/src/navigation/routes.ts). */
export const NOTICE_PAGES = {
  memberReporting: '/packages/reporting/pages/member/index',
  unitReporting: '/packages/reporting/pages/unit/index',
  wishDetail: '/packages/wishes/pages/detail/index',
  myWishes: '/packages/wishes/pages/my-wishes/index',
  myWishClaims: '/packages/wishes/pages/my-claims/index',
  wishConfirm: '/packages/wishes/pages/confirm/index',
  postDetail: '/packages/posts/pages/detail/index',
  myShifts: '/packages/posts/pages/mine/index',
  ballotDetail: '/packages/deliberation/pages/ballot/index',
  /** The workbench's approval queue (待办). */
  workQueue: '/packages/workbench/pages/queue/index',
  /** The "me" tab, where the inbox lives. */
  me: '/pages/me/index',
} as const;

/** A page path with its query, e.g. /packages/wishes/pages/detail/index?id=… */
export function pageLink(page: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${page}?${query}` : page;
}
