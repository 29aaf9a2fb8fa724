import { periodKey, periodKeysOf, PointsPeriod, PointsSource, RegistrationStatus } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { TransactionRunner } from '../../server/src/database/transaction-runner';
import { Place } from '../../server/src/places/place.entity';
import { PointsDailyTotal } from '../../server/src/points/points-daily-total.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { PointsLedger } from '../../server/src/points/points-ledger.service';
import { PointsUnitBalance } from '../../server/src/points/points-unit-balance.entity';
import { MemberRegistration } from '../../server/src/reporting/member-registration.entity';
import { WorkUnit } from '../../server/src/reporting/work-unit.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('points rules, daily cap, history and rankings', () => {
  let t: TestApp;
  let donghu: string;
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const rulesPath = () => `/api/v1/communities/${donghu}/points/rules`;
  const putRules = async (name: string, body: object) =>
    t
      .http()
      .put(rulesPath())
      .set(await as(name))
      .send(body);
  /** Credits as the jobs do (wish confirmed, hours confirmed, topic accepted): through the ledger, in a transaction. */
  const earn = (userId: string, amount: number, sourceType: string, sourceId: string) =>
    t.app
      .get(TransactionRunner)
      .run((manager) =>
        t.app.get(PointsLedger).credit(manager, { userId, communityId: donghu, amount, reason: `测试：${sourceId}`, sourceType, sourceId, createdBy: null }),
      );

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
  });
  afterAll(async () => t?.close());

  it('shows the defaults, lets the secretary set the rules with an audit line, and everyone in the community read them', async () => {
    const defaults = (
      await t
        .http()
        .get(rulesPath())
        .set(await as('王秀英'))
        .expect(200)
    ).body;
    expect(defaults).toEqual(expect.objectContaining({ pointsPerHour: 10, dailyCap: null, pointsPerWish: expect.any(Number), updatedAt: null }));
    const set = (await putRules('李红梅', { pointsPerHour: 12, dailyCap: 20 })).body;
    expect(set).toEqual(expect.objectContaining({ pointsPerHour: 12, dailyCap: 20, updatedByName: '李红梅' }));
    expect(
      (
        await t
          .http()
          .get(rulesPath())
          .set(await as('王建军'))
          .expect(200)
      ).body.dailyCap,
    ).toBe(20);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'points.rules.update', targetId: donghu })).toBe(1);
  });

  it('refuses bad rules and outsiders, changing nothing', async () => {
    for (const body of [
      { pointsPerHour: 12, dailyCap: 0 },
      { pointsPerHour: 101, dailyCap: 20 },
      { pointsPerHour: 12 },
      { pointsPerHour: 12, dailyCap: 'x' },
      { pointsPerHour: 1.5, dailyCap: 20 },
      { pointsPerHour: 12, dailyCap: 20, extra: 1 },
    ]) {
      const res = await putRules('李红梅', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    for (const name of ['陈志刚', '王建军', '王秀英', '周振华']) expect((await putRules(name, { pointsPerHour: 1, dailyCap: 1 })).status).toBe(403);
    expect(
      (
        await t
          .http()
          .get(rulesPath())
          .set(await as('马丽娟'))
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .get(rulesPath())
          .set(await as('李红梅'))
          .expect(200)
      ).body,
    ).toEqual(expect.objectContaining({ pointsPerHour: 12, dailyCap: 20 }));
  });

  it('cuts earned credits to the daily cap, never manual awards, and a retried credit neither earns nor uses the cap twice', async () => {
    await putRules('李红梅', { pointsPerHour: 12, dailyCap: 20 });
    const member = await t.userIdOf('刘洋');
    const shift = await earn(member, 15, PointsSource.Shift, 'cap-shift-1');
    expect(shift.entry).toEqual(expect.objectContaining({ amount: 15, cappedFrom: null }));
    const wish = await earn(member, 10, PointsSource.Wish, 'cap-wish-1');
    expect(wish.entry).toEqual(expect.objectContaining({ amount: 5, cappedFrom: 10 }));
    const again = await earn(member, 10, PointsSource.Wish, 'cap-wish-1');
    expect(again).toEqual({ entry: expect.objectContaining({ id: wish.entry.id, amount: 5 }), created: false });
    const topic = await earn(member, 8, PointsSource.Topic, 'cap-topic-1');
    expect(topic.entry).toEqual(expect.objectContaining({ amount: 0, cappedFrom: 8 }));
    const award = await t
      .http()
      .post(`/api/v1/communities/${donghu}/points/awards`)
      .set(await as('李红梅'))
      .send({ userId: member, amount: 30, reason: '社区表彰', idempotencyKey: 'cap-award-0001' })
      .expect(201);
    expect(award.body).toEqual(expect.objectContaining({ amount: 30, cappedFrom: null }));
    const days = await t.dataSource.getRepository(PointsDailyTotal).findBy({ userId: member, communityId: donghu });
    expect(days.map((d) => d.earned)).toEqual([20]);
  });

  it('never lets concurrent credits overshoot the cap', async () => {
    await putRules('李红梅', { pointsPerHour: 12, dailyCap: 20 });
    const member = await t.userIdOf('张伟');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => earn(member, 5, PointsSource.Shift, `cap-race-${i}`)));
    const granted = results.reduce((sum, r) => sum + r.entry.amount, 0);
    expect(granted).toBe(20);
    expect(results.filter((r) => r.entry.amount === 5)).toHaveLength(4);
    expect(results.filter((r) => r.entry.amount === 0 && r.entry.cappedFrom === 5)).toHaveLength(8);
  });

  it('pages through my whole ledger newest first, and a member’s for the secretary only', async () => {
    const member = await t.userIdOf('刘洋');
    const stored = await t.dataSource.getRepository(PointsEntry).countBy({ userId: member, communityId: donghu });
    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; createdAt: string }[]; nextCursor: string | null } } = await t
        .http()
        .get(`/api/v1/me/points/entries?communityId=${donghu}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(await as('刘洋'))
        .expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(stored);
    expect(new Set(seen.map((e) => e.id)).size).toBe(stored);
    for (let i = 1; i < seen.length; i++) expect(seen[i].id < seen[i - 1].id).toBe(true);

    const forSecretary = await t
      .http()
      .get(`/api/v1/communities/${donghu}/points/members/${member}/entries?limit=50`)
      .set(await as('李红梅'))
      .expect(200);
    expect(forSecretary.body.items.map((e: { id: string }) => e.id)).toEqual(seen.map((e) => e.id));
    for (const name of ['陈志刚', '王秀英', '王建军']) {
      expect(
        (
          await t
            .http()
            .get(`/api/v1/communities/${donghu}/points/members/${member}/entries`)
            .set(await as(name))
        ).status,
      ).toBe(403);
    }
    expect(
      (
        await t
          .http()
          .get(`/api/v1/me/points/entries?communityId=${donghu}&cursor=@@@`)
          .set(await as('刘洋'))
      ).status,
    ).toBe(400);
    const liuyuan = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '柳园社区' })).id;
    expect(
      (
        await t
          .http()
          .get(`/api/v1/me/points/entries?communityId=${liuyuan}`)
          .set(await as('刘洋'))
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/me/points/entries`)
          .set(await as('刘洋'))
      ).status,
    ).toBe(400);
  });

  it('the unit ranking is the ledger summed by approved registration: a member brings their points on approval, even with credits landing at that moment', async () => {
    const huang = await t.userIdOf('黄磊');
    const pending = await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: huang, status: RegistrationStatus.Pending });
    await earn(huang, 5, PointsSource.ManualAward, 'unit-join-before');
    const [approval] = await Promise.all([
      t
        .http()
        .post(`/api/v1/member-registrations/${pending.id}/approval`)
        .set(await as('李红梅'))
        .send({}),
      ...Array.from({ length: 10 }, (_, i) => earn(huang, 1, PointsSource.ManualAward, `unit-join-race-${i}`)),
    ]);
    expect(approval.status).toBe(200);

    // Recomputed from scratch: each entry here, for the unit of its member's approved registration here.
    const approved = await t.dataSource.getRepository(MemberRegistration).findBy({ communityId: donghu, status: RegistrationStatus.Approved });
    const unitOf = new Map(approved.map((r) => [r.userId, r.unitId]));
    const expected = new Map<string, number>();
    for (const e of await t.dataSource.getRepository(PointsEntry).findBy({ communityId: donghu })) {
      const unit = unitOf.get(e.userId);
      if (!unit) continue;
      for (const period of periodKeysOf(e.createdAt)) expected.set(`${unit}|${period}`, (expected.get(`${unit}|${period}`) ?? 0) + e.amount);
    }
    for (const [period, key] of [
      [PointsPeriod.All, 'all'],
      [PointsPeriod.Month, periodKey(PointsPeriod.Month, new Date())],
    ] as const) {
      const rows = (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/points/unit-ranking?period=${period}&limit=100`)
          .set(await as('王秀英'))
          .expect(200)
      ).body as { unitId: string; points: number; members: number }[];
      const wanted = [...expected].filter(([k]) => k.endsWith(`|${key}`)).map(([k, points]) => [k.split('|')[0], points]);
      expect(new Map(rows.map((r) => [r.unitId, r.points]))).toEqual(new Map(wanted as [string, number][]));
      const huangsUnit = rows.find((r) => r.unitId === pending.unitId)!;
      expect(huangsUnit.members).toBe(approved.filter((r) => r.unitId === pending.unitId).length);
    }
    expect((await t.dataSource.getRepository(PointsUnitBalance).findOneByOrFail({ communityId: donghu, unitId: pending.unitId, period: 'all' })).points).toBe(
      expected.get(`${pending.unitId}|all`),
    );
  });

  it('ranks work units by what their reported members earned in the community, over a period', async () => {
    const member = await t.userIdOf('王建军');
    const registration = await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: member, status: RegistrationStatus.Approved });
    const unit = await t.dataSource.getRepository(WorkUnit).findOneByOrFail({ id: registration.unitId });
    const ranking = async (period: PointsPeriod) =>
      (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/points/unit-ranking?period=${period}`)
          .set(await as('王秀英'))
          .expect(200)
      ).body as { unitId: string; unitName: string; points: number; rank: number }[];
    const before = { all: await ranking(PointsPeriod.All), month: await ranking(PointsPeriod.Month) };
    const pointsOf = (rows: { unitId: string; points: number }[]) => rows.find((r) => r.unitId === unit.id)?.points ?? 0;
    await t
      .http()
      .post(`/api/v1/communities/${donghu}/points/awards`)
      .set(await as('李红梅'))
      .send({ userId: member, amount: 7, reason: '协助单位共建活动', idempotencyKey: 'unit-rank-0001' })
      .expect(201);
    const after = { all: await ranking(PointsPeriod.All), month: await ranking(PointsPeriod.Month) };
    expect(pointsOf(after.all)).toBe(pointsOf(before.all) + 7);
    expect(pointsOf(after.month)).toBe(pointsOf(before.month) + 7);
    expect(after.all.find((r) => r.unitId === unit.id)?.unitName).toBe(unit.name);
    for (let i = 1; i < after.all.length; i++) expect(after.all[i].points).toBeLessThanOrEqual(after.all[i - 1].points);

    const memberMonth = (
      await t
        .http()
        .get(`/api/v1/communities/${donghu}/points/ranking?period=month`)
        .set(await as('王秀英'))
        .expect(200)
    ).body;
    expect(memberMonth.find((r: { userId: string }) => r.userId === member)?.balance).toBeGreaterThanOrEqual(7);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/points/unit-ranking?period=week`)
          .set(await as('王秀英'))
      ).status,
    ).toBe(400);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/points/unit-ranking`)
          .set(await as('马丽娟'))
      ).status,
    ).toBe(403);
  });
});
