import type { FakeReply, FakeRequest, FakeRoute, FakeWechat } from './fake-wechat';

export const SUBSCRIBE_SEND = '/cgi-bin/message/subscribe/send';

/** One subscription message the fake accepted. */
export interface DeliveredMessage {
  touser: string;
  template_id: string;
  page: string | undefined;
  data: Record<string, { value: string }>;
  miniprogram_state: string | undefined;
}

/**
 * The fake's subscription-message mailbox. An openid's prefix scripts WeChat's answer for that
 * person, every time:
 *   refused-… → 43101 (not subscribed / declined)    busy-… → -1 (system busy)    bad-… → 40003 (invalid openid)
 * and `failNext(...errcodes)` makes the next sends (anyone's) answer those errcodes, one each.
 * A stale access token gets 42001; data that breaks WeChat's field rules gets 47003.
 */
export class SubscribeMailbox {
  readonly delivered: DeliveredMessage[] = [];
  private readonly scripted: number[] = [];

  failNext(...errcodes: number[]): void {
    this.scripted.push(...errcodes);
  }

  to(openid: string): DeliveredMessage[] {
    return this.delivered.filter((m) => m.touser === openid);
  }

  receive(request: FakeRequest, fake: FakeWechat): FakeReply {
    if (!fake.tokenValid(request)) return error(42001, 'access_token expired');
    const body = (request.body ?? {}) as Partial<DeliveredMessage>;
    if (typeof body.touser !== 'string' || !body.touser) return error(40003, 'invalid openid');
    if (typeof body.template_id !== 'string' || !body.template_id) return error(40037, 'invalid template_id');
    if (!validData(body.data)) return error(47003, 'argument invalid! data.thing.value invalid');
    const scripted = this.scripted.shift();
    if (scripted !== undefined) return error(scripted, 'scripted failure');
    const byPrefix: [string, number][] = [
      ['refused-', 43101],
      ['busy-', -1],
      ['bad-', 40003],
    ];
    const prefixed = byPrefix.find(([prefix]) => body.touser!.startsWith(prefix));
    if (prefixed) return error(prefixed[1], 'scripted by openid');
    this.delivered.push({ touser: body.touser, template_id: body.template_id, page: body.page, data: body.data, miniprogram_state: body.miniprogram_state });
    return { body: { errcode: 0, errmsg: 'ok', msgid: this.delivered.length } };
  }
}

/** WeChat's limits on the field types the product uses: thing ≤ 20 characters, phrase ≤ 5, time in its Chinese format. */
function validData(data: unknown): data is Record<string, { value: string }> {
  if (typeof data !== 'object' || data === null || Object.keys(data).length === 0) return false;
  return Object.entries(data as Record<string, { value?: unknown }>).every(([key, field]) => {
    const value = field?.value;
    if (typeof value !== 'string' || value.length === 0) return false;
    const length = Array.from(value).length;
    if (key.startsWith('thing')) return length <= 20;
    if (key.startsWith('phrase')) return length <= 5;
    if (key.startsWith('time')) return /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value);
    return length <= 32;
  });
}

function error(errcode: number, errmsg: string): FakeReply {
  return { body: { errcode, errmsg } };
}

const mailboxes = new WeakMap<FakeWechat, SubscribeMailbox>();

/** The mailbox of one fake WeChat server. */
export function mailboxOf(fake: FakeWechat): SubscribeMailbox {
  let mailbox = mailboxes.get(fake);
  if (!mailbox) mailboxes.set(fake, (mailbox = new SubscribeMailbox()));
  return mailbox;
}

/** Subscription-message routes of the fake WeChat server (owned by the notifications work). */
export const messageRoutes: Record<string, FakeRoute> = {
  [SUBSCRIBE_SEND]: (request, fake) => mailboxOf(fake).receive(request, fake),
};
