/**
 * WeChat subscription prompts (订阅消息). WeChat pushes a person a message only after they allowed
 * its template in wx.requestSubscribeMessage, one message per "allow", and shows that prompt only
 * inside a tap: so the template ids are loaded at launch, and each action that leads to news
 * (posting or claiming a wish, claiming a shift, registering, voting) asks before it runs.
 * Whatever the answer, or if the prompt fails, the action goes on: the in-app inbox gets every notice.
 */
import Taro from '@tarojs/taro';
import type { SubscriptionMoment } from '@linli/shared';
import { api } from './api-client';

let templatesByMoment: Partial<Record<SubscriptionMoment, string[]>> = {};

/** Called at launch; a failure leaves nothing to ask (the next launch tries again). */
export async function loadSubscriptionOffers(): Promise<void> {
  try {
    const { offers } = await api.get('/api/v1/notifications/subscriptions');
    templatesByMoment = Object.fromEntries(offers.map((offer) => [offer.moment, offer.templateIds]));
  } catch {
    templatesByMoment = {};
  }
}

/** Call first thing in a tap handler; resolves once the person answered (at once off WeChat). */
export async function askToSubscribe(moment: SubscriptionMoment): Promise<void> {
  const tmplIds = templatesByMoment[moment] ?? [];
  // The H5 build has no subscription messages: its users read the inbox.
  if (process.env.TARO_ENV !== 'weapp' || tmplIds.length === 0) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
  } catch {
    // Refused, dismissed or unsupported by this WeChat version: the action goes on all the same.
  }
}
