import { NotificationKind, PushStatus, SubscriptionMoment } from '../api/notifications';
import {
  afterAttempt,
  ballotClosingReminderAt,
  clip,
  digestKeyOf,
  NOTIFICATION_RULES,
  parseTemplateMap,
  planDelivery,
  retryDelayMs,
  shanghaiDayStart,
  shiftReminderDue,
  subscriptionOffers,
  templateData,
  templateValue,
} from './notifications';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('retries', () => {
  it.each([
    [1, 1 * MIN],
    [2, 4 * MIN],
    [3, 16 * MIN],
    [4, 60 * MIN],
    [9, 60 * MIN],
  ])('after %i failed tries waits %i ms', (attempts, wait) => {
    expect(retryDelayMs(attempts)).toBe(wait);
  });

  const now = 1_000_000;
  it.each([
    ['accepted', 0, { ok: true } as const, PushStatus.Sent, null, null],
    ['unreachable, first try', 0, { ok: false, errcode: null } as const, PushStatus.Pending, now + MIN, null],
    ['system busy, third try', 2, { ok: false, errcode: -1 } as const, PushStatus.Pending, now + 16 * MIN, -1],
    ['unreachable on the last try', NOTIFICATION_RULES.maxAttempts - 1, { ok: false, errcode: null } as const, PushStatus.Failed, null, null],
    ['the user declined (43101), first try', 0, { ok: false, errcode: 43101 } as const, PushStatus.Skipped, null, 43101],
    ['a bad openid (40003)', 0, { ok: false, errcode: 40003 } as const, PushStatus.Failed, null, 40003],
    ['a bad template (40037)', 1, { ok: false, errcode: 40037 } as const, PushStatus.Failed, null, 40037],
  ])('%s → %s', (_case, before, result, status, next, errcode) => {
    expect(afterAttempt(before, result, now)).toEqual({ status, attempts: before + 1, nextAttemptAt: next, lastErrcode: errcode });
  });
});

describe('the daily digest', () => {
  const push = (id: string, kind = NotificationKind.WishApproved, hasTemplate = true) => ({ id, kind, hasTemplate });
  const four = ['a', 'b', 'c', 'd'].map((id) => push(id));

  it.each([
    [
      'three at once go one by one',
      { pending: four.slice(0, 3), sentToday: 0, digestSentToday: false },
      { send: ['a', 'b', 'c'], skip: [], digest: [], newDigestCount: 0 },
    ],
    [
      'four at once become one digest',
      { pending: four, sentToday: 0, digestSentToday: false },
      { send: [], skip: [], digest: ['a', 'b', 'c', 'd'], newDigestCount: 4 },
    ],
    [
      'one more after three sent today starts the digest',
      { pending: four.slice(0, 1), sentToday: 3, digestSentToday: false },
      { send: [], skip: [], digest: ['a'], newDigestCount: 1 },
    ],
    [
      'after the digest, the rest of the day waits in the inbox',
      { pending: four.slice(0, 1), sentToday: 0, digestSentToday: true },
      { send: [], skip: [], digest: ['a'], newDigestCount: 0 },
    ],
    [
      'kinds without a template are skipped and do not count',
      { pending: [push('x', NotificationKind.BallotOpened, false), ...four.slice(0, 3)], sentToday: 0, digestSentToday: false },
      { send: ['a', 'b', 'c'], skip: ['x'], digest: [], newDigestCount: 0 },
    ],
    [
      'a digest being retried goes as it is',
      { pending: [push('g', NotificationKind.Digest)], sentToday: 3, digestSentToday: true },
      { send: ['g'], skip: [], digest: [], newDigestCount: 0 },
    ],
  ])('%s', (_case, input, plan) => {
    expect(planDelivery({ hasOpenid: true, ...input })).toEqual(plan);
  });

  it('skips everything for someone without an openid', () => {
    expect(planDelivery({ hasOpenid: false, pending: four, sentToday: 0, digestSentToday: false })).toEqual({
      send: [],
      skip: ['a', 'b', 'c', 'd'],
      digest: [],
      newDigestCount: 0,
    });
  });

  it.each([
    ['2026-11-21T15:59:59.999Z', 'digest:2026-11-21', '2026-11-20T16:00:00.000Z'],
    ['2026-11-21T16:00:00.000Z', 'digest:2026-11-22', '2026-11-21T16:00:00.000Z'],
  ])('%s falls on the Shanghai day of %s', (iso, key, start) => {
    expect(digestKeyOf(new Date(iso))).toBe(key);
    expect(shanghaiDayStart(new Date(iso)).toISOString()).toBe(start);
  });
});

describe('template data', () => {
  it.each([
    ['thing2', '您的心愿「给孙子买一个结实的新书包」已通过审核，已上心愿墙', '您的心愿「给孙子买一个结实的新书包」已…'],
    ['thing1', '心愿审核通过', '心愿审核通过'],
    ['phrase3', '审核已通过了', '审核已通…'],
    ['character_string4', 'No.2026-心愿-0001', 'No.2026--0001'],
    ['thing5', '多行\n文字   合并', '多行 文字 合并'],
    ['thing6', '🌸'.repeat(25), `${'🌸'.repeat(19)}…`],
  ])('%s gets %j fitted to its type', (key, value, expected) => {
    expect(templateValue(key, value)).toBe(expected);
    expect(Array.from(templateValue(key, value)).length).toBeLessThanOrEqual(32);
  });

  it('writes times on the Shanghai clock the way WeChat accepts them', () => {
    expect(templateValue('time3', new Date('2026-03-04T16:05:00Z'))).toBe('2026年3月5日 00:05');
    expect(templateValue('date2', new Date('2026-03-04T16:05:00Z'))).toBe('2026年3月5日');
  });

  it('fills the fields a template names', () => {
    const data = templateData(
      { id: 't', fields: { title: 'thing4', body: 'thing1', time: 'time2' } },
      { title: '投票开始', body: '「是否同意加装声控灯」开始投票', createdAt: new Date('2026-03-04T01:00:00Z') },
    );
    expect(data).toEqual({ thing4: { value: '投票开始' }, thing1: { value: '「是否同意加装声控灯」开始投票' }, time2: { value: '2026年3月4日 09:00' } });
  });

  it('clips to a length, never past it', () => {
    expect(clip('一二三四五', 5)).toBe('一二三四五');
    expect(clip('一二三四五六', 5)).toBe('一二三四…');
  });
});

