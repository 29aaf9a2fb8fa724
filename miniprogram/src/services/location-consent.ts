import Taro from '@tarojs/taro';
import { agreeToLocation, consentStatus } from './privacy';

let agreed = false;

/** After a withdrawal (个人信息): the next location check-in asks again. */
export function forgetLocationConsent(): void {
  agreed = false;
}

/**
 * The separate consent to location at check-in, asked before the first location check-in (and
 * before WeChat's own location permission). Resolves true once agreed, false when declined.
 */
export async function ensureLocationConsent(): Promise<boolean> {
  if (agreed) return true;
  if ((await consentStatus()).location) return (agreed = true);
  const { confirm } = await Taro.showModal({
    title: '使用位置签到',
    content: '定位签到会读取您当前的位置，只用来计算您与岗位的距离；服务器只保存这个距离，不保存您的位置。是否同意？',
    confirmText: '同意',
    cancelText: '不同意',
  });
  if (!confirm) return false;
  await agreeToLocation();
  return (agreed = true);
}
