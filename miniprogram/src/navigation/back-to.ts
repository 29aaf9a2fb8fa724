import Taro from '@tarojs/taro';
import { ROUTES } from '@/navigation/routes';

/**
 * Back to the page a form was opened from; if the form was opened on its own (a shared link,
 * a reload on H5), to `fallback` instead.
 */
export function backTo(fallback: keyof typeof ROUTES): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: ROUTES[fallback] });
}
