import { periodKey, periodKeysOf, PointsPeriod, Role } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsBalances1796190169409 } from '../../server/src/database/migrations/1796190169409-PointsBalances';
import { IdempotencyKeys1796690216487 } from '../../server/src/database/migrations/1796690216487-IdempotencyKeys';
import { PointsBalance } from '../../server/src/points/points-balance.entity';
import { PointsUnitBalance } from '../../server/src/points/points-unit-balance.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { crowd } from '../support/crowd';
import { bearer, dbKind, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('points ledger', () => {
  let t: TestApp;
  let donghu: string;
  let secretary: string;
  const award = (body: object, token = secretary, community = donghu) =>
    t.http().post(`/api/v1/communities/${community}/points/awards`).set(bearer(token)).send(body);
  const balanceOf = async (name: string) =>
    (
      await t
        .http()
        .get(`/api/v1/me/points?communityId=${donghu}`)
        .set(bearer(await t.tokenOf(name)))
        .expect(200)
    ).body.balance;

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    secretary = await t.tokenOf('李红梅');
  });
  afterAll(async () => t?.close());

  it('credits one source event once under 50 concurrent requests, and every caller gets that entry', async () => {
    const liu = await t.userIdOf('刘洋');
    const before = await balanceOf('刘洋');
    const body = { userId: liu, amount: 8, reason: '协助社区核酸检测秩序维护', idempotencyKey: 'award-concurrent-0001' };
    const results = await Promise.all(Array.from({ length: 50 }, () => award(body)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceId: 'award-concurrent-0001' })).toBe(1);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'points.award', targetId: results[0].body.id })).toBe(1);
    expect(await balanceOf('刘洋')).toBe(before + 8);
  });

  it('refuses the same key for a different award', async () => {
    const liu = await t.userIdOf('刘洋');
    await award({ userId: liu, amount: 5, reason: '值守', idempotencyKey: 'award-conflict-0001' }).expect(201);
    const res = await award({ userId: liu, amount: 50, reason: '值守', idempotencyKey: 'award-conflict-0001' }).expect(409);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses the same key for another member without crediting them, and replays the first award to the same body', async () => {
    const [liu, zhang] = [await t.userIdOf('刘洋'), await t.userIdOf('张伟')];
    const [liuBefore, zhangBefore] = [await balanceOf('刘洋'), await balanceOf('张伟')];
    const first = await award({ userId: liu, amount: 1, reason: '楼道值守', idempotencyKey: 'award-member-0001' }).expect(201);
    const other = await award({ userId: zhang, amount: 1, reason: '楼道值守', idempotencyKey: 'award-member-0001' });
    expect([other.status, other.body.code, other.body.message]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED', expect.stringMatching(/[\u4e00-\u9fa5]/)]);
    const replay = await award({ userId: liu, amount: 1, reason: '楼道值守', idempotencyKey: 'award-member-0001' }).expect(201);
    expect(replay.body).toEqual(first.body);
    expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceId: 'award-member-0001' })).toBe(1);
    expect([await balanceOf('刘洋'), await balanceOf('张伟')]).toEqual([liuBefore + 1, zhangBefore]);
  });

  it('credits once when requests with one key but different members and amounts race: the rest are refused', async () => {
    const members = [await t.userIdOf('刘洋'), await t.userIdOf('张伟')];
    const before = [await balanceOf('刘洋'), await balanceOf('张伟')];
    const bodies = Array.from({ length: 20 }, (_, i) => ({
      userId: members[i % 2],
      amount: 3 + (i % 2),
      reason: '秩序维护',
      idempotencyKey: 'award-race-00001',
    }));
    const results = await Promise.all(bodies.map((body) => award(body)));
    const credited = results.filter((r) => r.status === 201);
    expect(credited.length).toBeGreaterThan(0);
    // Every success is the one entry; every other answer is the conflict.
    expect(new Set(credited.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code])).toEqual(
      Array(20 - credited.length).fill([409, 'IDEMPOTENCY_KEY_REUSED']),
    );
    const winner = credited[0].body;
    expect(credited.length).toBe(10);
    expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceId: 'award-race-00001' })).toBe(1);
    const after = [await balanceOf('刘洋'), await balanceOf('张伟')];
    expect(after.map((b, i) => b - before[i])).toEqual(members.map((m) => (m === winner.userId ? winner.amount : 0)));
  });

  it('reverses an entry with a new negative entry, once; the original is never edited', async () => {
    const zhang = await t.userIdOf('张伟');
    const before = await balanceOf('张伟');
    const entry = (await award({ userId: zhang, amount: 10, reason: '误记的积分', idempotencyKey: 'award-to-reverse-01' }).expect(201)).body;
    const first = await t.http().post(`/api/v1/points/entries/${entry.id}/reversal`).set(bearer(secretary)).send({ reason: '重复登记，冲正' }).expect(201);
    const second = await t.http().post(`/api/v1/points/entries/${entry.id}/reversal`).set(bearer(secretary)).send({ reason: '重复登记，冲正' }).expect(201);
    expect(first.body).toEqual(expect.objectContaining({ amount: -10, reversesEntryId: entry.id }));
    expect(second.body.id).toBe(first.body.id);
    expect(await balanceOf('张伟')).toBe(before);
    expect((await t.dataSource.getRepository(PointsEntry).findOneByOrFail({ id: entry.id })).amount).toBe(10);
    const again = await t.http().post(`/api/v1/points/entries/${first.body.id}/reversal`).set(bearer(secretary)).send({ reason: '再冲正' }).expect(409);
    expect(again.body.code).toBe('POINTS_REVERSAL_OF_REVERSAL');
  });

  it('keeps the balances the rankings read equal to the ledger summed, per member and period, under concurrent credits', async () => {
    const members = (await crowd(t, 3, Role.PartyMember, donghu, '值守党员')).map((m) => m.id);
    const credits = Array.from({ length: 30 }, (_, i) =>
      award({ userId: members[i % 3], amount: 1 + (i % 4), reason: '楼道值守', idempotencyKey: `award-balance-${String(i).padStart(4, '0')}` }),
    );
    expect((await Promise.all(credits)).every((r) => r.status === 201)).toBe(true);
    const entries = await t.dataSource.getRepository(PointsEntry).find();
    const expected = new Map<string, number>();
    for (const e of entries) {
      for (const period of periodKeysOf(e.createdAt)) {
        const key = `${e.communityId}|${e.userId}|${period}`;
        expected.set(key, (expected.get(key) ?? 0) + e.amount);
      }
    }
    const stored = await t.dataSource.getRepository(PointsBalance).find();
    expect(new Map(stored.map((b) => [`${b.communityId}|${b.userId}|${b.period}`, b.balance]))).toEqual(expected);
    // The month's ranking holds this month's points only; all time holds every entry.
    const ranking = async (period: string) =>
      (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/points/ranking?period=${period}&limit=100`)
          .set(bearer(await t.tokenOf('王秀英')))
          .expect(200)
      ).body as { userId: string; balance: number }[];
    const month = periodKey(PointsPeriod.Month, new Date());
    for (const [period, key] of [
      ['all', 'all'],
      ['month', month],
    ] as const) {
      const rows = await ranking(period);
      // The three members credited just now are ranked this month and over all time.
      expect(members.every((id) => rows.some((r) => r.userId === id))).toBe(true);
      for (const row of rows) expect([period, row.balance]).toEqual([period, expected.get(`${donghu}|${row.userId}|${key}`)]);
    }
  });

  // MySQL only: SQLite's schema comes from the entities, not from migrations.
  if (dbKind() === 'mysql')
    it('the migration that adds the balances rebuilds from the ledger exactly what the credits and approvals kept', async () => {
      await award({ userId: await t.userIdOf('刘洋'), amount: 3, reason: '迁移核对', idempotencyKey: 'award-migration-0001' }).expect(201);
      const snapshot = async () => ({
        members: (await t.dataSource.getRepository(PointsBalance).find()).map((b) => `${b.communityId}|${b.userId}|${b.period}=${b.balance}`).sort(),
        units: (await t.dataSource.getRepository(PointsUnitBalance).find()).map((b) => `${b.communityId}|${b.unitId}|${b.period}=${b.points}`).sort(),
      });
      const kept = await snapshot();
      expect(kept.units.length).toBeGreaterThan(0);
      const runner = t.dataSource.createQueryRunner();
      try {
        const migration = new PointsBalances1796190169409();
        await migration.down(runner);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      expect(await snapshot()).toEqual(kept);
    });

  // MySQL only, as above: the keys manual awards used before the table existed are backfilled with their awards' fingerprints.
  if (dbKind() === 'mysql')
    it("the migration that adds idempotency keys refuses reusing an earlier award's key for another award", async () => {
      const body = { userId: await t.userIdOf('张伟'), amount: 1, reason: '迁移前的奖励', idempotencyKey: 'award-backfill-0001' };
      const first = await award(body).expect(201);
      const runner = t.dataSource.createQueryRunner();
      try {
        const migration = new IdempotencyKeys1796690216487();
        await migration.down(runner);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      expect((await award({ ...body, userId: await t.userIdOf('刘洋') })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect((await award(body).expect(201)).body.id).toBe(first.body.id);
    });

  it('ranks the community by balance with names, visible to its residents', async () => {
    const ranking = (
      await t
        .http()
        .get(`/api/v1/communities/${donghu}/points/ranking`)
        .set(bearer(await t.tokenOf('王秀英')))
        .expect(200)
    ).body;
    expect(ranking[0]).toEqual(expect.objectContaining({ rank: 1, displayName: '王建军', balance: 42 }));
    for (let i = 1; i < ranking.length; i++) expect(ranking[i].balance).toBeLessThanOrEqual(ranking[i - 1].balance);
  });

  it("denies awards and reversals outside the caller's scope", async () => {
    const wang = await t.userIdOf('王建军');
    const resident = await award({ userId: wang, amount: 5, reason: '自己给自己', idempotencyKey: 'award-denied-0001' }, await t.tokenOf('王秀英'));
    expect(resident.status).toBe(403);
    const otherSecretary = await award({ userId: wang, amount: 5, reason: '跨社区', idempotencyKey: 'award-denied-0002' }, await t.tokenOf('陈志刚'));
    expect(otherSecretary.status).toBe(403);
    const entry = await t.dataSource.getRepository(PointsEntry).findOneByOrFail({ userId: wang });
    const reversal = await t
      .http()
      .post(`/api/v1/points/entries/${entry.id}/reversal`)
      .set(bearer(await t.tokenOf('陈志刚')))
      .send({ reason: '跨社区冲正' })
      .expect(404);
    expect(reversal.body.code).toBe('POINTS_ENTRY_NOT_FOUND');
    const rankingElsewhere = await t
      .http()
      .get(`/api/v1/communities/${donghu}/points/ranking`)
      .set(bearer(await t.tokenOf('马丽娟')));
    expect(rankingElsewhere.status).toBe(403);
    for (const query of ['period=week', 'limit=0', 'limit=1000', 'extra=1']) {
      const bad = await t
        .http()
        .get(`/api/v1/communities/${donghu}/points/ranking?${query}`)
        .set(bearer(await t.tokenOf('王秀英')));
      expect([query, bad.status, bad.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceId: 'award-denied-0001' })).toBe(0);
  });

  it("shows a member's history to their community's secretary only, and my points only where I belong", async () => {
    const wang = await t.userIdOf('王建军');
    const history = await t.http().get(`/api/v1/communities/${donghu}/points/members/${wang}`).set(bearer(secretary)).expect(200);
    expect(history.body).toEqual(expect.objectContaining({ userId: wang, balance: 42, recent: expect.any(Array) }));
    for (const outsider of ['陈志刚', '王秀英']) {
      const res = await t
        .http()
        .get(`/api/v1/communities/${donghu}/points/members/${wang}`)
        .set(bearer(await t.tokenOf(outsider)));
      expect(res.status).toBe(403);
    }
    const elsewhere = await t
      .http()
      .get(`/api/v1/me/points?communityId=${donghu}`)
      .set(bearer(await t.tokenOf('马丽娟')))
      .expect(403);
    expect(elsewhere.body.code).toBe('ACCESS_DENIED');
  });

  it('asks for the community when it is missing', async () => {
    const res = await t
      .http()
      .get('/api/v1/me/points')
      .set(bearer(await t.tokenOf('刘洋')))
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'communityId' })]);
  });

  it('credits only members of the community', async () => {
    const res = await award({ userId: await t.userIdOf('马丽娟'), amount: 5, reason: '不是本社区的', idempotencyKey: 'award-outsider-01' }).expect(400);
    expect(res.body.code).toBe('POINTS_MEMBER_NOT_IN_COMMUNITY');
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: 1001 }, 'amount'],
    [{ amount: 2.5 }, 'amount'],
    [{ reason: 'x' }, 'reason'],
    [{ reason: '长'.repeat(201) }, 'reason'],
    [{ idempotencyKey: 'short' }, 'idempotencyKey'],
    [{ extra: true }, 'extra'],
  ])('refuses %j naming the field, crediting nothing', async (patch, field) => {
    const count = await t.dataSource.getRepository(PointsEntry).count();
    const body = { userId: await t.userIdOf('王建军'), amount: 5, reason: '正常理由', idempotencyKey: 'award-invalid-0001', ...patch };
    const res = await award(body).expect(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
    expect(await t.dataSource.getRepository(PointsEntry).count()).toBe(count);
  });
});
