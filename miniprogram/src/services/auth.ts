import Taro from '@tarojs/taro';
import { session } from '@/state/session';
import { goToLogin } from '@/navigation/routes';
import { api } from './api-client';
import { ApiError } from './api-error';

/** 微信登录: wx.login's one-time code goes to the server, which asks WeChat who it belongs to. */
export async function loginWithWechat(): Promise<void> {
  let code: string;
  try {
    ({ code } = await Taro.login());
  } catch {
    throw ApiError.client('WECHAT_LOGIN_FAILED'); // wx.login itself failed: no code to send
  }
  session.signIn(await api.post('/api/v1/auth/wechat-login', { body: { code } }));
}

/** The demo users of the H5 preview (the server answers 404 AUTH_DEV_LOGIN_DISABLED when it is off). */
export function listDevUsers() {
  return api.get('/api/v1/auth/dev-users');
}

export async function loginAsDevUser(userId: string): Promise<void> {
  session.signIn(await api.post('/api/v1/auth/dev-login', { body: { userId } }));
}

export function logout(): void {
  session.signOut();
  goToLogin();
}
