import {
  addDaysToDate,
  BallotOptionsForm,
  BallotRule,
  NotificationKind,
  PostKind,
  PostType,
  PushStatus,
  RegistrationStatus,
  SensitiveKind,
  Role,
  shanghaiDateOf,
  WishCategory,
} from '@linli/shared';
import { ConfigError, loadConfig } from '../../server/src/config/app-config';
import { TransactionRunner } from '../../server/src/database/transaction-runner';
import { Ballot } from '../../server/src/deliberation/ballot.entity';
import { User } from '../../server/src/identity/user.entity';
import { BallotNotices } from '../../server/src/notifications/ballot-notices';
import { NotificationDispatcher } from '../../server/src/notifications/notification-dispatcher';
import { NotificationFanout } from '../../server/src/notifications/notification-fanout.entity';
import { Notification } from '../../server/src/notifications/notification.entity';
import { NotificationService } from '../../server/src/notifications/notification.service';
import { ShiftReminders } from '../../server/src/notifications/shift-reminders';
import { Place } from '../../server/src/places/place.entity';
import { ShiftClaim } from '../../server/src/posts/shift-claim.entity';
import { MemberRegistration } from '../../server/src/reporting/member-registration.entity';
import { UnitRegistration } from '../../server/src/reporting/unit-registration.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { WishDeadlinesService } from '../../server/src/wishes/wish-deadlines.service';
import { crowd, CrowdMember } from '../support/crowd';
import { FakeWechat } from '../support/fake-wechat';
import { mailboxOf, SUBSCRIBE_SEND, SubscribeMailbox } from '../support/fake-wechat-messages';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WECHAT_TIME = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/;

/** Every kind has a template except wish_rejected: that one is kept in the inbox only. */
const TEMPLATES = Object.fromEntries(
  Object.values(NotificationKind)
    .filter((k) => k !== NotificationKind.WishRejected)
    .map((k) => [k, `tmpl-${k}`]),
);

type Who = string | CrowdMember;
interface Res {
  status: number;
  body: any;
}

