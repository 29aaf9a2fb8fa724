import type { FakeReply, FakeRequest, FakeRoute, FakeWechat } from './fake-wechat';

export const GET_USER_PHONE_NUMBER = '/wxa/business/getuserphonenumber';

/**
 * WeChat's phone-number quick verification. The getPhoneNumber code scripts the answer:
 *   phone:<number> → that number, verified      anything else → 40029 (invalid code)
 *   busy → -1 (system busy)
 * A stale access token gets 42001.
 */
function getUserPhoneNumber(request: FakeRequest, fake: FakeWechat): FakeReply {
  if (!fake.tokenValid(request)) return { body: { errcode: 42001, errmsg: 'access_token expired' } };
  const code = typeof request.body?.code === 'string' ? request.body.code : '';
  if (code === 'busy') return { body: { errcode: -1, errmsg: 'system error' } };
  if (!code.startsWith('phone:')) return { body: { errcode: 40029, errmsg: 'invalid code' } };
  const pure = code.slice('phone:'.length);
  return {
    body: {
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: pure, purePhoneNumber: pure, countryCode: '86', watermark: { timestamp: 0, appid: 'wx-fake-appid' } },
    },
  };
}

export const phoneRoutes: Record<string, FakeRoute> = { [GET_USER_PHONE_NUMBER]: getUserPhoneNumber };