describe('the template configuration', () => {
  it('takes ids alone or with field names', () => {
    const { templates, problems } = parseTemplateMap(
      JSON.stringify({ wish_approved: 'tmpl-A_1', digest: { id: 'tmplD', title: 'thing4', body: 'thing5', time: 'date1' } }),
    );
    expect(problems).toEqual([]);
    expect(templates).toEqual({
      wish_approved: { id: 'tmpl-A_1', fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
      digest: { id: 'tmplD', fields: { title: 'thing4', body: 'thing5', time: 'date1' } },
    });
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['["a"]', 'JSON object'],
    ['{"wish_aproved":"x"}', 'unknown kind "wish_aproved"'],
    ['{"wish_approved":""}', 'wish_approved: needs a template id'],
    ['{"wish_approved":{"id":"x","time":"thing3"}}', 'wish_approved: time must name a time or date field'],
    ['{"wish_approved":{"id":"x","title":"time1"}}', 'wish_approved: title must name a thing'],
    ['{"wish_approved":{"id":"x","body":"thing1"}}', 'three different fields'],
    ['{"wish_approved":{"id":"x","colour":"red"}}', 'unknown setting colour'],
  ])('refuses %s', (json, problem) => {
    const result = parseTemplateMap(json);
    expect(result.problems).toEqual([expect.stringContaining(problem)]);
    expect(result.templates).toEqual({});
  });
});

describe('what the mini-program asks to push', () => {
  const idsOf = (map: Record<string, string>) => {
    const { templates, problems } = parseTemplateMap(JSON.stringify(map));
    expect(problems).toEqual([]);
    return Object.fromEntries(subscriptionOffers(templates).map((offer) => [offer.moment, offer.templateIds]));
  };

  it.each<[string, Record<string, string>, SubscriptionMoment, string[]]>([
    ['nothing configured: nothing asked', {}, SubscriptionMoment.WishPosted, []],
    [
      'the first three of a moment, in order',
      { wish_rejected: 'R', wish_delivered: 'D', wish_claimed: 'C', wish_approved: 'A' },
      SubscriptionMoment.WishPosted,
      ['A', 'C', 'D'],
    ],
    [
      'a kind without a template is skipped, the next one moves up',
      { wish_rejected: 'R', wish_delivered: 'D', wish_approved: 'A' },
      SubscriptionMoment.WishPosted,
      ['A', 'D', 'R'],
    ],
    [
      'a template shared by kinds is asked once',
      { shift_reminder: 'S', shift_promoted: 'S', shift_cancelled: 'X', shift_removed: 'Y' },
      SubscriptionMoment.ShiftClaimed,
      ['S', 'X', 'Y'],
    ],
    ['one decision template for both outcomes', { registration_approved: 'G', registration_rejected: 'G' }, SubscriptionMoment.Registered, ['G']],
    ['only what the moment leads to', { wish_approved: 'A', ballot_opened: 'B' }, SubscriptionMoment.Voted, ['B']],
    ['the digest is never asked for', { digest: 'Z', wish_fulfilled: 'F' }, SubscriptionMoment.WishClaimed, ['F']],
  ])('%s', (_, map, moment, expected) => {
    expect(idsOf(map)[moment]).toEqual(expected);
  });

  it('offers every moment', () => {
    expect(Object.keys(idsOf({})).sort()).toEqual(Object.values(SubscriptionMoment).sort());
  });
});

describe('scheduled notices', () => {
  const start = Date.UTC(2026, 10, 22, 1, 0);
  it.each([
    ['2 h 1 min before: not yet', start - 121 * MIN, start - 3 * 24 * HOUR, false],
    ['2 h before, seated days ago', start - 120 * MIN, start - 3 * 24 * HOUR, true],
    ['1 min before', start - MIN, start - 3 * 24 * HOUR, true],
    ['at the start: too late', start, start - 3 * 24 * HOUR, false],
    ['seated inside the window', start - 30 * MIN, start - 60 * MIN, false],
    ['seated just before the window', start - 30 * MIN, start - 121 * MIN, true],
  ])('shift reminder %s', (_case, now, seatedAt, due) => {
    expect(shiftReminderDue(start, seatedAt, now)).toBe(due);
  });

  it.each([
    ['a week-long ballot: a day before it closes', 0, 7 * 24 * HOUR, 6 * 24 * HOUR],
    ['36 hours: 12 hours after opening', 0, 36 * HOUR, 12 * HOUR],
    ['35 hours: no reminder', 0, 35 * HOUR, null],
    ['a day: no reminder', 0, 24 * HOUR, null],
  ])('ballot closing reminder for %s', (_case, opensAt, closesAt, at) => {
    expect(ballotClosingReminderAt(opensAt, closesAt)).toBe(at);
  });
});
