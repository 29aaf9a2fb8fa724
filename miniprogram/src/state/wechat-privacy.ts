import Taro from '@tarojs/taro';

/**
 * WeChat's own privacy authorisation (基础库 ≥ 2.32.3): before any privacy API (getLocation,
 * scanCode, chooseMedia…) runs for someone who has not agreed to the app's 用户隐私保护指引,
 * WeChat raises onNeedPrivacyAuthorization and holds the call until we answer with the user's
 * own choice, made in our dialog on a button with open-type="agreePrivacyAuthorization".
 * H5 has none of this (feature-detected), and nothing here calls a privacy API itself.
 */
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

let pending: Resolve | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export const AGREE_BUTTON_ID = 'lin-agree-privacy';

export const wechatPrivacy = {
  /** Called once at launch. */
  install(): void {
    if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending = resolve;
      pending({ event: 'exposureAuthorization' });
      notify();
    });
  },
  isAsking: (): boolean => pending !== null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The user tapped our agree button (WeChat checks that it was tapped). */
  agree(): void {
    pending?.({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    pending = null;
    notify();
  },
  /** The held call fails with "privacy permission is not authorized"; the caller's own error handling says what is lost. */
  decline(): void {
    pending?.({ event: 'disagree' });
    pending = null;
    notify();
  },
  openContract(): void {
    if (typeof Taro.openPrivacyContract === 'function') void Taro.openPrivacyContract({});
  },
};
