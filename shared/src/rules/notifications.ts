import { NotificationKind, PushStatus, SubscriptionMoment, SubscriptionOfferView } from '../api/notifications';
import { formatShanghaiMinute, shanghaiDateOf } from './calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Delivery rules for notices: retries, the daily digest, and when the scheduled notices fall due. */
export const NOTIFICATION_RULES = {
  /** Tries per push, the first included; then it is failed for good. */
  maxAttempts: 5,
  /** The wait after the first failed try; each later one waits `retryFactor` times longer, up to `retryCapMs`. */
  retryBaseMs: MINUTE,
  retryFactor: 4,
  retryCapMs: HOUR,
  /** More pushes than this for one person in one (Shanghai) day and the rest of the day's go out as one digest. */
  digestAfter: 3,
  /** Members are reminded this long before their shift starts. */
  shiftReminderLeadMs: 2 * HOUR,
  /** Voters who have not voted are reminded this long before a ballot closes… */
  ballotClosingLeadMs: 24 * HOUR,
  /** …when the ballot has been open at least this long by then (a short ballot's opening notice is enough). */
  ballotClosingMinOpenMs: 12 * HOUR,
  titleMax: 40,
  bodyMax: 200,
} as const;

/** WeChat errcodes the dispatcher treats specially. */
export const WECHAT_ERRCODES = {
  systemBusy: -1,
  /** The user has not subscribed to this template, or turned it off: never retried. */
  userRefused: 43101,
} as const;

/**
 * Failures worth another try later: system busy, a token that went stale again after a renewal,
 * and the API's daily or per-minute quota. Any other errcode (bad openid, bad template, bad data)
 * fails the same way every time.
 */
const TRANSIENT_ERRCODES: ReadonlySet<number> = new Set([-1, 40001, 42001, 45009, 45011]);

/** The wait before the next try, after `attempts` tries have failed: 1, 4, 16 minutes, then hourly. */
export function retryDelayMs(attempts: number): number {
  const { retryBaseMs, retryFactor, retryCapMs } = NOTIFICATION_RULES;
  return Math.min(retryBaseMs * retryFactor ** Math.max(0, attempts - 1), retryCapMs);
}

/** One try's result: accepted, or refused with WeChat's errcode (null: WeChat could not be reached). */
export type SendResult = { ok: true } | { ok: false; errcode: number | null };

export interface AttemptOutcome {
  status: PushStatus;
  attempts: number;
  /** When to try again (epoch ms); null unless the push stays pending. */
  nextAttemptAt: number | null;
  lastErrcode: number | null;
}

/** Where a push stands after one more try. */
export function afterAttempt(attemptsBefore: number, result: SendResult, now: number): AttemptOutcome {
  const attempts = attemptsBefore + 1;
  if (result.ok) return { status: PushStatus.Sent, attempts, nextAttemptAt: null, lastErrcode: null };
  const { errcode } = result;
  if (errcode === WECHAT_ERRCODES.userRefused) return { status: PushStatus.Skipped, attempts, nextAttemptAt: null, lastErrcode: errcode };
  const transient = errcode === null || TRANSIENT_ERRCODES.has(errcode);
  if (transient && attempts < NOTIFICATION_RULES.maxAttempts) {
    return { status: PushStatus.Pending, attempts, nextAttemptAt: now + retryDelayMs(attempts), lastErrcode: errcode };
  }
  return { status: PushStatus.Failed, attempts, nextAttemptAt: null, lastErrcode: errcode };
}

export interface PendingPush {
  id: string;
  kind: NotificationKind;
  /** A WeChat template is configured for the kind. */
  hasTemplate: boolean;
}

export interface DeliveryPlan {
  /** Pushed one by one. */
  send: string[];
  /** Kept in the inbox only: nobody to push to, or no template for the kind. */
  skip: string[];
  /** Folded into the day's digest. */
  digest: string[];
  /** A new digest push is due, counting this many notices (0: none). */
  newDigestCount: number;
}

/**
 * How one person's due pushes go out. At most `digestAfter` single pushes a day: once a batch
 * would go over, the batch becomes one digest push ("您有 n 条新消息"), and after the day's digest
 * went out, the rest of the day's notices wait in the inbox. A digest being retried is sent as it is.
 */
