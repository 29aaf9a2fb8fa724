import {
  addDaysToDate,
  NotificationKind,
  QueueKind,
  RegistrationStatus,
  SensitiveKind,
  shanghaiDateOf,
  shanghaiMonthOf,
  ShiftClaimStatus,
  TopicStatus,
  WishCategory,
  WishStatus,
} from '@linli/shared';
import { Topic } from '../../server/src/deliberation/topic.entity';
import { Notification } from '../../server/src/notifications/notification.entity';
import { QueueNotices } from '../../server/src/workbench/queue-notices';
import { Place } from '../../server/src/places/place.entity';
import { MemberRegistration } from '../../server/src/reporting/member-registration.entity';
import { UnitRegistration } from '../../server/src/reporting/unit-registration.entity';
import { ShiftClaim } from '../../server/src/posts/shift-claim.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { WishDeadlinesService } from '../../server/src/wishes/wish-deadlines.service';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;

describeApi('secretary workbench: queue, dashboard, audit', () => {
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;
  let dongfeng: string;
  const today = shanghaiDateOf(new Date());
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const get = async (name: string, path: string) =>
    t
      .http()
      .get(`/api/v1${path}`)
      .set(await as(name));
  const homeOf = async (name: string) => (await get(name, '/me')).body.households[0].householdId as string;
  const postWish = async (name: string, title: string) =>
    (
      await t
        .http()
        .post('/api/v1/wishes')
        .set(await as(name))
        .send({
          householdId: await homeOf(name),
          title,
          story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
          category: WishCategory.Goods,
          valueFen: 20_000,
          wantedBy: addDaysToDate(today, 20),
          sensitiveConsents: [SensitiveKind.Health], // some titles name a wheelchair or a hearing aid
        })
        .expect(201)
    ).body.id as string;
  const counts = async (community = donghu, name = '李红梅') => (await get(name, `/communities/${community}/queue/counts`)).body;
  const approve = async (items: object[], name = '李红梅', community = donghu, status = 200) => {
    const res = await t
      .http()
      .post(`/api/v1/communities/${community}/queue/approvals`)
      .set(await as(name))
      .send({ items });
    expect(res.status).toBe(status);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const places = t.dataSource.getRepository(Place);
    donghu = (await places.findOneByOrFail({ name: '东湖社区' })).id;
    liuyuan = (await places.findOneByOrFail({ name: '柳园社区' })).id;
    dongfeng = (await places.findOneByOrFail({ name: '东风街道' })).id;
  });
  afterAll(async () => t?.close());

  it('lists every kind of waiting work oldest first, pages through it, and counts it per kind', async () => {
    const before = await counts();
    expect(before.byKind).toEqual(expect.objectContaining({ wish_review: expect.any(Number), unit_registration: 1, topic_review: 1 }));
    const wishId = await postWish('王秀英', '想请人帮忙修一下漏水的水龙头');
    const after = await counts();
    expect(after.byKind.wish_review).toBe(before.byKind.wish_review + 1);
    expect(after.total).toBe(before.total + 1);

    const seen: { kind: string; id: string; waitingSince: string; bulkApprovable: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const res = await get('李红梅', `/communities/${donghu}/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(after.total);
    expect(new Set(seen.map((i) => i.id)).size).toBe(after.total);
    expect(new Set(seen.map((i) => i.kind))).toEqual(
      new Set(
        Object.entries(after.byKind)
          .filter(([, n]) => (n as number) > 0)
          .map(([k]) => k),
      ),
    );
    // Oldest first across the kinds: the wish posted just now comes last.
    expect(seen[seen.length - 1]).toEqual(
      expect.objectContaining({ kind: QueueKind.WishReview, id: wishId, title: '想请人帮忙修一下漏水的水龙头', bulkApprovable: true }),
    );
    const topic = seen.find((i) => i.kind === QueueKind.TopicReview)!;
    expect(topic.bulkApprovable).toBe(false);

    // A wish residents report joins the queue as reported content, once however many report it.
    await approve([{ kind: QueueKind.WishReview, id: wishId }]);
    for (const name of ['王建军', '李桂兰']) {
      expect(
        (
          await t
            .http()
            .post(`/api/v1/wishes/${wishId}/reports`)
            .set(await as(name))
            .send({ reason: '内容不实' })
        ).status,
      ).toBeLessThan(300);
    }
    const reported = await counts();
    expect(reported.byKind.content_report).toBe(after.byKind.content_report + 1);
    const reportItems = (await get('李红梅', `/communities/${donghu}/queue?kind=${QueueKind.ContentReport}`)).body.items;
    expect(reportItems).toEqual([expect.objectContaining({ title: '心愿：想请人帮忙修一下漏水的水龙头', detail: '被举报 2 次', bulkApprovable: false })]);

    // A reported comment is handled on its topic's page: the item names the topic it belongs to.
    const discussing = await t.dataSource.getRepository(Topic).findOneByOrFail({ communityId: donghu, status: TopicStatus.Discussing });
    const comment = await t
      .http()
      .post(`/api/v1/topics/${discussing.id}/comments`)
      .set(await as('王建军'))
      .send({ body: '充电棚建议放在东门内侧。' });
    expect(comment.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/topic-comments/${comment.body.id}/reports`)
          .set(await as('王秀英'))
          .send({})
      ).status,
    ).toBeLessThan(300);
    const commentItems = (await get('李红梅', `/communities/${donghu}/queue?kind=${QueueKind.CommentReport}`)).body.items;
    expect(commentItems).toEqual([expect.objectContaining({ id: comment.body.id, parentId: discussing.id, bulkApprovable: false })]);
    expect(reportItems[0].parentId).toBeNull();

    const onlyTopics = await get('李红梅', `/communities/${donghu}/queue?kind=${QueueKind.TopicReview}`);
    expect(onlyTopics.body.items.map((i: { kind: string }) => i.kind)).toEqual([QueueKind.TopicReview]);
  });

  it('approves what is safe in bulk, each on its own; the rest fail alone and a retry changes nothing', async () => {
    const wishId = await postWish('李桂兰', '想要一个能看清楚字的台灯');
    const foreignWish = await postWish('马丽娟', '想请人帮忙换一个灯泡');
    const unitRegistration = (await t.dataSource.getRepository(UnitRegistration).findOneByOrFail({ communityId: donghu, status: RegistrationStatus.Pending }))
      .id;
    const topic = (await t.dataSource.getRepository(Topic).findOneByOrFail({ communityId: donghu, status: TopicStatus.Proposed })).id;
    const before = await counts();
    const items = [
      { kind: QueueKind.WishReview, id: wishId },
      { kind: QueueKind.UnitRegistration, id: unitRegistration },
      { kind: QueueKind.TopicReview, id: topic },
      { kind: QueueKind.WishReview, id: foreignWish },
      { kind: QueueKind.MemberRegistration, id: 'no-such-registration' },
    ];
    const res = await approve(items);
    expect(res.body).toEqual(expect.objectContaining({ approved: 2, failed: 3 }));
    expect(res.body.results.map((r: { ok: boolean; code: string | null }) => [r.ok, r.code])).toEqual([
      [true, null],
      [true, null],
      [false, 'QUEUE_KIND_NOT_BULK'],
      [false, 'QUEUE_ITEM_NOT_WAITING'],
      [false, 'QUEUE_ITEM_NOT_WAITING'],
    ]);
    const wishes = t.dataSource.getRepository(Wish);
    expect((await wishes.findOneByOrFail({ id: wishId })).status).toBe(WishStatus.Open);
    expect((await wishes.findOneByOrFail({ id: foreignWish })).status).toBe(WishStatus.PendingReview);
    expect((await t.dataSource.getRepository(UnitRegistration).findOneByOrFail({ id: unitRegistration })).status).toBe(RegistrationStatus.Approved);
    expect((await t.dataSource.getRepository(Topic).findOneByOrFail({ id: topic })).status).toBe(TopicStatus.Proposed);
    const after = await counts();
    expect(after.byKind.wish_review).toBe(before.byKind.wish_review - 1);
    expect(after.byKind.unit_registration).toBe(before.byKind.unit_registration - 1);

    const retry = await approve(items.slice(0, 2));
    expect(retry.body).toEqual(expect.objectContaining({ approved: 0, failed: 2 }));
    expect(await counts()).toEqual(after);
  });

  it('tells the approvers when new items wait: one notice a day, in the inbox and its unread count, to nobody else', async () => {
    const notices = t.app.get(QueueNotices);
    const inbox = t.dataSource.getRepository(Notification);
    const li = await t.userIdOf('李红梅');
    const told = () => inbox.find({ where: { userId: li, kind: NotificationKind.QueueWaiting, communityId: donghu }, order: { createdAt: 'ASC', id: 'ASC' } });
    const unread = async () => (await get('李红梅', '/me/notifications/unread-count')).body.unread as number;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1100)); // past the second SQLite stamps
    const unreadBefore = await unread();
    await Promise.all([notices.sweep(), notices.sweep()]); // two instances at once
    await notices.sweep();
    expect(await told()).toHaveLength(1);
    expect((await told())[0]).toEqual(
      expect.objectContaining({
        title: '有新的待审核事项',
        body: `东湖社区有 ${(await counts()).total} 项事项等待审核，请到「待办」处理`,
        link: '/packages/workbench/pages/queue/index',
      }),
    );
    expect(await unread()).toBe(unreadBefore + 1);
    for (const bystander of ['王建军', '王秀英', '孙丽']) {
      expect(await inbox.countBy({ userId: await t.userIdOf(bystander), kind: NotificationKind.QueueWaiting })).toBe(0);
    }
    // More arrives the same day: still the one notice.
    await pause();
    await postWish('王秀英', '想请人帮忙贴一副春联');
    await notices.sweep();
    expect(await told()).toHaveLength(1);
    // The next day that new item is told once; the day after, with nothing new since, nothing is.
    await pause();
    await notices.sweep(new Date(Date.now() + DAY));
    await notices.sweep(new Date(Date.now() + DAY));
    expect(await told()).toHaveLength(2);
    await notices.sweep(new Date(Date.now() + 2 * DAY));
    expect(await told()).toHaveLength(2);
  });

  it('lets only the community secretary (or the admin) see and work the queue', async () => {
    for (const name of ['陈志刚', '王秀英', '王建军', '周振华', '胡斌']) {
      expect((await get(name, `/communities/${donghu}/queue`)).status).toBe(403);
      expect((await get(name, `/communities/${donghu}/queue/counts`)).status).toBe(403);
    }
    const wishId = await postWish('王秀英', '想请人帮忙贴一下春联');
    const foreign = await approve([{ kind: QueueKind.WishReview, id: wishId }], '陈志刚', donghu, 403);
    expect(foreign.body.code).toBe('ACCESS_DENIED');
    const viaOwnCommunity = await approve([{ kind: QueueKind.WishReview, id: wishId }], '陈志刚', liuyuan);
    expect(viaOwnCommunity.body.results[0].code).toBe('QUEUE_ITEM_NOT_WAITING');
    expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).status).toBe(WishStatus.PendingReview);
    expect((await get('幸福区管理员', `/communities/${donghu}/queue/counts`)).status).toBe(200);
    // A grid worker of the community reads only what waits for them (待代确认), and approves nothing.
    const gridWorker = await get('孙丽', `/communities/${donghu}/queue`);
    expect(gridWorker.status).toBe(200);
    expect(gridWorker.body.items.every((i: { kind: string }) => i.kind === QueueKind.WishConfirm)).toBe(true);
    expect((await get('孙丽', `/communities/${donghu}/queue?kind=${QueueKind.WishReview}`)).body.items).toEqual([]);
    const gridCounts = (await get('孙丽', `/communities/${donghu}/queue/counts`)).body;
    expect(gridCounts.total).toBe(gridCounts.byKind.wish_confirm);
    expect((await counts()).byKind.wish_review).toBeGreaterThan(0);
    expect(gridCounts.byKind.wish_review).toBe(0);
    expect((await approve([{ kind: QueueKind.WishReview, id: wishId }], '孙丽', donghu, 403)).body.code).toBe('ACCESS_DENIED');
    expect((await get('孙丽', `/communities/${liuyuan}/queue`)).status).toBe(403);
  });

  it('a fulfilment nobody confirmed in time waits as 待代确认 for the grid worker and the secretary, who confirm it for the resident', async () => {
    const wishId = await postWish('王秀英', '想请人帮忙买一袋米');
    await approve([{ kind: QueueKind.WishReview, id: wishId }]);
    const send = async (name: string, path: string, body: object) =>
      t
        .http()
        .post(`/api/v1${path}`)
        .set(await as(name))
        .send(body);
    expect((await send('王建军', `/wishes/${wishId}/claims`, {})).status).toBe(201);
    expect((await send('王建军', `/wishes/${wishId}/fulfilment`, { note: '米已经送到家里了' })).status).toBe(200);
    const waiting = async (name: string) =>
      (await get(name, `/communities/${donghu}/queue?kind=${QueueKind.WishConfirm}&limit=100`)).body.items.filter((i: { id: string }) => i.id === wishId);
    expect(await waiting('李红梅')).toEqual([]);
    const fulfilledAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).fulfilledAt!;
    await t.app.get(WishDeadlinesService).sweep(new Date(fulfilledAt.getTime() + 8 * DAY));
    const escalatedAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).escalatedAt!;
    for (const name of ['李红梅', '孙丽']) {
      expect(await waiting(name)).toEqual([
        expect.objectContaining({ kind: QueueKind.WishConfirm, title: '想请人帮忙买一袋米', waitingSince: escalatedAt.toISOString(), bulkApprovable: false }),
      ]);
      expect((await get(name, `/communities/${donghu}/queue/counts`)).body.byKind.wish_confirm).toBeGreaterThanOrEqual(1);
    }
    // 待代确认 items need a look each: never bulk-approved.
    const bulk = await approve([{ kind: QueueKind.WishConfirm, id: wishId }]);
    expect(bulk.body.results[0].code).toBe('QUEUE_KIND_NOT_BULK');
    expect((await send('李红梅', `/wishes/${wishId}/confirmation`, { thanks: '已电话核实，老人收到了' })).status).toBe(200);
    expect(await waiting('李红梅')).toEqual([]);
    expect(await waiting('孙丽')).toEqual([]);
  });

  it('refuses bad bulk bodies and queue queries with 400', async () => {
    const bad = [
      [],
      Array.from({ length: 51 }, (_, i) => ({ kind: QueueKind.WishReview, id: `w${i}` })),
      [{ kind: 'coffee', id: 'x' }],
      [{ kind: QueueKind.WishReview }],
      [{ kind: QueueKind.WishReview, id: 'x', note: 'extra' }],
    ];
    for (const items of bad) await approve(items, '李红梅', donghu, 400);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/communities/${donghu}/queue/approvals`)
          .set(await as('李红梅'))
          .send({ items: [], extra: 1 })
      ).status,
    ).toBe(400);
    expect((await get('李红梅', `/communities/${donghu}/queue?kind=coffee`)).status).toBe(400);
    expect((await get('李红梅', `/communities/${donghu}/queue?cursor=%%%`)).status).toBe(400);
  });

  it('shows a community its figures with 12 months of series, and a street each of its communities', async () => {
    const community = (await get('李红梅', `/places/${donghu}/dashboard`)).body;
    const members = await t.dataSource.getRepository(MemberRegistration).countBy({ communityId: donghu, status: RegistrationStatus.Approved });
    expect(community).toEqual(expect.objectContaining({ placeName: '东湖社区', level: 'community', members, communities: [] }));
    expect(community.months).toHaveLength(12);
    expect(community.months[11]).toBe(shanghaiMonthOf(new Date()));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(community.series.wishesPosted)).toBe(community.wishes.posted);
    expect(sum(community.series.wishesFulfilled)).toBe(community.wishes.fulfilled);
    expect(community.wishes.posted).toBeGreaterThanOrEqual(3);
    // The demo has a year behind it: wishes posted and fulfilled across the months, not one spike in this one.
    expect(community.series.wishesPosted.filter((n: number) => n > 0).length).toBeGreaterThanOrEqual(10);
    expect(community.series.wishesFulfilled.filter((n: number) => n > 0).length).toBeGreaterThanOrEqual(6);
    if (community.wishes.fulfilled > 0) expect(community.wishes.medianDaysToFulfil).toEqual(expect.any(Number));
    expect(community.ballots.closed).toBeGreaterThanOrEqual(1);
    expect(community.ballots.turnout).toBeGreaterThan(0);
    expect(community.ballots.turnout).toBeLessThanOrEqual(1);

    const street = (await get('周振华', `/places/${dongfeng}/dashboard`)).body;
    expect(street.communities.map((c: { name: string }) => c.name).sort()).toEqual(['东湖社区', '柳园社区']);
    expect(street.members).toBe(sum(street.communities.map((c: { members: number }) => c.members)));
    expect(street.wishes.posted).toBe(sum(street.communities.map((c: { wishesPosted: number }) => c.wishesPosted)));
    expect(street.communities.find((c: { name: string }) => c.name === '东湖社区').members).toBe(members);
    // The street officer may open any community of the street.
    expect((await get('周振华', `/places/${donghu}/dashboard`)).status).toBe(200);
  });

  it('keeps each dashboard to those who watch that place', async () => {
    expect((await get('李红梅', `/places/${dongfeng}/dashboard`)).status).toBe(403);
    expect((await get('陈志刚', `/places/${donghu}/dashboard`)).status).toBe(403);
    expect((await get('吴丽', `/places/${dongfeng}/dashboard`)).status).toBe(403);
    expect((await get('吴丽', `/places/${donghu}/dashboard`)).status).toBe(403);
    expect((await get('王秀英', `/places/${donghu}/dashboard`)).status).toBe(403);
    expect((await get('王建军', `/places/${donghu}/dashboard`)).status).toBe(403);
    const building = await t.dataSource.getRepository(Place).findOneByOrFail({ level: 'building' as never });
    expect((await get('幸福区管理员', `/places/${building.id}/dashboard`)).body.code).toBe('DASHBOARD_PLACE_LEVEL');
  });

  it('shows the audit log of a place by person, action and day, newest first, and nothing of other places', async () => {
    const wishId = await postWish('王秀英', '想找人陪着去一趟医院复查');
    await approve([{ kind: QueueKind.WishReview, id: wishId }]);
    const secretaryId = await t.userIdOf('李红梅');
    const log = (await get('李红梅', `/places/${donghu}/audit?action=wish&from=${today}&to=${today}`)).body.items;
    const entry = log.find((e: { targetId: string; action: string }) => e.targetId === wishId && e.action === 'wish.approve');
    expect(entry).toEqual(expect.objectContaining({ actorId: secretaryId, actorName: '李红梅', actionLabel: '审核通过心愿', placeName: '东湖社区' }));
    // What was acted on, in words: the wish by its title.
    expect(entry.targetLabel).toBe('「想找人陪着去一趟医院复查」');
    expect(log.every((e: { action: string }) => e.action.startsWith('wish.'))).toBe(true);
    for (let i = 1; i < log.length; i++) expect(log[i].at <= log[i - 1].at).toBe(true);

    const byPerson = (await get('李红梅', `/places/${donghu}/audit?actorId=${secretaryId}`)).body.items;
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e: { actorId: string }) => e.actorId === secretaryId)).toBe(true);
    const yesterday = addDaysToDate(today, -1);
    const before = (await get('李红梅', `/places/${donghu}/audit?from=${yesterday}&to=${yesterday}&action=wish.approve`)).body.items;
    expect(before.find((e: { targetId: string }) => e.targetId === wishId)).toBeUndefined();

    const foreignWish = await postWish('马丽娟', '想请人帮忙搬一下旧衣柜');
    await approve([{ kind: QueueKind.WishReview, id: foreignWish }], '陈志刚', liuyuan);
    const donghuLog = (await get('李红梅', `/places/${donghu}/audit?action=wish.approve`)).body.items;
    expect(donghuLog.find((e: { targetId: string }) => e.targetId === foreignWish)).toBeUndefined();
    const streetLog = (await get('周振华', `/places/${dongfeng}/audit?action=wish.approve`)).body.items;
    expect(streetLog.map((e: { targetId: string }) => e.targetId)).toEqual(expect.arrayContaining([wishId, foreignWish]));

    expect((await get('陈志刚', `/places/${donghu}/audit`)).status).toBe(403);
    expect((await get('王建军', `/places/${donghu}/audit`)).status).toBe(403);
    expect((await get('李红梅', `/places/${dongfeng}/audit`)).status).toBe(403);
    expect((await get('吴丽', `/places/${dongfeng}/audit`)).status).toBe(403);
    expect((await get('李红梅', `/places/${donghu}/audit?from=${today}&to=${yesterday}`)).body.code).toBe('AUDIT_RANGE_INVALID');
    expect((await get('李红梅', `/places/${donghu}/audit?from=2026-02-30`)).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'from', rule: 'isCalendarDay' }],
    });
    expect((await get('李红梅', `/places/${donghu}/audit?action=DROP%20TABLE`)).status).toBe(400);
  });

  // Last: it moves rows' waiting times into the past, which the dashboard's monthly figures would see.
  it('lists the queue by how long each item has waited, across kinds, and pages it without skipping or repeating', async () => {
    // Rows whose id order is the opposite of their waiting order: posted now (the newest ids), waiting long.
    const [a, b, c] = [
      await postWish('李桂兰', '想请人帮忙修一下自行车'),
      await postWish('李桂兰', '想要一个收音机'),
      await postWish('李桂兰', '想请人读报纸'),
    ];
    const topic = await t.dataSource.getRepository(Topic).findOneByOrFail({ communityId: donghu, status: TopicStatus.Proposed });
    const t0 = Date.now() - 200 * DAY;
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const wishes = t.dataSource.getRepository(Wish);
    await wishes.update({ id: b }, { createdAt: at(0) });
    await wishes.update({ id: a }, { createdAt: at(2) });
    await wishes.update({ id: c }, { createdAt: at(2) }); // a tie with a: by id, a first
    await t.dataSource.getRepository(Topic).update({ id: topic.id }, { createdAt: at(1) });
    // Hours wait from the check-out: one checked out long ago, though its claim is older than all of these.
    const claim = await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ communityId: donghu, status: ShiftClaimStatus.Confirmed });
    await t.dataSource
      .getRepository(ShiftClaim)
      .update({ id: claim.id }, { status: ShiftClaimStatus.CheckedOut, checkedInAt: at(3 - 3600), checkedOutAt: at(3) });

    const all = (await get('李红梅', `/communities/${donghu}/queue?limit=100`)).body;
    expect(all.nextCursor).toBeNull();
    expect(all.items.slice(0, 5).map((i: { id: string }) => i.id)).toEqual([b, topic.id, a, c, claim.id]);
    expect(all.items).toHaveLength((await counts()).total);
    for (let i = 1; i < all.items.length; i++) {
      const [prev, next] = [all.items[i - 1], all.items[i]];
      expect(prev.waitingSince < next.waitingSince || (prev.waitingSince === next.waitingSince && prev.id < next.id)).toBe(true);
    }
    for (const limit of [1, 2, 3]) {
      const paged: { id: string }[] = [];
      let cursor: string | null = null;
      do {
        const res = await get('李红梅', `/communities/${donghu}/queue?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        paged.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect([limit, paged.map((i) => i.id)]).toEqual([limit, all.items.map((i: { id: string }) => i.id)]);
    }
  });
});
