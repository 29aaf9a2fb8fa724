import Taro from '@tarojs/taro';
import { session } from '@/state/session';
import { goToLogin } from '@/navigation/routes';
import { api } from './api-client';
import { ApiError } from './api-error';
import { agreeToPolicyAs } from './privacy';

/** 微信登录: wx.login's one-time code goes to the server, which asks WeChat who it belongs to. */
export async function loginWithWechat(): Promise<void> {
  let code: string;
  try {
    ({ code } = await Taro.login());
  } catch {
    throw ApiError.client('WECHAT_LOGIN_FAILED'); // wx.login itself failed: no code to send
  }
  await signInAgreeing(await api.post('/api/v1/auth/wechat-login', { body: { code } }));
}

/** The demo users of the H5 preview (the server answers 404 AUTH_DEV_LOGIN_DISABLED when it is off). */
export function listDevUsers() {
  return api.get('/api/v1/auth/dev-users');
}

export async function loginAsDevUser(userId: string): Promise<void> {
  await signInAgreeing(await api.post('/api/v1/auth/dev-login', { body: { userId } }));
}

/**
 * The login page only logs in once the box is ticked, so the consent is recorded with the new
 * token before the session starts (once on the server however often it is sent): no request of
 * the app goes out under a token that has not agreed. If it cannot be recorded, nobody is signed in.
 */
async function signInAgreeing(result: Parameters<typeof session.signIn>[0]): Promise<void> {
  await agreeToPolicyAs(result.token);
  session.signIn(result);
}

export function logout(): void {
  session.signOut();
  goToLogin();
}