export function planDelivery(input: { hasOpenid: boolean; pending: readonly PendingPush[]; sentToday: number; digestSentToday: boolean }): DeliveryPlan {
  const plan: DeliveryPlan = { send: [], skip: [], digest: [], newDigestCount: 0 };
  const pushable: string[] = [];
  for (const push of input.pending) {
    if (!input.hasOpenid || !push.hasTemplate) plan.skip.push(push.id);
    else if (push.kind === NotificationKind.Digest) plan.send.push(push.id);
    else pushable.push(push.id);
  }
  if (pushable.length === 0) return plan;
  if (input.digestSentToday) {
    plan.digest.push(...pushable);
  } else if (input.sentToday + pushable.length > NOTIFICATION_RULES.digestAfter) {
    plan.digest.push(...pushable);
    plan.newDigestCount = pushable.length;
  } else {
    plan.send.push(...pushable);
  }
  return plan;
}

/** The one digest a person may get on a Shanghai calendar day. */
export function digestKeyOf(now: Date): string {
  return `digest:${shanghaiDateOf(now)}`;
}

/** The instant the Shanghai calendar day of `now` began. */
export function shanghaiDayStart(now: Date): Date {
  return new Date(`${shanghaiDateOf(now)}T00:00:00+08:00`);
}

export function digestText(count: number): { title: string; body: string } {
  return { title: '消息汇总', body: `您有 ${count} 条新消息，请到「我的消息」查看` };
}

/**
 * Shortens text to `max` characters (code points, so an emoji is never cut in half), ending in "…"
 * when something was cut; line breaks and runs of spaces become one space.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** The three things a notice's push says; each template names the field (thing1, time2…) that carries it. */
export type TemplateRole = 'title' | 'body' | 'time';

export interface TemplateSpec {
  id: string;
  fields: Record<TemplateRole, string>;
}

/** The field names a template is assumed to have when the configuration gives only its id. */
export const DEFAULT_TEMPLATE_FIELDS: Record<TemplateRole, string> = { title: 'thing1', body: 'thing2', time: 'time3' };

export type TemplateMap = Partial<Record<NotificationKind, TemplateSpec>>;

/** WeChat's field types this product fills, and how long each may be (subscription message rules). */
const TEXT_FIELD_MAX: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32 };
const TIME_FIELDS = new Set(['time', 'date']);
const FIELD_KEY = /^(thing|phrase|name|character_string|time|date)(\d{1,2})$/;

/** A value fitted to a template field by its type: clipped text, or a Shanghai time WeChat accepts. */
export function templateValue(key: string, value: string | Date): string {
  const type = FIELD_KEY.exec(key)?.[1];
  if (!type) throw new Error(`unsupported template field ${key}`);
  if (TIME_FIELDS.has(type)) {
    const instant = value instanceof Date ? value : new Date(value);
    const [date, minute] = formatShanghaiMinute(instant).split(' ');
    const [y, m, d] = date.split('-').map(Number);
    return type === 'date' ? `${y}年${m}月${d}日` : `${y}年${m}月${d}日 ${minute}`;
  }
  const text = value instanceof Date ? formatShanghaiMinute(value) : value;
  // character_string takes letters, digits and symbols only.
  const fitted = type === 'character_string' ? text.replace(/[^\x21-\x7e]/g, '') : text;
  return clip(fitted, TEXT_FIELD_MAX[type]);
}

/** The `data` of a subscribe/send request for one notice. */
export function templateData(spec: TemplateSpec, notice: { title: string; body: string; createdAt: Date }): Record<string, { value: string }> {
  return {
    [spec.fields.title]: { value: templateValue(spec.fields.title, notice.title) },
    [spec.fields.body]: { value: templateValue(spec.fields.body, notice.body) },
    [spec.fields.time]: { value: templateValue(spec.fields.time, notice.createdAt) },
  };
}

/**
 * Reads the template configuration: a JSON object from notification kind to a template id, or to
 * { "id": …, "title": "thing1", "body": "thing4", "time": "time2" } naming the template's fields.
 * Returns every problem found, so a bad setting is reported whole at boot.
 */
