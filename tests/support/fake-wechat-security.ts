import type { FakeRoute } from './fake-wechat';

/** Content-security routes of the fake WeChat server (owned by the content-safety work). */
export const securityRoutes: Record<string, FakeRoute> = {};