describeApi('notifications (消息提醒)', () => {
  const fake = new FakeWechat();
  let mailbox: SubscribeMailbox;
  let t: TestApp;
  let donghu: string;
  let tests = 0;

  const headers = async (who: Who) => bearer(typeof who === 'string' ? await t.tokenOf(who) : who.token);
  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object): Promise<Res> => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await headers(who));
    return body ? request.send(body) : method === 'get' ? request : request.send({});
  };
  const expectError = (res: Res, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  };
  const idOf = async (who: Who) => (typeof who === 'string' ? t.userIdOf(who) : who.id);
  const repo = () => t.dataSource.getRepository(Notification);
  const noticesOf = async (who: Who) => repo().find({ where: { userId: await idOf(who) }, order: { id: 'ASC' } });
  const kindsOf = async (who: Who) => (await noticesOf(who)).map((n) => n.kind);
  const inbox = async (who: Who, query = '') => call(who, 'get', `/me/notifications${query}`);
  const unread = async (who: Who) => (await call(who, 'get', '/me/notifications/unread-count')).body.unread as number;
  const dispatch = (now?: Date) => t.app.get(NotificationDispatcher).sweep(now);
  const setOpenid = async (who: Who, openid: string) => t.dataSource.getRepository(User).update({ id: await idOf(who) }, { openid });
  const people = async (n: number, role = Role.PartyMember) => crowd(t, n, role, donghu, `消息${++tests}-`);
  /** A notice written the way every event writes one (inside a transaction), for the delivery tests. */
  const notify = async (who: Who, extra: Partial<Record<'kind' | 'title' | 'body' | 'link', string>> = {}) => {
    const userId = await idOf(who);
    const dedupeKey = `test:${++tests}`;
    await t.app.get(TransactionRunner).run((manager) =>
      t.app.get(NotificationService).notify(manager, {
        userId,
        communityId: donghu,
        kind: NotificationKind.WishClaimed,
        title: '心愿被认领',
        body: '心愿「想要一台收音机」已被认领，认领人会尽快与您联系',
        link: '/packages/wishes/pages/my-wishes/index',
        dedupeKey,
        ...extra,
      } as never),
    );
    return repo().findOneByOrFail({ userId, dedupeKey });
  };
  const row = (id: string) => repo().findOneByOrFail({ id });
  const homeOf = async (name: string) => (await call(name, 'get', '/me')).body.households[0].householdId as string;
  const postWish = async (name: string, title: string, extra: object = {}) => {
    const res = await call(name, 'post', '/wishes', {
      householdId: await homeOf(name),
      title,
      story: '家里老人行动不便，想请社区党员帮帮忙，谢谢大家。',
      sensitiveConsents: [SensitiveKind.Health],
      category: WishCategory.Goods,
      valueFen: 10_000,
      wantedBy: addDaysToDate(shanghaiDateOf(new Date()), 20),
      ...extra,
    });
    expect([res.status, res.body.code]).toEqual([201, undefined]);
    return res.body.id as string;
  };

  beforeAll(async () => {
    await fake.start();
    mailbox = mailboxOf(fake);
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_TEMPLATE_IDS: JSON.stringify(TEMPLATES), WECHAT_MINIPROGRAM_STATE: 'trial' });
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
  });
  afterAll(async () => {
    await t?.close();
    await fake.stop();
  });

  describe('each event puts one notice in the right inbox', () => {
    it('a registration decision tells the applicant once, and is pushed to their WeChat', async () => {
      const huang = await t.userIdOf('黄磊');
      const registration = await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: huang, status: RegistrationStatus.Pending });
      const before = await repo().count();
      expect((await call('陈志刚', 'post', `/member-registrations/${registration.id}/approval`)).status).toBe(404);
      expect(await repo().count()).toBe(before);

      expect((await call('李红梅', 'post', `/member-registrations/${registration.id}/approval`)).status).toBe(200);
      expectError(await call('李红梅', 'post', `/member-registrations/${registration.id}/approval`), 409, 'REGISTRATION_ALREADY_DECIDED');
      expect(await repo().count()).toBe(before + 1);
      const [notice] = await noticesOf('黄磊');
      expect(notice).toEqual(
        expect.objectContaining({
          kind: NotificationKind.RegistrationApproved,
          communityId: donghu,
          title: '党员报到已通过',
          link: '/packages/reporting/pages/member/index',
          readAt: null,
        }),
      );
      expect(notice.body).toContain('东湖社区');
      const listed = (await inbox('黄磊')).body.items;
      expect(listed).toEqual([expect.objectContaining({ id: notice.id, kind: 'registration_approved', kindLabel: '报到通过', readAt: null })]);

      // End to end: the dispatcher sends it through WeChat with the kind's template, to the openid, opening the page.
      await setOpenid('黄磊', 'o-huang');
      await dispatch();
      expect(mailbox.to('o-huang')).toEqual([
        {
          touser: 'o-huang',
          template_id: 'tmpl-registration_approved',
          page: 'packages/reporting/pages/member/index',
          miniprogram_state: 'trial',
          data: {
            thing1: { value: '党员报到已通过' },
            thing2: { value: '您向东湖社区的报到已通过审核，欢迎参加…' },
            time3: { value: expect.stringMatching(WECHAT_TIME) },
          },
        },
      ]);
      expect(await row(notice.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Sent, attempts: 1, leaseToken: null }));

      // A unit's contact hears of a rejection, with the reason.
      const unitRegistration = await t.dataSource
        .getRepository(UnitRegistration)
        .findOneByOrFail({ contactUserId: await t.userIdOf('邓凯'), status: RegistrationStatus.Pending });
      expect(
        (await call('李红梅', 'post', `/unit-registrations/${unitRegistration.id}/rejection`, { reason: '共建协议未盖章，请补充后重新提交' })).status,
      ).toBe(200);
      const [rejected] = await noticesOf('邓凯');
      expect(rejected).toEqual(
        expect.objectContaining({ kind: NotificationKind.RegistrationRejected, title: '单位报到未通过', link: '/packages/reporting/pages/unit/index' }),
      );
      expect(rejected.body).toBe('第一中学向东湖社区的报到未通过审核：共建协议未盖章，请补充后重新提交');
      expect(await repo().count()).toBe(before + 2);
    });

    it('a wish: approved → its poster; claimed and delivered → the beneficiary; confirmed → the claimer', async () => {
      const seen = async () => ({ wang: (await kindsOf('王秀英')).length, claimer: (await kindsOf('王建军')).length, total: await repo().count() });
      const start = await seen();
      const wishId = await postWish('王秀英', '想要一台收音机');
      expect((await call('李红梅', 'post', `/wishes/${wishId}/approval`, {})).status).toBe(200);
      expect((await call('李红梅', 'post', `/wishes/${wishId}/approval`, {})).status).toBe(409);
      expect((await call('王建军', 'post', `/wishes/${wishId}/claims`, {})).status).toBe(201);
      expect((await call('王建军', 'post', `/wishes/${wishId}/fulfilment`, { note: '收音机已送到家中，教会了老人使用' })).status).toBe(200);
      expect((await call('王秀英', 'post', `/wishes/${wishId}/confirmation`, { thanks: '谢谢小王', rating: 5 })).status).toBe(200);

      const wang = (await noticesOf('王秀英')).slice(start.wang);
      expect(wang.map((n) => [n.kind, n.link])).toEqual([
        [NotificationKind.WishApproved, `/packages/wishes/pages/detail/index?id=${wishId}`],
        [NotificationKind.WishClaimed, '/packages/wishes/pages/my-wishes/index'],
        [NotificationKind.WishDelivered, `/packages/wishes/pages/confirm/index?id=${wishId}`],
      ]);
      // Confirmed: the notice that asked for it no longer waits as unread in her inbox; the others are untouched.
      expect(wang.map((n) => n.readAt !== null)).toEqual([false, false, true]);
      // The claim notice says who is coming and by when they promised to deliver (the claim's deadline).
      const [, month, day] = wang[1].body.match(/承诺在(\d+)月(\d+)日前完成/) ?? [];
      expect(wang[1].body).toBe(`王建军认领了心愿「想要一台收音机」，承诺在${month}月${day}日前完成，会尽快与您联系`);
      const promised = shanghaiDateOf(new Date(wang[1].createdAt.getTime() + 7 * DAY)); // the community's default 7 fulfilment days
      expect(`${Number(month)}-${Number(day)}`).toBe(`${Number(promised.slice(5, 7))}-${Number(promised.slice(8, 10))}`);
      const claimer = (await noticesOf('王建军')).slice(start.claimer);
      expect(claimer.map((n) => n.kind)).toEqual([NotificationKind.WishFulfilled]);
      expect(claimer[0].body).toMatch(/^您认领的心愿「想要一台收音机」已确认圆梦，获得 \d+ 积分$/);
      expect(await repo().count()).toBe(start.total + 4); // nobody else was told
    });

    it('a wish posted by a grid worker tells both the agent and the resident, never naming the resident', async () => {
      const forLee = { beneficiaryUserId: await t.userIdOf('李桂兰'), householdId: await homeOf('李桂兰'), consentNote: '本人口头同意，网格员入户登记' };
      const agentWish = await postWish('孙丽', '想要一副老花镜', forLee);
      const rejectedWish = await postWish('孙丽', '想要一个电暖器', forLee);
      expect((await call('李红梅', 'post', `/wishes/${agentWish}/approval`, {})).status).toBe(200);
      expect((await call('李红梅', 'post', `/wishes/${rejectedWish}/rejection`, { reason: '与社区已有的冬季慰问重复' })).status).toBe(200);
      for (const who of ['孙丽', '李桂兰']) {
        const notices = (await noticesOf(who)).filter((n) => n.dedupeKey.endsWith(agentWish) || n.dedupeKey.endsWith(rejectedWish));
        expect(notices.map((n) => [n.kind, n.body])).toEqual([
          [NotificationKind.WishApproved, '心愿「想要一副老花镜」已通过审核，上了心愿墙'],
          [NotificationKind.WishRejected, '心愿「想要一个电暖器」未通过审核：与社区已有的冬季慰问重复'],
        ]);
      }
      // No notice anywhere carries a beneficiary's name or phone.
      const everything = await repo().find();
      for (const text of ['王秀英', '李桂兰', '13800000041', '13800000042']) {
        expect(everything.filter((n) => `${n.title}${n.body}`.includes(text))).toEqual([]);
      }
    });

    it('an overdue claim: the claimer is reminded once, in the inbox and on WeChat, however many sweeps run', async () => {
      const [claimer] = await people(1);
      const wishId = await postWish('王秀英', '想请人帮忙换个灯泡');
      expect((await call('李红梅', 'post', `/wishes/${wishId}/approval`, {})).status).toBe(200);
      expect((await call(claimer, 'post', `/wishes/${wishId}/claims`, {})).status).toBe(201);
      const sweeper = t.app.get(WishDeadlinesService);
      const claimedAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).claimedAt!;
      await sweeper.sweep(new Date(claimedAt.getTime() + 6 * DAY));
      expect(await kindsOf(claimer)).toEqual([]); // not due yet
      const overdue = new Date(claimedAt.getTime() + 7 * DAY + 1000);
      await Promise.all([sweeper.sweep(overdue), sweeper.sweep(overdue)]);
      await sweeper.sweep(overdue);
      const notices = await noticesOf(claimer);
      expect(notices).toEqual([
        expect.objectContaining({
          kind: NotificationKind.WishClaimOverdue,
          title: '认领的心愿已超期',
          link: `/packages/wishes/pages/detail/index?id=${wishId}`,
        }),
      ]);
      expect(notices[0].body).toMatch(/^您认领的心愿「想请人帮忙换个灯泡」已超过完成期限，请尽快完成；\d+月\d+日 \d{2}:\d{2}前仍未完成，心愿将回到心愿墙$/);
      expect((await inbox(claimer)).body.items).toEqual([expect.objectContaining({ kind: 'wish_claim_overdue', kindLabel: '认领超期提醒' })]);
      await setOpenid(claimer, 'o-overdue');
      await dispatch();
      expect(mailbox.to('o-overdue')).toEqual([
        expect.objectContaining({ template_id: 'tmpl-wish_claim_overdue', page: `packages/wishes/pages/detail/index?id=${wishId}` }),
      ]);
    });

    it('an unconfirmed fulfilment: the grid worker of its grid and the secretary are told, nobody else, never naming the resident', async () => {
      const [claimer] = await people(1);
      const wishId = await postWish('王秀英', '想请人帮忙修收音机');
      expect((await call('李红梅', 'post', `/wishes/${wishId}/approval`, {})).status).toBe(200);
      expect((await call(claimer, 'post', `/wishes/${wishId}/claims`, {})).status).toBe(201);
      expect((await call(claimer, 'post', `/wishes/${wishId}/fulfilment`, { note: '修好了' })).status).toBe(200);
      const told = async () => repo().find({ where: { dedupeKey: `wish_confirm_escalated:${wishId}` }, order: { userId: 'ASC' } });
      const fulfilledAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).fulfilledAt!;
      const late = new Date(fulfilledAt.getTime() + 7 * DAY + 1000);
      await Promise.all([t.app.get(WishDeadlinesService).sweep(late), t.app.get(WishDeadlinesService).sweep(late)]);
      const notices = await told();
      expect(notices.map((n) => n.userId).sort()).toEqual([await t.userIdOf('孙丽'), await t.userIdOf('李红梅')].sort());
      for (const n of notices) {
        expect(n).toEqual(
          expect.objectContaining({
            kind: NotificationKind.WishConfirmEscalated,
            title: '心愿待代确认',
            link: `/packages/wishes/pages/confirm/index?id=${wishId}`,
            body: '心愿「想请人帮忙修收音机」已完成但受助居民超期未确认，请核实后代为确认',
          }),
        );
      }
      await setOpenid('孙丽', 'o-grid');
      await dispatch();
      expect(mailbox.to('o-grid')).toEqual([expect.objectContaining({ template_id: 'tmpl-wish_confirm_escalated' })]);
      // The grid worker confirms in the resident's place; the claimer hears it is 已圆梦.
      expect((await call('孙丽', 'post', `/wishes/${wishId}/confirmation`, { thanks: '已上门核实' })).status).toBe(200);
      expect(await kindsOf(claimer)).toEqual([NotificationKind.WishFulfilled]);
    });

    it('a shift: promotion, removal and cancellation tell the member, nobody else', async () => {
      const start = new Date(Date.now() + 40 * DAY);
      start.setUTCHours(1, 0, 0, 0);
      const post = (
        await call('李红梅', 'post', `/communities/${donghu}/posts`, {
          title: '小区环境整治',
          type: PostType.EnvironmentCleanUp,
          kind: PostKind.Shift,
          description: '清理楼道杂物，捡拾绿化带垃圾。',
          address: '东湖社区 3号楼前广场',
          latitude: 30.5596,
          longitude: 114.3733,
          radiusMetres: 200,
          pointsPerHour: 10,
          shifts: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(), capacity: 1 }],
        })
      ).body;
      const shiftId = post.shifts[0].id as string;
      const [a, b, c] = await people(3);
      for (const m of [a, b, c]) expect((await call(m, 'post', `/shifts/${shiftId}/claims`)).status).toBe(201);
      const claimOf = async (m: CrowdMember) => (await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ shiftId, memberId: m.id })).id;

      expect((await call(a, 'post', `/shift-claims/${await claimOf(a)}/cancellation`)).status).toBe(200);
      expect(await kindsOf(a)).toEqual([]);
      expect(await kindsOf(b)).toEqual([NotificationKind.ShiftPromoted]);
      expect((await noticesOf(b))[0]).toEqual(
        expect.objectContaining({
          title: '候补递补成功',
          link: `/packages/posts/pages/detail/index?id=${post.id}&shift=${shiftId}`,
          body: `您已递补为「小区环境整治」${start.getUTCMonth() + 1}月${start.getUTCDate()}日 09:00班次的正式人员，请按时到岗`,
        }),
      );
      expect(await kindsOf(c)).toEqual([]);

      expect((await call('李红梅', 'post', `/shift-claims/${await claimOf(b)}/removal`, { reason: '临时调整人员安排' })).status).toBe(200);
      expect(await kindsOf(b)).toEqual([NotificationKind.ShiftPromoted, NotificationKind.ShiftRemoved]);
      expect((await noticesOf(b))[1].body).toMatch(/：临时调整人员安排$/);
      expect(await kindsOf(c)).toEqual([NotificationKind.ShiftPromoted]);

      expect((await call('李红梅', 'post', `/shifts/${shiftId}/cancellation`, { reason: '天气原因，活动取消' })).status).toBe(200);
      expect(await kindsOf(c)).toEqual([NotificationKind.ShiftPromoted, NotificationKind.ShiftCancelled]);
      expect((await noticesOf(c))[1]).toEqual(
        expect.objectContaining({ link: '/packages/posts/pages/mine/index', body: expect.stringMatching(/的班次已取消：天气原因，活动取消$/) }),
      );
      expect([await kindsOf(a), (await kindsOf(b)).length]).toEqual([[], 2]);
    });

    it('a shift reminder comes 2 hours before the start, once, to seat holders who claimed before that', async () => {
      const at = (inMinutes: number) => new Date(Date.now() + inMinutes * MIN);
      const publish = async (inMinutes: number, capacity = 1) =>
        (
          await call('李红梅', 'post', `/communities/${donghu}/posts`, {
            title: '天天敲门走访',
            type: PostType.DoorKnocking,
            kind: PostKind.Shift,
            description: '走访独居老人，了解生活需求。',
            address: '东湖社区 1号楼',
            latitude: 30.5596,
            longitude: 114.3733,
            radiusMetres: 200,
            pointsPerHour: 10,
            shifts: [{ startsAt: at(inMinutes).toISOString(), endsAt: at(inMinutes + 60).toISOString(), capacity }],
          })
        ).body.shifts[0].id as string;
      const [seated, waiting, late, cancelled] = await people(4);
      const soon = await publish(180);
      expect((await call(seated, 'post', `/shifts/${soon}/claims`)).status).toBe(201);
      expect((await call(waiting, 'post', `/shifts/${soon}/claims`)).status).toBe(201);
      const imminent = await publish(90);
      expect((await call(late, 'post', `/shifts/${imminent}/claims`)).status).toBe(201);
      const called = await publish(185);
      expect((await call(cancelled, 'post', `/shifts/${called}/claims`)).status).toBe(201);
      expect((await call('李红梅', 'post', `/shifts/${called}/cancellation`, { reason: '人员已满足，取消加开班次' })).status).toBe(200);

      const reminders = t.app.get(ShiftReminders);
      await reminders.sweep(); // three hours ahead: not yet; the one claimed 90 minutes before its start: never
      expect(await kindsOf(seated)).toEqual([]);
      expect(await kindsOf(late)).toEqual([]);
      await reminders.sweep(at(70));
      await reminders.sweep(at(75)); // a later sweep (or another instance) adds nothing
      expect(await kindsOf(seated)).toEqual([NotificationKind.ShiftReminder]);
      expect((await noticesOf(seated))[0].body).toMatch(/^「天天敲门走访」将于.+开始，请按时到岗签到$/);
      expect(await kindsOf(waiting)).toEqual([]);
      expect(await kindsOf(late)).toEqual([]);
      expect(await kindsOf(cancelled)).toEqual([NotificationKind.ShiftCancelled]);
    });

    it('a ballot: its roll is told when it opens, and those who have not voted before it closes', async () => {
      const roll = ['王秀英', '王建军', '李桂兰'];
      const households = await Promise.all(roll.map(homeOf));
      const ballotFor = async (title: string, extra: object = {}) => {
        const topic = (
          await call('李红梅', 'post', `/communities/${donghu}/topics`, {
            title,
            body: '楼道太暗，老人晚上上下楼不安全，建议加装声控灯。',
            scope: { householdIds: households },
          })
        ).body;
        const res = await call('李红梅', 'post', `/topics/${topic.id}/ballots`, {
          title: '是否同意加装声控灯',
          rule: BallotRule.Simple,
          optionsForm: BallotOptionsForm.YesNoAbstain,
          secret: false,
          allowChange: false,
          closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
          ...extra,
        });
        expect(res.status).toBe(201);
        return res.body;
      };
      const told = async (ballotId: string, kind: NotificationKind) =>
        (await repo().find({ where: { dedupeKey: `${kind}:${ballotId}` } })).map((n) => n.userId).sort();
      const ids = async (names: string[]) => (await Promise.all(names.map((n) => t.userIdOf(n)))).sort();
      const sweep = (now?: Date) => t.app.get(BallotNotices).sweep(now);

      const open = await ballotFor('楼道加装照明');
      const later = await ballotFor('楼道粉刷', {
        opensAt: new Date(Date.now() + 2 * DAY).toISOString(),
        closesAt: new Date(Date.now() + 9 * DAY).toISOString(),
      });
      const household = await ballotFor('单元门禁更换', { rule: BallotRule.Household });
      expect(await t.dataSource.getRepository(NotificationFanout).countBy({ sourceId: open.id })).toBe(2); // opened, closing soon
      expect(await told(open.id, NotificationKind.BallotOpened)).toEqual([]); // written by the sweep, not the request

      await sweep();
      await sweep(); // a second run (or instance) adds nothing
      expect(await told(open.id, NotificationKind.BallotOpened)).toEqual(await ids(roll));
      expect(await told(household.id, NotificationKind.BallotOpened)).toEqual(await ids(roll)); // each household's adult members
      expect(await told(later.id, NotificationKind.BallotOpened)).toEqual([]); // not open yet
      const notice = (await noticesOf('王秀英')).find((n) => n.dedupeKey === `ballot_opened:${open.id}`)!;
      expect(notice).toEqual(expect.objectContaining({ title: '投票开始', link: `/packages/deliberation/pages/ballot/index?id=${open.id}` }));
      expect(await kindsOf('李红梅')).not.toContain(NotificationKind.BallotOpened);

      await sweep(new Date(Date.now() + 2 * DAY + MIN));
      expect(await told(later.id, NotificationKind.BallotOpened)).toEqual(await ids(roll));

      const yes = open.options.find((o: { kind: string }) => o.kind === 'yes').id;
      expect((await call('王建军', 'post', `/ballots/${open.id}/votes`, { optionId: yes })).status).toBe(200);
      await sweep(new Date(Date.now() + 6 * DAY + MIN));
      await sweep(new Date(Date.now() + 6 * DAY + 2 * MIN));
      expect(await told(open.id, NotificationKind.BallotClosing)).toEqual(await ids(['王秀英', '李桂兰']));
      expect((await noticesOf('李桂兰')).find((n) => n.dedupeKey === `ballot_closing:${open.id}`)!.body).toMatch(/截止，您还没有投票$/);

      // A ballot closed early tells nobody it is closing.
      await t.dataSource.getRepository(Ballot).update({ id: later.id }, { status: 'closed' as never });
      await sweep(new Date(Date.now() + 8 * DAY + MIN));
      expect(await told(later.id, NotificationKind.BallotClosing)).toEqual([]);
    });
  });

  describe('the inbox', () => {
    it('pages newest first, counts unread, marks one or all read', async () => {
      const [me] = await people(1, Role.Resident);
      const rows = [];
      for (let i = 1; i <= 5; i++) rows.push(await notify(me, { title: `第${i}条` }));
      expect(await unread(me)).toBe(5);
      const first = await inbox(me, '?limit=2');
      expect(first.body.items.map((n: { title: string }) => n.title)).toEqual(['第5条', '第4条']);
      const second = await inbox(me, `?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((n: { title: string }) => n.title)).toEqual(['第3条', '第2条']);
      const third = await inbox(me, `?limit=2&cursor=${second.body.nextCursor}`);
      expect([third.body.items.map((n: { title: string }) => n.title), third.body.nextCursor]).toEqual([['第1条'], null]);

      const read = await call(me, 'post', `/me/notifications/${rows[1].id}/read`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(expect.objectContaining({ id: rows[1].id, readAt: expect.any(String) }));
      const again = await call(me, 'post', `/me/notifications/${rows[1].id}/read`);
      expect(again.body.readAt).toBe(read.body.readAt); // the first reading counts
      expect(await unread(me)).toBe(4);
      expect((await inbox(me, '?unreadOnly=true')).body.items.map((n: { title: string }) => n.title)).toEqual(['第5条', '第4条', '第3条', '第1条']);

      // "Read all" up to the newest the phone showed: one that arrived meanwhile stays unread.
      const upTo = await call(me, 'post', '/me/notifications/read-all', { upToId: rows[3].id });
      expect(upTo.body).toEqual({ marked: 3, unread: 1 });
      const all = await call(me, 'post', '/me/notifications/read-all');
      expect(all.body).toEqual({ marked: 1, unread: 0 });
      expect((await inbox(me, '?unreadOnly=true')).body.items).toEqual([]);
    });

    it("nobody reads, marks or even sees another person's notice", async () => {
      const [mine, other] = await people(2, Role.Resident);
      const notice = await notify(mine);
      expectError(await call(other, 'post', `/me/notifications/${notice.id}/read`), 404, 'NOTIFICATION_NOT_FOUND');
      expectError(await call('李红梅', 'post', `/me/notifications/${notice.id}/read`), 404, 'NOTIFICATION_NOT_FOUND'); // not even the secretary
      expectError(await call('幸福区管理员', 'post', `/me/notifications/${notice.id}/read`), 404, 'NOTIFICATION_NOT_FOUND');
      expect((await call(other, 'post', '/me/notifications/read-all')).body).toEqual({ marked: 0, unread: 0 });
      expect((await inbox(other)).body.items).toEqual([]);
      expect(await unread(other)).toBe(0);
      expect((await row(notice.id)).readAt).toBeNull();
      expectError(await call(other, 'post', '/me/notifications/not-an-id/read'), 404, 'NOTIFICATION_NOT_FOUND');
      expect((await t.http().get('/api/v1/me/notifications')).status).toBe(401);
      expect((await t.http().post(`/api/v1/me/notifications/${notice.id}/read`).send({})).status).toBe(401);
      expect(await unread(mine)).toBe(1);
    });

    it.each([
      ['a garbage cursor', 'get', '/me/notifications?cursor=garbage', undefined],
      ['a cursor that is not a position', 'get', `/me/notifications?cursor=${Buffer.from('1 OR 1=1').toString('base64url')}`, undefined],
      ['a page size of 0', 'get', '/me/notifications?limit=0', undefined],
      ['a page size over the maximum', 'get', '/me/notifications?limit=1000', undefined],
      ['an unknown flag value', 'get', '/me/notifications?unreadOnly=yes', undefined],
      ['an unknown query field', 'get', '/me/notifications?userId=someone-else', undefined],
      ['an unknown body field', 'post', '/me/notifications/read-all', { all: true }],
      ['an upToId that is not an id', 'post', '/me/notifications/read-all', { upToId: "' OR 1=1" }],
    ] as const)('refuses %s', async (_case, method, path, body) => {
      const [me] = await people(1, Role.Resident);
      const notice = await notify(me);
      expectError(await call(me, method, path, body), 400, 'VALIDATION_FAILED');
      expect((await row(notice.id)).readAt).toBeNull();
    });
  });

  describe('pushes through WeChat', () => {
    /** Settles whatever earlier tests left pending, so each test sees only its own pushes. */
    beforeEach(async () => {
      fake.down = false;
      await dispatch();
    });

    it('skips people without an openid and kinds without a template; the inbox keeps them all', async () => {
      const [withOpenid, without] = await people(2, Role.Resident);
      await setOpenid(withOpenid, 'o-kinds');
      const pushed = await notify(withOpenid, { link: '/packages/wishes/pages/detail/index?id=w1' });
      const noTemplate = await notify(withOpenid, { kind: NotificationKind.WishRejected, title: '心愿未通过审核' });
      const noOpenid = await notify(without);
      const tally = await dispatch();
      expect(tally).toEqual(expect.objectContaining({ sent: 1, skipped: 2 }));
      expect(mailbox.to('o-kinds')).toEqual([expect.objectContaining({ template_id: 'tmpl-wish_claimed', page: 'packages/wishes/pages/detail/index?id=w1' })]);
      expect(mailbox.to('o-kinds')[0].data.thing2.value).toBe('心愿「想要一台收音机」已被认领，认领人…');
      expect((await row(noTemplate.id)).pushStatus).toBe(PushStatus.Skipped);
      expect((await row(noOpenid.id)).pushStatus).toBe(PushStatus.Skipped);
      expect((await row(pushed.id)).pushStatus).toBe(PushStatus.Sent);
      expect((await inbox(withOpenid)).body.items).toHaveLength(2);
      await dispatch();
      expect(mailbox.to('o-kinds')).toHaveLength(1);
    });

    it('retries after WeChat was down, with backoff, and then sends once', async () => {
      const [me] = await people(1, Role.Resident);
      await setOpenid(me, 'o-retry');
      const notice = await notify(me);
      const t0 = new Date();
      fake.down = true;
      expect(await dispatch(t0)).toEqual(expect.objectContaining({ retrying: 1 }));
      expect(await row(notice.id)).toEqual(
        expect.objectContaining({
          pushStatus: PushStatus.Pending,
          attempts: 1,
          lastErrcode: null,
          nextAttemptAt: new Date(t0.getTime() + MIN),
          leaseToken: null,
        }),
      );
      fake.down = false;
      const requests = fake.log.length;
      await dispatch(new Date(t0.getTime() + 30_000)); // not due yet: WeChat is not asked
      expect(fake.log.length).toBe(requests);
      await dispatch(new Date(t0.getTime() + MIN));
      expect(await row(notice.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Sent, attempts: 2 }));
      await dispatch(new Date(t0.getTime() + HOUR));
      expect(mailbox.to('o-retry')).toHaveLength(1);
    });

    it('renews a stale access token and sends once', async () => {
      const [me] = await people(1, Role.Resident);
      await setOpenid(me, 'o-stale');
      const notice = await notify(me);
      fake.expireTokens();
      await dispatch();
      const tries = fake.received(SUBSCRIBE_SEND).filter((r) => r.body?.touser === 'o-stale');
      expect(tries).toHaveLength(2); // refused with 42001, then accepted with the renewed token
      expect(mailbox.to('o-stale')).toHaveLength(1);
      expect(await row(notice.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Sent, attempts: 1 }));
    });

    it('a declined subscription (43101) is skipped and never retried; a bad openid fails at once; system busy is retried', async () => {
      const [refused, bad, busy] = await people(3, Role.Resident);
      await setOpenid(refused, 'refused-1');
      await setOpenid(bad, 'bad-1');
      await setOpenid(busy, 'o-busy');
      const [r, b] = [await notify(refused), await notify(bad)];
      await dispatch();
      expect(await row(r.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Skipped, attempts: 1, lastErrcode: 43101, nextAttemptAt: null }));
      expect(await row(b.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Failed, attempts: 1, lastErrcode: 40003, nextAttemptAt: null }));
      const asked = fake.received(SUBSCRIBE_SEND).length;
      await dispatch(new Date(Date.now() + DAY));
      expect(fake.received(SUBSCRIBE_SEND).length).toBe(asked);

      mailbox.failNext(-1);
      const y = await notify(busy);
      await dispatch();
      expect(await row(y.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Pending, attempts: 1, lastErrcode: -1 }));
      await dispatch(new Date(Date.now() + 2 * MIN));
      expect(await row(y.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Sent, attempts: 2 }));
      expect(mailbox.to('o-busy')).toHaveLength(1);
    });

    it('gives up after five tries and keeps the notice in the inbox', async () => {
      const [me] = await people(1, Role.Resident);
      await setOpenid(me, 'o-down');
      const notice = await notify(me);
      const t0 = Date.now();
      fake.down = true;
      try {
        for (let i = 0; i < 5; i++) await dispatch(new Date(t0 + i * 2 * HOUR));
        expect(await row(notice.id)).toEqual(expect.objectContaining({ pushStatus: PushStatus.Failed, attempts: 5, nextAttemptAt: null }));
        const requests = fake.log.length;
        await dispatch(new Date(t0 + DAY));
        expect(fake.log.length).toBe(requests);
      } finally {
        fake.down = false;
      }
      expect((await inbox(me)).body.items.map((n: { id: string }) => n.id)).toEqual([notice.id]);
    });

    it('six events for one person in a day become one digest push; all six stay in the inbox', async () => {
      const inboxBefore = (await inbox('王秀英', '?limit=100')).body.items.length;
      const titles = ['想要一把轮椅', '想要一个暖水袋', '想要一双棉鞋', '想要一个台灯', '想要一本字典', '想要一盆绿萝'];
      for (const title of titles) {
        const wishId = await postWish('王秀英', title);
        expect((await call('李红梅', 'post', `/wishes/${wishId}/approval`, {})).status).toBe(200);
      }
      await setOpenid('王秀英', 'o-digest');
      const tally = await dispatch();
      expect(tally).toEqual(expect.objectContaining({ digested: 6, sent: 1 }));
      expect(mailbox.to('o-digest')).toEqual([
        expect.objectContaining({
          template_id: 'tmpl-digest',
          page: 'pages/me/index',
          data: expect.objectContaining({ thing1: { value: '消息汇总' }, thing2: { value: '您有 6 条新消息，请到「我的消息」查看' } }),
        }),
      ]);
      const items = (await inbox('王秀英', '?limit=100')).body.items;
      expect(items).toHaveLength(inboxBefore + 6); // the digest itself is not an inbox line
      expect(
        items
          .slice(0, 6)
          .map((n: { body: string }) => n.body.match(/「(.+)」/)![1])
          .reverse(),
      ).toEqual(titles);
      const folded = await repo().find({ where: { userId: await t.userIdOf('王秀英'), kind: NotificationKind.WishApproved, pushStatus: PushStatus.Digested } });
      expect(folded).toHaveLength(6);

      // The rest of the day waits in the inbox: no second digest, no single push.
      const seventh = await notify('王秀英');
      await dispatch();
      expect(mailbox.to('o-digest')).toHaveLength(1);
      expect((await row(seventh.id)).pushStatus).toBe(PushStatus.Digested);
    });

    it('three pushes a day go one by one; the fourth starts the digest', async () => {
      const [me] = await people(1, Role.Resident);
      await setOpenid(me, 'o-four');
      for (let i = 0; i < 3; i++) {
        await notify(me);
        await dispatch();
      }
      expect(mailbox.to('o-four').map((m) => m.template_id)).toEqual(Array(3).fill('tmpl-wish_claimed'));
      await notify(me);
      await dispatch();
      expect(mailbox.to('o-four').map((m) => m.template_id)).toEqual([...Array(3).fill('tmpl-wish_claimed'), 'tmpl-digest']);
      expect(mailbox.to('o-four')[3].data.thing2.value).toBe('您有 1 条新消息，请到「我的消息」查看');
    });

    it('two dispatchers running at once send every push once', async () => {
      const members = await people(5, Role.Resident);
      for (const [i, m] of members.entries()) {
        await setOpenid(m, `o-race-${i}`);
        await notify(m);
      }
      await Promise.all([dispatch(), dispatch(), dispatch()]);
      for (let i = 0; i < members.length; i++) expect(mailbox.to(`o-race-${i}`)).toHaveLength(1);
    });
  });

  it('tells the mini-program, before anyone signs in, which templates to ask for at each moment', async () => {
    const res = await t.http().get('/api/v1/notifications/subscriptions');
    expect(res.status).toBe(200);
    const byMoment = Object.fromEntries((res.body.offers as { moment: string; templateIds: string[] }[]).map((o) => [o.moment, o.templateIds]));
    expect(byMoment).toEqual({
      // wish_rejected has no template here, and WeChat takes three ids a time: the first three that exist.
      wish_posted: ['tmpl-wish_approved', 'tmpl-wish_claimed', 'tmpl-wish_delivered'],
      wish_claimed: ['tmpl-wish_fulfilled', 'tmpl-wish_claim_overdue'],
      shift_claimed: ['tmpl-shift_reminder', 'tmpl-shift_promoted', 'tmpl-shift_cancelled'],
      registered: ['tmpl-registration_approved', 'tmpl-registration_rejected'],
      voted: ['tmpl-ballot_opened', 'tmpl-ballot_closing'],
    });
  });

  it('refuses a malformed template configuration at boot, naming it', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ WECHAT_TEMPLATE_IDS: JSON.stringify(TEMPLATES), WECHAT_MINIPROGRAM_STATE: 'developer' })).toEqual([]);
    expect(problems({ WECHAT_TEMPLATE_IDS: '{"wish_aproved":"t1"}' })).toEqual([expect.stringMatching(/^WECHAT_TEMPLATE_IDS: unknown kind "wish_aproved"/)]);
    expect(problems({ WECHAT_TEMPLATE_IDS: '{"wish_approved":{"id":"t1","time":"thing3"}}' })).toEqual([
      expect.stringMatching(/^WECHAT_TEMPLATE_IDS: wish_approved: time must name a time or date field/),
    ]);
    expect(problems({ WECHAT_MINIPROGRAM_STATE: 'beta' })).toEqual([expect.stringMatching(/^WECHAT_MINIPROGRAM_STATE:/)]);
  });
});