export function parseTemplateMap(json: string): { templates: TemplateMap; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { templates: {}, problems: ['not valid JSON'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { templates: {}, problems: ['must be a JSON object of kind → template'] };
  const kinds = new Set<string>(Object.values(NotificationKind));
  const templates: TemplateMap = {};
  const problems: string[] = [];
  for (const [kind, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!kinds.has(kind)) {
      problems.push(`unknown kind "${kind}" (known: ${[...kinds].join(', ')})`);
      continue;
    }
    const spec: Record<string, unknown> =
      typeof entry === 'string' ? { id: entry } : typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const id = spec.id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(id)) {
      problems.push(`${kind}: needs a template id (letters, digits, - and _)`);
      continue;
    }
    const fields = { ...DEFAULT_TEMPLATE_FIELDS };
    for (const role of Object.keys(DEFAULT_TEMPLATE_FIELDS) as TemplateRole[]) {
      const key = spec[role];
      if (key === undefined) continue;
      const type = typeof key === 'string' ? FIELD_KEY.exec(key)?.[1] : undefined;
      if (!type || TIME_FIELDS.has(type) !== (role === 'time')) {
        problems.push(
          `${kind}: ${role} must name a ${role === 'time' ? 'time or date' : 'thing, phrase, name or character_string'} field, e.g. ${DEFAULT_TEMPLATE_FIELDS[role]}`,
        );
        continue;
      }
      fields[role] = key as string;
    }
    const unknown = Object.keys(spec).filter((key) => key !== 'id' && !(key in DEFAULT_TEMPLATE_FIELDS));
    if (unknown.length) problems.push(`${kind}: unknown setting ${unknown.join(', ')}`);
    if (new Set(Object.values(fields)).size !== 3) problems.push(`${kind}: title, body and time need three different fields`);
    templates[kind as NotificationKind] = { id, fields };
  }
  return { templates: problems.length ? {} : templates, problems };
}

/**
 * Whether a member holding a seat is reminded now: from `shiftReminderLeadMs` before the start
 * until the start, and only if they had the seat before that window opened (someone who claims
 * an hour before the start knows it is about to start).
 */
export function shiftReminderDue(startsAt: number, seatedAt: number, now: number): boolean {
  const windowOpens = startsAt - NOTIFICATION_RULES.shiftReminderLeadMs;
  return now >= windowOpens && now < startsAt && seatedAt < windowOpens;
}

/**
 * When the voters who have not voted are reminded that a ballot is closing: `ballotClosingLeadMs`
 * before it closes, or never when the ballot will not have been open `ballotClosingMinOpenMs` by then.
 */
export function ballotClosingReminderAt(opensAt: number, closesAt: number): number | null {
  const at = closesAt - NOTIFICATION_RULES.ballotClosingLeadMs;
  return at - opensAt >= NOTIFICATION_RULES.ballotClosingMinOpenMs ? at : null;
}

/** WeChat takes at most this many template ids in one wx.requestSubscribeMessage. */
export const SUBSCRIBE_MAX_TEMPLATES = 3;

/** What each moment asks to push, most important first (only the first three templates are asked). */
export const SUBSCRIPTION_MOMENT_KINDS: Record<SubscriptionMoment, readonly NotificationKind[]> = {
  [SubscriptionMoment.WishPosted]: [NotificationKind.WishApproved, NotificationKind.WishClaimed, NotificationKind.WishDelivered, NotificationKind.WishRejected],
  [SubscriptionMoment.WishClaimed]: [NotificationKind.WishFulfilled, NotificationKind.WishClaimOverdue],
  [SubscriptionMoment.ShiftClaimed]: [
    NotificationKind.ShiftReminder,
    NotificationKind.ShiftPromoted,
    NotificationKind.ShiftCancelled,
    NotificationKind.ShiftRemoved,
  ],
  [SubscriptionMoment.Registered]: [NotificationKind.RegistrationApproved, NotificationKind.RegistrationRejected],
  [SubscriptionMoment.Voted]: [NotificationKind.BallotOpened, NotificationKind.BallotClosing],
};

/**
 * The template ids each moment asks for: the configured templates of its kinds in order, a template
 * shared by several kinds asked once, kinds without a template left out, at most three.
 */
export function subscriptionOffers(templates: TemplateMap): SubscriptionOfferView[] {
  return (Object.keys(SUBSCRIPTION_MOMENT_KINDS) as SubscriptionMoment[]).map((moment) => {
    const ids: string[] = [];
    for (const kind of SUBSCRIPTION_MOMENT_KINDS[moment]) {
      const id = templates[kind]?.id;
      if (id && !ids.includes(id) && ids.length < SUBSCRIBE_MAX_TEMPLATES) ids.push(id);
    }
    return { moment, templateIds: ids };
  });
}
