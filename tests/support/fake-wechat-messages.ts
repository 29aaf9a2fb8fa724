import type { FakeRoute } from './fake-wechat';

/** Subscription-message routes of the fake WeChat server (owned by the notifications work). */
export const messageRoutes: Record<string, FakeRoute> = {};
