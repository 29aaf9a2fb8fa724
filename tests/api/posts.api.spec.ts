import { CURRENT_POLICY, PointsSource, PostKind, PostType, Role, ShiftClaimStatus, ShiftStatus, Skill } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { Post } from '../../server/src/posts/post.entity';
import { PostEvent } from '../../server/src/posts/post-event.entity';
import { PostShift } from '../../server/src/posts/post-shift.entity';
import { ShiftClaim } from '../../server/src/posts/shift-claim.entity';
import { ShiftClaimingService } from '../../server/src/posts/shift-claiming.service';
import { ShiftEndService } from '../../server/src/posts/shift-end.service';
import { ShiftQrTokens } from '../../server/src/posts/shift-qr-tokens';
import { In } from 'typeorm';
import { crowd, CrowdMember } from '../support/crowd';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The post's pin, and points about 100 m and 500 m north of it (0.0009° of latitude ≈ 100 m). */
const SITE = { latitude: 30.5596, longitude: 114.3733 };
const NEAR = { latitude: 30.5605, longitude: 114.3733 };
const FAR = { latitude: 30.5641, longitude: 114.3733 };

type Who = string | CrowdMember;
interface Res {
  status: number;
  body: any;
}

describeApi('pioneer posts (党员先锋岗)', () => {
  let t: TestApp;
  let donghu: string;

  const headers = async (who: Who) => bearer(typeof who === 'string' ? await t.tokenOf(who) : who.token);
  /** Members who agreed to location use at check-in (the app asks before the first location check-in). */
  const locating = new Set<string>();
  const agreeToLocation = async (who: Who) => {
    const key = typeof who === 'string' ? who : who.token;
    if (locating.has(key)) return;
    await t
      .http()
      .post('/api/v1/privacy/consent/location')
      .set(await headers(who))
      .send({ policyVersion: CURRENT_POLICY.version })
      .expect(200);
    locating.add(key);
  };
  const send = async (who: Who, method: 'get' | 'post' | 'patch', path: string, body?: object): Promise<Res> => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await headers(who));
    return body ? request.send(body) : method === 'get' ? request : request.send({});
  };
  /** As the app does: a check-in or check-out by location comes from someone who agreed to location use first. */
  const call = async (who: Who, method: 'get' | 'post' | 'patch', path: string, body?: object): Promise<Res> => {
    if (body && 'latitude' in body && /\/check-(in|out)$/.test(path)) await agreeToLocation(who);
    return send(who, method, path, body);
  };
  const expectError = (res: Res, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  };
  const members = (n: number, label = '党员') => crowd(t, n, Role.PartyMember, donghu, label);
  const member = async () => (await members(1, '志愿者'))[0];

  /** Each test's shifts get their own days (a month ahead and later), so demo members never overlap by accident. */
  let nextDay = 30;
  const futureSpan = (minutes = 120) => {
    const start = new Date(Date.now() + nextDay++ * DAY);
    start.setUTCMinutes(0, 0, 0);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * MIN).toISOString() };
  };
  /** A span starting `inMinutes` from now (check-in opens 15 minutes before the start). */
  const spanFromNow = (inMinutes: number, minutes = 120) => {
    const start = Date.now() + inMinutes * MIN;
    return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + minutes * MIN).toISOString() };
  };
  const postBody = (extra: object = {}) => ({
    title: '小区环境整治',
    type: PostType.EnvironmentCleanUp,
    kind: PostKind.Shift,
    description: '清理楼道杂物，捡拾绿化带垃圾。',
    address: '东湖社区 3号楼前广场',
    ...SITE,
    radiusMetres: 200,
    pointsPerHour: 10,
    shifts: [{ ...futureSpan(), capacity: 5 }],
    ...extra,
  });
  const publish = async (extra: object = {}, publisher: Who = '李红梅') => {
    const res = await call(publisher, 'post', `/communities/${donghu}/posts`, postBody(extra));
    expect(res.status).toBe(201);
    return res.body;
  };
  /** Publishes a one-shift post and returns the shift id. */
  const shiftOf = async (capacity = 5, span: { startsAt: string; endsAt: string } = futureSpan(), extra: object = {}) =>
    (await publish({ shifts: [{ ...span, capacity }], ...extra })).shifts[0].id as string;
  const claim = (who: Who, shiftId: string) => call(who, 'post', `/shifts/${shiftId}/claims`);
  const roster = async (shiftId: string) => (await call('李红梅', 'get', `/shifts/${shiftId}/claims`)).body;
  const shiftRow = (id: string) => t.dataSource.getRepository(PostShift).findOneByOrFail({ id });
  const claimRow = (id: string) => t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ id });
  const counts = async () => ({
    posts: await t.dataSource.getRepository(Post).count(),
    shifts: await t.dataSource.getRepository(PostShift).count(),
    claims: await t.dataSource.getRepository(ShiftClaim).count(),
    points: await t.dataSource.getRepository(PointsEntry).count(),
  });
  /** Moves a shift and its claims' check-in/out times into the past by `ms`: as if that much time had passed. */
  const rewind = async (shiftId: string, ms: number) => {
    const shift = await shiftRow(shiftId);
    await t.dataSource
      .getRepository(PostShift)
      .update({ id: shiftId }, { startsAt: new Date(shift.startsAt.getTime() - ms), endsAt: new Date(shift.endsAt.getTime() - ms) });
    for (const c of await t.dataSource.getRepository(ShiftClaim).findBy({ shiftId })) {
      await t.dataSource.getRepository(ShiftClaim).update(
        { id: c.id },
        {
          checkedInAt: c.checkedInAt ? new Date(c.checkedInAt.getTime() - ms) : null,
          checkedOutAt: c.checkedOutAt ? new Date(c.checkedOutAt.getTime() - ms) : null,
        },
      );
    }
  };
  const qrCode = async (shiftId: string) => {
    const res = await call('李红梅', 'get', `/shifts/${shiftId}/check-in-code`);
    expect(res.status).toBe(200);
    return res.body.token as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
  });
  afterAll(async () => t?.close());

  describe('the demo', () => {
    it('东湖 has posts with future shifts, a standing role, and a full shift with a waiting list', async () => {
      const page = (await call('王建军', 'get', `/communities/${donghu}/posts?limit=50`)).body;
      const titles = page.items.map((p: { title: string }) => p.title);
      expect(titles).toEqual(expect.arrayContaining(['周末小区环境整治', '天天敲门 · 独居老人走访', '3号楼楼栋长（认岗）', '上学路口文明劝导']));
      expect(page.items.find((p: { kind: string }) => p.kind === PostKind.Standing).shifts[0]).toEqual(expect.objectContaining({ capacity: 1, taken: 1 }));
      const knocking = page.items.find((p: { type: string }) => p.type === PostType.DoorKnocking);
      const full = knocking.shifts.find((s: { taken: number; capacity: number }) => s.taken === s.capacity);
      expect(full).toEqual(expect.objectContaining({ waiting: 1, myClaim: expect.objectContaining({ status: ShiftClaimStatus.Waiting, waitingPosition: 1 }) }));
      for (const post of page.items) for (const shift of post.shifts) expect(new Date(shift.endsAt).getTime()).toBeGreaterThan(Date.now());
      const byUnit = page.items.find((p: { publisherUnitName: string | null }) => p.publisherUnitName === '区教育局');
      expect(byUnit.publisherName).toBe('钱进');
      const hours = (await call('张伟', 'get', `/me/service-hours?communityId=${donghu}`)).body;
      expect(hours).toEqual({ communityId: donghu, completedShifts: 1, confirmedMinutes: 90, points: 15 });
      // 王建军's seeded tutoring and door-knocking: the header shows what his ledger holds from shifts, and a reversal takes it off.
      const wangHours = async () => (await call('王建军', 'get', `/me/service-hours?communityId=${donghu}`)).body;
      const wangId = await t.userIdOf('王建军');
      const credits = await t.dataSource.getRepository(PointsEntry).findBy({ userId: wangId, communityId: donghu, sourceType: PointsSource.Shift });
      expect(credits.reduce((sum, e) => sum + e.amount, 0)).toBe(42);
      expect(await wangHours()).toEqual({ communityId: donghu, completedShifts: 2, confirmedMinutes: 240, points: 42 });
      const tutoring = credits.find((e) => e.amount === 30)!;
      expect((await call('李红梅', 'post', `/points/entries/${tutoring.id}/reversal`, { reason: '时长登记有误，冲正' })).status).toBe(201);
      expect((await wangHours()).points).toBe(12);
      expectError(await call('马丽娟', 'get', `/me/service-hours?communityId=${donghu}`), 403, 'ACCESS_DENIED');
      expectError(await call('张伟', 'get', '/me/service-hours'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('publishing', () => {
    it('each card on the board shows its next ten open shifts by start time, whatever the page holds', async () => {
      const spans = Array.from({ length: 13 }, () => futureSpan(60));
      // Published out of order; the first by time is then cancelled and the second moved into the past.
      const post = await publish({ title: '每日巡河', shifts: [...spans].reverse().map((s) => ({ ...s, capacity: 2 })) });
      const rows = await t.dataSource.getRepository(PostShift).find({ where: { postId: post.id }, order: { startsAt: 'ASC' } });
      await t.dataSource.getRepository(PostShift).update({ id: rows[0].id }, { status: ShiftStatus.Cancelled });
      await rewind(rows[1].id, 60 * DAY);
      const other = await publish({ title: '楼道清理' });
      const page = (await call('王建军', 'get', `/communities/${donghu}/posts?limit=2`)).body;
      expect(page.items.map((p: { id: string }) => p.id)).toEqual([other.id, post.id]);
      const card = page.items[1];
      expect(card.shifts.map((s: { id: string }) => s.id)).toEqual(rows.slice(2, 12).map((r) => r.id));
      expect(page.items[0].shifts).toHaveLength(1);
    });

    it('the secretary publishes a post with shifts; members see it by type and by date', async () => {
      const spans = [futureSpan(), futureSpan()];
      const post = await publish({ type: PostType.ElderlyCare, title: '关爱独居老人', shifts: spans.map((s) => ({ ...s, capacity: 3 })) });
      expect(post).toEqual(
        expect.objectContaining({
          title: '关爱独居老人',
          kind: PostKind.Shift,
          canManage: true,
          publisherName: '李红梅',
          publisherUnitName: null,
          requiredSkills: [],
          place: { address: '东湖社区 3号楼前广场', ...SITE, radiusMetres: 200 },
        }),
      );
      expect(
        post.shifts.map((s: { startsAt: string; capacity: number; taken: number; myClaim: null }) => [s.startsAt, s.capacity, s.taken, s.myClaim]),
      ).toEqual(spans.map((s) => [s.startsAt, 3, 0, null]));
      const seen = (await call('王建军', 'get', `/posts/${post.id}`)).body;
      expect(seen.canManage).toBe(false);
      const byType = (await call('赵小明', 'get', `/communities/${donghu}/posts?type=${PostType.ElderlyCare}`)).body.items;
      expect(byType.map((p: { id: string }) => p.id)).toContain(post.id);
      expect(byType.every((p: { type: string }) => p.type === PostType.ElderlyCare)).toBe(true);
      const day = new Date(new Date(spans[0].startsAt).getTime() + 8 * HOUR).toISOString().slice(0, 10); // the Shanghai date
      const byDate = (await call('王建军', 'get', `/communities/${donghu}/shifts?from=${day}&type=${PostType.ElderlyCare}&limit=1`)).body;
      expect(byDate.items[0]).toEqual(expect.objectContaining({ id: post.shifts[0].id, post: expect.objectContaining({ id: post.id }) }));
      const next = (await call('王建军', 'get', `/communities/${donghu}/shifts?from=${day}&type=${PostType.ElderlyCare}&limit=1&cursor=${byDate.nextCursor}`))
        .body;
      expect(next.items[0].id).toBe(post.shifts[1].id);
      expectError(await call('马丽娟', 'get', `/communities/${donghu}/posts`), 403, 'ACCESS_DENIED');
      expectError(await call('陈静', 'get', `/posts/${post.id}`), 404, 'POST_NOT_FOUND');
    });

    it('an approved unit contact publishes for the unit and manages only the unit’s posts', async () => {
      const unitPost = await publish({ type: PostType.CivilityPatrol, title: '路口文明劝导' }, '钱进');
      expect(unitPost).toEqual(expect.objectContaining({ publisherName: '钱进', publisherUnitName: '区教育局', canManage: true }));
      const edited = await call('钱进', 'patch', `/posts/${unitPost.id}`, { pointsPerHour: 12, requiredSkills: [Skill.Tutoring] });
      expect(edited.status).toBe(200);
      expect(edited.body).toEqual(expect.objectContaining({ pointsPerHour: 12, requiredSkills: [Skill.Tutoring], title: '路口文明劝导' }));
      expect((await call('李红梅', 'patch', `/posts/${unitPost.id}`, { title: '路口文明劝导（改）' })).status).toBe(200); // the secretary manages all
      const communityPost = await publish();
      expectError(await call('钱进', 'patch', `/posts/${communityPost.id}`, { title: '改别人的岗位' }), 403, 'POST_NOT_MANAGER');
      expectError(await call('韩雪', 'patch', `/posts/${unitPost.id}`, { title: '改别的单位' }), 403, 'POST_NOT_MANAGER');
      expectError(await call('韩雪', 'get', `/shifts/${unitPost.shifts[0].id}/check-in-code`), 403, 'POST_NOT_MANAGER');
      expect((await call('钱进', 'get', `/shifts/${unitPost.shifts[0].id}/claims`)).status).toBe(200);
      // The roster names who serves when: another unit's contact, a member and another community see none of it.
      expectError(await call('韩雪', 'get', `/shifts/${unitPost.shifts[0].id}/claims`), 403, 'POST_NOT_MANAGER');
      expectError(await call('王建军', 'get', `/shifts/${unitPost.shifts[0].id}/claims`), 404, 'SHIFT_NOT_FOUND');
      expectError(await call('陈志刚', 'get', `/shifts/${unitPost.shifts[0].id}/claims`), 404, 'SHIFT_NOT_FOUND');
    });

    it('refuses residents, party members, other communities’ secretaries and unregistered contacts', async () => {
      const before = await counts();
      for (const name of ['赵小明', '王建军', '陈志刚', '杨秀云', '邓凯', '周振华']) {
        const res = await call(name, 'post', `/communities/${donghu}/posts`, postBody());
        expectError(res, 403, 'ACCESS_DENIED');
      }
      const grid = await t.dataSource.getRepository(Place).findOneByOrFail({ name: '第一网格', parentId: donghu });
      expectError(await call('李红梅', 'post', `/communities/${grid.id}/posts`, postBody()), 400, 'POST_COMMUNITY_REQUIRED');
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['no shifts', { shifts: [] }, 'VALIDATION_FAILED'],
      [
        'a shift ending before it starts',
        { shifts: [{ startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T09:00:00Z', capacity: 2 }] },
        'SHIFT_PLAN_INVALID',
      ],
      ['a shift in the past', { shifts: [{ startsAt: '2020-01-01T01:00:00Z', endsAt: '2020-01-01T03:00:00Z', capacity: 2 }] }, 'SHIFT_PLAN_INVALID'],
      ['a 13-hour shift', { shifts: [{ ...futureSpan(13 * 60), capacity: 2 }] }, 'SHIFT_PLAN_INVALID'],
      [
        'a shift two years ahead',
        { shifts: [{ startsAt: new Date(Date.now() + 800 * DAY).toISOString(), endsAt: new Date(Date.now() + 800 * DAY + HOUR).toISOString(), capacity: 2 }] },
        'SHIFT_PLAN_INVALID',
      ],
      ['a capacity of 0', { shifts: [{ ...futureSpan(), capacity: 0 }] }, 'VALIDATION_FAILED'],
      ['a fractional capacity', { shifts: [{ ...futureSpan(), capacity: 2.5 }] }, 'VALIDATION_FAILED'],
      ['an impossible time', { shifts: [{ startsAt: '2030-13-45T25:00:00Z', endsAt: '2030-13-45T26:00:00Z', capacity: 2 }] }, 'VALIDATION_FAILED'],
      ['a time without a zone', { shifts: [{ startsAt: '2030-01-01 09:00', endsAt: '2030-01-01 11:00', capacity: 2 }] }, 'VALIDATION_FAILED'],
      ['a latitude of 91', { latitude: 91 }, 'VALIDATION_FAILED'],
      ['a radius of 5 m', { radiusMetres: 5 }, 'VALIDATION_FAILED'],
      ['an unknown type', { type: 'party' }, 'VALIDATION_FAILED'],
      ['an unknown skill', { requiredSkills: ['juggling'] }, 'VALIDATION_FAILED'],
      ['a short title', { title: '岗' }, 'VALIDATION_FAILED'],
      ['an unknown field', { confirmedCount: 3 }, 'VALIDATION_FAILED'],
      ['an unknown field in a shift', { shifts: [{ ...futureSpan(), capacity: 2, taken: 2 }] }, 'VALIDATION_FAILED'],
      [
        'a standing role with two terms',
        {
          kind: PostKind.Standing,
          shifts: [
            { ...futureSpan(), capacity: 1 },
            { ...futureSpan(), capacity: 1 },
          ],
        },
        'POST_SHIFTS_REQUIRED',
      ],
      ['a standing role of a few hours', { kind: PostKind.Standing, shifts: [{ ...futureSpan(), capacity: 1 }] }, 'SHIFT_PLAN_INVALID'],
    ])('refuses %s with 400 and changes nothing', async (_case, patch, code) => {
      const before = await counts();
      const res = await call('李红梅', 'post', `/communities/${donghu}/posts`, postBody(patch));
      expectError(res, 400, code);
      if (code === 'VALIDATION_FAILED')
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.any(String), message: expect.any(String) })]));
      expect(await counts()).toEqual(before);
    });

    it('adds shifts to a shift post only, by its managers', async () => {
      const post = await publish();
      const added = await call('李红梅', 'post', `/posts/${post.id}/shifts`, { ...futureSpan(), capacity: 4 });
      expect(added.status).toBe(201);
      expect(added.body.shifts).toHaveLength(2);
      expectError(await call('王建军', 'post', `/posts/${post.id}/shifts`, { ...futureSpan(), capacity: 4 }), 404, 'POST_NOT_FOUND');
      expectError(await call('陈志刚', 'post', `/posts/${post.id}/shifts`, { ...futureSpan(), capacity: 4 }), 404, 'POST_NOT_FOUND');
      expectError(await call('李红梅', 'post', `/posts/${post.id}/shifts`, { ...futureSpan(), capacity: 4, extra: 1 }), 400, 'VALIDATION_FAILED');
      const standing = await publish({
        kind: PostKind.Standing,
        title: '5号楼楼栋长',
        shifts: [{ startsAt: new Date(Date.now() - DAY).toISOString(), endsAt: new Date(Date.now() + 300 * DAY).toISOString(), capacity: 1 }],
      });
      expectError(await call('李红梅', 'post', `/posts/${standing.id}/shifts`, { ...futureSpan(), capacity: 1 }), 409, 'POST_KIND_MISMATCH');
    });
  });

  describe('claiming', () => {
    it('a party member of the community claims a seat; a retry returns the same claim', async () => {
      const shiftId = await shiftOf(3);
      const first = await claim('王建军', shiftId);
      expect(first.status).toBe(201);
      expect(first.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Confirmed, memberName: '王建军', waitingPosition: null }));
      const retry = await claim('王建军', shiftId);
      expect([retry.status, retry.body.id]).toEqual([200, first.body.id]);
      expect(await t.dataSource.getRepository(ShiftClaim).countBy({ shiftId })).toBe(1);
      const view = (
        await call('王建军', 'get', `/communities/${donghu}/shifts?limit=100&from=${new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10)}`)
      ).body.items.find((s: { id: string }) => s.id === shiftId);
      expect(view).toEqual(
        expect.objectContaining({ taken: 1, capacity: 3, myClaim: { id: first.body.id, status: ShiftClaimStatus.Confirmed, waitingPosition: null } }),
      );
      const upcoming = (await call('王建军', 'get', '/me/shift-claims')).body;
      expect(upcoming.map((m: { claim: { id: string } }) => m.claim.id)).toContain(first.body.id);
    });

    it('refuses residents, secretaries and unit contacts who are not party members here, and other communities', async () => {
      const shiftId = await shiftOf(3);
      for (const [name, status, code] of [
        ['赵小明', 403, 'SHIFT_CLAIM_NOT_ALLOWED'],
        ['李红梅', 403, 'SHIFT_CLAIM_NOT_ALLOWED'],
        ['钱进', 403, 'SHIFT_CLAIM_NOT_ALLOWED'],
        ['黄磊', 403, 'SHIFT_CLAIM_NOT_ALLOWED'], // reporting still pending
        ['陈静', 404, 'SHIFT_NOT_FOUND'],
      ] as const) {
        const res = await claim(name, shiftId);
        expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      }
      expectError(await claim('王建军', 'no-such-shift'), 404, 'SHIFT_NOT_FOUND');
      expect(await t.dataSource.getRepository(ShiftClaim).countBy({ shiftId })).toBe(0);
    });

    it('a post that requires a skill takes only members who registered it', async () => {
      const shiftId = await shiftOf(3, futureSpan(), { type: PostType.Tutoring, requiredSkills: [Skill.Tutoring] });
      const zhang = await claim('张伟', shiftId); // registered repair only
      expectError(zhang, 403, 'SHIFT_SKILLS_REQUIRED');
      expect((await claim('刘洋', shiftId)).status).toBe(201);
    });

    it('500 members claiming a 10-seat shift at once: exactly 10 seats and one gap-free ordered waiting list of 490', async () => {
      const shiftId = await shiftOf(10);
      const crowdOf = await members(500, '抢岗党员');
      const results = await Promise.all(crowdOf.map((m) => claim(m, shiftId)));
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(results.filter((r) => r.body.status === ShiftClaimStatus.Confirmed)).toHaveLength(10);
      expect(results.filter((r) => r.body.status === ShiftClaimStatus.Waiting)).toHaveLength(490);
      const rows = await t.dataSource.getRepository(ShiftClaim).find({ where: { shiftId }, order: { waitingPosition: 'ASC' } });
      expect(rows).toHaveLength(500);
      const positions = rows.filter((r) => r.status === ShiftClaimStatus.Waiting).map((r) => r.waitingPosition);
      expect(positions).toEqual(Array.from({ length: 490 }, (_, i) => i + 1));
      expect(rows.filter((r) => r.status === ShiftClaimStatus.Confirmed).every((r) => r.waitingPosition === null)).toBe(true);
      expect(await shiftRow(shiftId)).toEqual(expect.objectContaining({ confirmedCount: 10, waitingNext: 490 }));
      // Everyone reads their own place in the one list.
      const list = await roster(shiftId);
      expect(list.shift).toEqual(expect.objectContaining({ taken: 10, waiting: 490 }));
      expect(list.claims.slice(10).map((c: { waitingPosition: number }) => c.waitingPosition)).toEqual(positions);
      const last = rows[rows.length - 1];
      const lastMember = crowdOf.find((m) => m.id === last.memberId)!;
      const mine = (await call(lastMember, 'get', '/me/shift-claims')).body;
      expect(mine[0].claim).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Waiting, waitingPosition: 490 }));
      expect(mine[0].shift.myClaim.waitingPosition).toBe(490);
    }, 120_000);

    it('one member firing 20 claims at once gets one claim', async () => {
      const shiftId = await shiftOf(5);
      const [eager] = await members(1, '手快党员');
      const results = await Promise.all(Array.from({ length: 20 }, () => claim(eager, shiftId)));
      expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(await t.dataSource.getRepository(ShiftClaim).countBy({ shiftId, memberId: eager.id })).toBe(1);
      expect((await shiftRow(shiftId)).confirmedCount).toBe(1);
    }, 60_000);

    it('claims on one shift arriving together are written together, and each member still gets their own answer', async () => {
      const span = futureSpan();
      const shiftId = await shiftOf(40, span);
      const elsewhere = await shiftOf(5, span);
      const [removed, busy, retrying, doubleTap, ...fresh] = await members(24, '同批党员');
      const removedClaim = (await claim(removed, shiftId)).body;
      expect((await call('李红梅', 'post', `/shift-claims/${removedClaim.id}/removal`, { reason: '多次未到岗' })).status).toBe(200);
      expect((await claim(busy, elsewhere)).status).toBe(201);
      const held = (await claim(retrying, shiftId)).body;
      const before = await shiftRow(shiftId);

      // Called in one tick, so the first claim runs alone and every other one joins the next run.
      const claiming = t.app.get(ShiftClaimingService);
      const roles = new Set([Role.PartyMember]);
      const askers = [fresh[0], removed, busy, retrying, doubleTap, doubleTap, ...fresh.slice(1)];
      const answers = await Promise.allSettled(askers.map((m) => claiming.claim(m.id, shiftId, roles)));
      const codeOf = (a: PromiseSettledResult<unknown>) => (a.status === 'rejected' ? (a.reason as { code: string }).code : 'ok');
      expect(answers.map(codeOf)).toEqual(['ok', 'SHIFT_CLAIM_REMOVED', 'SHIFT_OVERLAP', 'ok', 'ok', 'ok', ...fresh.slice(1).map(() => 'ok')]);
      const value = (i: number) =>
        (answers[i] as PromiseFulfilledResult<{ claim: { id: string; memberId: string; memberName: string; status: string }; created: boolean }>).value;
      expect([value(3).claim.id, value(3).created]).toEqual([held.id, false]);
      expect([value(4).created, value(5).created, value(5).claim.id]).toEqual([true, false, value(4).claim.id]);
      for (const i of [0, 4, ...fresh.slice(1).map((_, k) => 6 + k)]) {
        expect(value(i).claim).toEqual(expect.objectContaining({ memberId: askers[i].id, memberName: askers[i].name, status: ShiftClaimStatus.Confirmed }));
      }

      // One seat, one claim row, one history line and one audit record per new claim; nothing for the refused.
      const newClaims = 1 + 1 + (fresh.length - 1);
      expect((await shiftRow(shiftId)).confirmedCount).toBe(before.confirmedCount + newClaims);
      const rows = await t.dataSource.getRepository(ShiftClaim).findBy({ shiftId });
      expect(rows.filter((r) => r.status === ShiftClaimStatus.Confirmed)).toHaveLength(before.confirmedCount + newClaims);
      expect(rows.filter((r) => r.memberId === busy.id || r.memberId === doubleTap.id).map((r) => r.memberId)).toEqual([doubleTap.id]);
      expect(await t.dataSource.getRepository(PostEvent).countBy({ shiftId, kind: 'claim' })).toBe(before.confirmedCount + 1 + newClaims);
      const audits = await t.dataSource.getRepository(AuditLog).findBy({ action: 'post.shift.claim', targetId: In(rows.map((r) => r.id)) });
      expect(audits).toHaveLength(rows.length);
      expect(audits.every((a) => (a.after as { shiftId: string }).shiftId === shiftId)).toBe(true);
    }, 60_000);

    it('claims arriving together on a shift with too few seats left are seated in arrival order, then waitlisted', async () => {
      const shiftId = await shiftOf(3);
      const crowdOf = await members(8, '晚到党员');
      const claiming = t.app.get(ShiftClaimingService);
      const roles = new Set([Role.PartyMember]);
      const answers = await Promise.all(crowdOf.map((m) => claiming.claim(m.id, shiftId, roles)));
      expect(answers.map((a) => [a.claim.status, a.claim.waitingPosition])).toEqual([
        [ShiftClaimStatus.Confirmed, null],
        [ShiftClaimStatus.Confirmed, null],
        [ShiftClaimStatus.Confirmed, null],
        [ShiftClaimStatus.Waiting, 1],
        [ShiftClaimStatus.Waiting, 2],
        [ShiftClaimStatus.Waiting, 3],
        [ShiftClaimStatus.Waiting, 4],
        [ShiftClaimStatus.Waiting, 5],
      ]);
      expect(await shiftRow(shiftId)).toEqual(expect.objectContaining({ confirmedCount: 3, waitingNext: 5 }));
    }, 60_000);

    it('overlapping shifts are refused, even when claimed at the same moment; back-to-back shifts are fine', async () => {
      const base = new Date(futureSpan().startsAt).getTime();
      const at = (h: number) => new Date(base + h * HOUR).toISOString();
      const post = await publish({
        shifts: [
          { startsAt: at(0), endsAt: at(2), capacity: 50 },
          { startsAt: at(1), endsAt: at(3), capacity: 50 },
          { startsAt: at(2), endsAt: at(4), capacity: 50 },
        ],
      });
      const [morning, overlapping, backToBack] = post.shifts.map((s: { id: string }) => s.id);
      const racers = await members(25, '重叠党员');
      const pairs = await Promise.all(racers.map((m) => Promise.all([claim(m, morning), claim(m, overlapping)])));
      for (const pair of pairs) {
        expect(pair.filter((r) => r.status === 201)).toHaveLength(1);
        const lost = pair.find((r) => r.status !== 201)!;
        expectError(lost, 409, 'SHIFT_OVERLAP');
      }
      const claims = await t.dataSource.getRepository(ShiftClaim).find({ where: { memberId: racers[0].id } });
      expect(claims).toHaveLength(1);
      // Whichever won, the member holds one; a shift starting when the morning one ends is fine.
      const [solo] = await members(1, '连班党员');
      expect((await claim(solo, morning)).status).toBe(201);
      expect((await claim(solo, backToBack)).status).toBe(201);
      expectError(await claim(solo, overlapping), 409, 'SHIFT_OVERLAP');
    }, 60_000);

    it('a place on a waiting list also keeps the member from overlapping shifts', async () => {
      const span = futureSpan();
      const full = await shiftOf(1, span);
      const other = await shiftOf(5, span);
      await claim('张伟', full);
      const waiting = await claim('刘洋', full);
      expect(waiting.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Waiting, waitingPosition: 1 }));
      expectError(await claim('刘洋', other), 409, 'SHIFT_OVERLAP');
    });

    it('a cancellation promotes exactly the first waiting member, in the same transaction, with a notice', async () => {
      const shiftId = await shiftOf(2);
      const [a, b, c, d, e] = await members(5, '候补党员');
      for (const m of [a, b, c, d, e]) await claim(m, shiftId);
      const claimOf = async (m: CrowdMember) => (await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ shiftId, memberId: m.id, live: 1 })).id;
      expectError(await call(c, 'post', `/shift-claims/${await claimOf(a)}/cancellation`), 403, 'SHIFT_NOT_CLAIMER');
      const cancelled = await call(a, 'post', `/shift-claims/${await claimOf(a)}/cancellation`);
      expect([cancelled.status, cancelled.body.status]).toEqual([200, ShiftClaimStatus.Cancelled]);
      let list = await roster(shiftId);
      const state = (m: CrowdMember) =>
        list.claims.find((x: { memberId: string; status: string }) => x.memberId === m.id && x.status !== ShiftClaimStatus.Cancelled);
      expect([state(b).status, state(c).status, state(d).status, state(e).status]).toEqual([
        ShiftClaimStatus.Confirmed,
        ShiftClaimStatus.Confirmed,
        ShiftClaimStatus.Waiting,
        ShiftClaimStatus.Waiting,
      ]);
      expect([state(d).waitingPosition, state(e).waitingPosition]).toEqual([1, 2]);
      expect(list.shift).toEqual(expect.objectContaining({ taken: 2, waiting: 2 }));
      const notices = await t.dataSource.getRepository(PostEvent).findBy({ shiftId, kind: 'promote' });
      expect(notices.map((n) => n.recipientId)).toEqual([c.id]);
      expectError(
        await call(
          a,
          'post',
          `/shift-claims/${await t.dataSource
            .getRepository(ShiftClaim)
            .findOneByOrFail({ shiftId, memberId: a.id })
            .then((x) => x.id)}/cancellation`,
        ),
        409,
        'SHIFT_CLAIM_ENDED',
      );

      // Two seat holders cancel at the same moment: the next two move up, in order, once each.
      await Promise.all([b, c].map(async (m) => call(m, 'post', `/shift-claims/${await claimOf(m)}/cancellation`)));
      list = await roster(shiftId);
      expect([state(d).status, state(e).status]).toEqual([ShiftClaimStatus.Confirmed, ShiftClaimStatus.Confirmed]);
      expect(await t.dataSource.getRepository(PostEvent).countBy({ shiftId, kind: 'promote' })).toBe(3);
      expect((await shiftRow(shiftId)).confirmedCount).toBe(2);

      // A member who cancelled may claim again, at the back of the list; leaving the list promotes no one.
      const again = await claim(a, shiftId);
      expect([again.status, again.body.status, again.body.waitingPosition]).toEqual([201, ShiftClaimStatus.Waiting, 1]);
      expect((await call(a, 'post', `/shift-claims/${again.body.id}/cancellation`)).body.status).toBe(ShiftClaimStatus.Cancelled);
      expect(await t.dataSource.getRepository(PostEvent).countBy({ shiftId, kind: 'promote' })).toBe(3);
    });

    it('a seat cannot be given up within 2 hours of the start; a waiting-list place can', async () => {
      const shiftId = await shiftOf(1, spanFromNow(90));
      const [seat, waiting] = await members(2, '临时党员');
      const seatClaim = (await claim(seat, shiftId)).body;
      const waitClaim = (await claim(waiting, shiftId)).body;
      expectError(await call(seat, 'post', `/shift-claims/${seatClaim.id}/cancellation`), 409, 'SHIFT_CANCEL_CLOSED');
      expect((await claimRow(seatClaim.id)).status).toBe(ShiftClaimStatus.Confirmed);
      expect((await call(waiting, 'post', `/shift-claims/${waitClaim.id}/cancellation`)).status).toBe(200);
    });

    it('the secretary removes a member with a reason; the next one moves up and the removed one cannot come back', async () => {
      const shiftId = await shiftOf(1);
      const [first, second] = await members(2, '被移出党员');
      const removed = (await claim(first, shiftId)).body;
      await claim(second, shiftId);
      for (const name of ['王建军', '钱进', '陈志刚']) {
        expectError(await call(name, 'post', `/shift-claims/${removed.id}/removal`, { reason: '临时有变' }), 404, 'SHIFT_CLAIM_NOT_FOUND');
      }
      expectError(await call('李红梅', 'post', `/shift-claims/${removed.id}/removal`, {}), 400, 'VALIDATION_FAILED');
      expect((await claimRow(removed.id)).status).toBe(ShiftClaimStatus.Confirmed);
      const res = await call('李红梅', 'post', `/shift-claims/${removed.id}/removal`, { reason: '多次未到岗' });
      expect(res.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Removed, note: '多次未到岗' }));
      const list = await roster(shiftId);
      expect(list.claims.find((c: { memberId: string }) => c.memberId === second.id).status).toBe(ShiftClaimStatus.Confirmed);
      expect(await t.dataSource.getRepository(PostEvent).findOneBy({ claimId: removed.id, kind: 'remove' })).toEqual(
        expect.objectContaining({ recipientId: first.id, note: '多次未到岗' }),
      );
      expectError(await claim(first, shiftId), 409, 'SHIFT_CLAIM_REMOVED');
      expectError(await call('李红梅', 'post', `/shift-claims/${removed.id}/removal`, { reason: '再次移出' }), 409, 'SHIFT_CLAIM_ENDED');
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'post.shift.claim.remove', targetId: removed.id })).toBe(1);
    });

    it('capacity is never lowered below the seats taken; raising it promotes the waiting list in order', async () => {
      const shiftId = await shiftOf(3);
      const crowdOf = await members(6, '扩容党员');
      for (const m of crowdOf) await claim(m, shiftId);
      expectError(await call('李红梅', 'patch', `/shifts/${shiftId}`, { capacity: 2 }), 409, 'SHIFT_CAPACITY_BELOW_CONFIRMED');
      expect(await shiftRow(shiftId)).toEqual(expect.objectContaining({ capacity: 3, confirmedCount: 3 }));
      expectError(await call('王建军', 'patch', `/shifts/${shiftId}`, { capacity: 10 }), 404, 'SHIFT_NOT_FOUND');
      expectError(await call('李红梅', 'patch', `/shifts/${shiftId}`, { capacity: -1 }), 400, 'VALIDATION_FAILED');
      const raised = await call('李红梅', 'patch', `/shifts/${shiftId}`, { capacity: 5 });
      expect(raised.status).toBe(200);
      const list = await roster(shiftId);
      expect(list.shift).toEqual(expect.objectContaining({ capacity: 5, taken: 5, waiting: 1 }));
      expect(list.claims.filter((c: { status: string }) => c.status === ShiftClaimStatus.Confirmed).map((c: { memberId: string }) => c.memberId)).toEqual(
        crowdOf.slice(0, 5).map((m) => m.id),
      );
      expect((await call('李红梅', 'patch', `/shifts/${shiftId}`, { capacity: 5 })).status).toBe(200);
      expectError(await call('李红梅', 'patch', `/shifts/${shiftId}`, futureSpan()), 409, 'SHIFT_HAS_CLAIMS');
      const unclaimed = await shiftOf(3);
      const span = futureSpan(90);
      const moved = await call('李红梅', 'patch', `/shifts/${unclaimed}`, span);
      expect(moved.body.shifts[0]).toEqual(expect.objectContaining({ startsAt: span.startsAt, endsAt: span.endsAt }));
    });

    it('claims on started, ended and cancelled shifts are refused', async () => {
      const started = await shiftOf(5, spanFromNow(60));
      await rewind(started, 61 * MIN);
      expectError(await claim('王建军', started), 409, 'SHIFT_CLOSED');
      const cancelledId = await shiftOf(5);
      const [m1, m2, m3] = await members(3, '取消班次党员');
      await claim(m1, cancelledId);
      expectError(await call('王建军', 'post', `/shifts/${cancelledId}/cancellation`, { reason: '下雨' }), 404, 'SHIFT_NOT_FOUND');
      expectError(await call('李红梅', 'post', `/shifts/${cancelledId}/cancellation`, {}), 400, 'VALIDATION_FAILED');
      const cancelled = await call('李红梅', 'post', `/shifts/${cancelledId}/cancellation`, { reason: '暴雨预警，活动取消' });
      expect(cancelled.body.shifts[0].status).toBe(ShiftStatus.Cancelled);
      expect((await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ shiftId: cancelledId })).status).toBe(ShiftClaimStatus.ShiftCancelled);
      expect(await t.dataSource.getRepository(PostEvent).findOneBy({ shiftId: cancelledId, kind: 'cancel_shift' })).toEqual(
        expect.objectContaining({ recipientId: m1.id }),
      );
      expectError(await claim(m2, cancelledId), 409, 'SHIFT_CANCELLED');
      expectError(await call('李红梅', 'post', `/shifts/${cancelledId}/cancellation`, { reason: '再取消一次' }), 409, 'SHIFT_CANCELLED');
      expectError(await call('李红梅', 'post', `/shifts/${started}/cancellation`, { reason: '已经开始了' }), 409, 'SHIFT_STARTED');
      expect(await t.dataSource.getRepository(ShiftClaim).countBy({ memberId: m3.id })).toBe(0);
    });

    it('a standing role (认岗) takes claims while its term runs, has a waiting list, and no check-in', async () => {
      const post = await publish({
        kind: PostKind.Standing,
        type: PostType.Other,
        title: '6号楼楼栋长',
        pointsPerHour: 0,
        shifts: [{ startsAt: new Date(Date.now() - 10 * DAY).toISOString(), endsAt: new Date(Date.now() + 355 * DAY).toISOString(), capacity: 1 }],
      });
      const termId = post.shifts[0].id;
      expect((await claim('王建军', termId)).body.status).toBe(ShiftClaimStatus.Confirmed);
      expect((await claim('张伟', termId)).body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Waiting, waitingPosition: 1 }));
      expectError(await call('王建军', 'post', `/shifts/${termId}/check-in`, { ...SITE }), 409, 'POST_KIND_MISMATCH');
      expectError(await call('李红梅', 'get', `/shifts/${termId}/check-in-code`), 409, 'POST_KIND_MISMATCH');
    });
  });

  describe('check-in and check-out', () => {
    it('by the rotating QR code: forged, foreign and expired tokens are refused and change nothing', async () => {
      const shiftId = await shiftOf(3, spanFromNow(10));
      const otherShift = await shiftOf(3, spanFromNow(10));
      const m = await member();
      const mine = (await claim(m, shiftId)).body;
      const token = await qrCode(shiftId);
      const [window, signature] = token.split('.');
      const forged = `${window}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      const expired = t.app.get(ShiftQrTokens).issue(shiftId, Date.now() - 2 * MIN).token;
      const futureWindow = t.app.get(ShiftQrTokens).issue(shiftId, Date.now() + 2 * MIN).token;
      for (const [bad, code] of [
        [forged, 'SHIFT_QR_INVALID'],
        [await qrCode(otherShift), 'SHIFT_QR_INVALID'],
        [`${Number(window) + 1}.${signature}`, 'SHIFT_QR_INVALID'],
        [futureWindow, 'SHIFT_QR_INVALID'],
        ['not-a-token', 'SHIFT_QR_INVALID'],
        [`linli://shift-check?shift=${otherShift}&token=${token}`, 'SHIFT_QR_INVALID'],
        [expired, 'SHIFT_QR_EXPIRED'],
      ]) {
        expectError(await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: bad }), 400, code);
      }
      expect(await claimRow(mine.id)).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Confirmed, checkedInAt: null }));
      const scanned = (await call('李红梅', 'get', `/shifts/${shiftId}/check-in-code`)).body;
      expect(scanned).toEqual(expect.objectContaining({ shiftId, rotateSeconds: 30, qrContent: expect.stringContaining('linli://shift-check?shift=') }));
      expect(new Date(scanned.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const checkedIn = await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: scanned.qrContent });
      expect(checkedIn.status).toBe(200);
      expect(checkedIn.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.CheckedIn, checkInMethod: 'qr' }));
      expectError(await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: token }), 409, 'SHIFT_ALREADY_CHECKED_IN');
    });

    it('by the 6-digit code under the QR (typed on H5): current accepted, wrong, old and foreign codes refused', async () => {
      const shiftId = await shiftOf(3, spanFromNow(10));
      const otherShift = await shiftOf(3, spanFromNow(10));
      const m = await member();
      const mine = (await claim(m, shiftId)).body;
      const shown = (await call('李红梅', 'get', `/shifts/${shiftId}/check-in-code`)).body;
      expect(shown.shortCode).toMatch(/^\d{6}$/);
      const tokens = t.app.get(ShiftQrTokens);
      // Rotation: the code changes with the window; a code three windows old is expired, ten minutes old is simply wrong.
      expect(tokens.issue(shiftId, Date.now() + 30_000).shortCode).not.toBe(tokens.issue(shiftId).shortCode);
      const wrong = String((Number(shown.shortCode) + 1) % 1_000_000).padStart(6, '0');
      for (const [bad, status, code] of [
        [wrong, 400, 'SHIFT_CODE_INVALID'],
        [(await call('李红梅', 'get', `/shifts/${otherShift}/check-in-code`)).body.shortCode, 400, 'SHIFT_CODE_INVALID'], // bound to its shift
        [tokens.issue(shiftId, Date.now() - 90_000).shortCode, 400, 'SHIFT_QR_EXPIRED'],
        [tokens.issue(shiftId, Date.now() - 10 * MIN).shortCode, 400, 'SHIFT_CODE_INVALID'],
      ] as const) {
        expectError(await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: bad }), status, code);
      }
      expect(await claimRow(mine.id)).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Confirmed, checkedInAt: null }));
      const checkedIn = await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: ` ${tokens.issue(shiftId).shortCode} ` });
      expect([checkedIn.status, checkedIn.body.status, checkedIn.body.checkInMethod]).toEqual([200, ShiftClaimStatus.CheckedIn, 'qr']);
    });

    it('guessing the 6-digit code is cut off after 5 tries in 10 minutes, even in parallel; the QR still works', async () => {
      const shiftId = await shiftOf(3, spanFromNow(10));
      const m = await member();
      const mine = (await claim(m, shiftId)).body;
      const tokens = t.app.get(ShiftQrTokens);
      const right = () => tokens.issue(shiftId).shortCode;
      const guess = () => String((Number(right()) + 500_000) % 1_000_000).padStart(6, '0');
      const burst = await Promise.all(Array.from({ length: 8 }, () => call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: guess() })));
      expect(burst.map((r) => r.body.code).sort()).toEqual([...Array(5).fill('SHIFT_CODE_INVALID'), ...Array(3).fill('SHIFT_CODE_LOCKED')]);
      const locked = await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: right() });
      expectError(locked, 429, 'SHIFT_CODE_LOCKED'); // even the right code: the tries are spent
      expect((await claimRow(mine.id)).checkedInAt).toBeNull();
      // Ten minutes on, the member has tries again.
      await t.dataSource.getRepository(ShiftClaim).update({ id: mine.id }, { codeTriesSince: new Date(Date.now() - 11 * MIN) });
      expect((await call(m, 'post', `/shifts/${shiftId}/check-in`, { qrToken: right() })).body.status).toBe(ShiftClaimStatus.CheckedIn);
      // A locked-out member can still scan: the lock is on typed codes only.
      const other = await shiftOf(3, spanFromNow(10));
      const n = await member();
      await claim(n, other);
      for (let i = 0; i < 6; i++)
        await call(n, 'post', `/shifts/${other}/check-in`, { qrToken: '000000' === tokens.issue(other).shortCode ? '000001' : '000000' });
      expect((await call(n, 'post', `/shifts/${other}/check-in`, { qrToken: await qrCode(other) })).body.status).toBe(ShiftClaimStatus.CheckedIn);
    });

    it('by location within the radius, computed on the server', async () => {
      const shiftId = await shiftOf(3, spanFromNow(5));
      const m = await member();
      const mine = (await claim(m, shiftId)).body;
      const far = await call(m, 'post', `/shifts/${shiftId}/check-in`, FAR);
      expectError(far, 400, 'SHIFT_OUTSIDE_RADIUS');
      expect(far.body.details).toEqual({ distanceMetres: 500, radiusMetres: 200 });
      for (const body of [{}, { latitude: NEAR.latitude }, { ...NEAR, qrToken: await qrCode(shiftId) }]) {
        expectError(await call(m, 'post', `/shifts/${shiftId}/check-in`, body), 400, 'SHIFT_CHECK_PROOF_REQUIRED');
      }
      for (const body of [
        { latitude: 91, longitude: 114 },
        { latitude: '30.5', longitude: 114 },
        { ...NEAR, accuracy: 5 },
      ]) {
        expectError(await call(m, 'post', `/shifts/${shiftId}/check-in`, body), 400, 'VALIDATION_FAILED');
      }
      expect((await claimRow(mine.id)).status).toBe(ShiftClaimStatus.Confirmed);
      const ok = await call(m, 'post', `/shifts/${shiftId}/check-in`, NEAR);
      expect(ok.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.CheckedIn, checkInMethod: 'location' }));
      expect((await claimRow(mine.id)).checkInDistanceM).toBe(100);
    });

    it('by location only after the separate consent to location use; withdrawing it stops location check-in, not the QR code', async () => {
      const shiftId = await shiftOf(3, spanFromNow(5));
      const m = await member();
      const mine = (await claim(m, shiftId)).body;
      const refused = await send(m, 'post', `/shifts/${shiftId}/check-in`, NEAR);
      expectError(refused, 400, 'PRIVACY_LOCATION_CONSENT_REQUIRED');
      expect(refused.body.message).toContain('位置');
      expect(await claimRow(mine.id)).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Confirmed, checkedInAt: null }));
      await agreeToLocation(m);
      expect((await send(m, 'post', `/shifts/${shiftId}/check-in`, NEAR)).body).toEqual(expect.objectContaining({ checkInMethod: 'location' }));
      await send(m, 'post', '/privacy/consent/withdrawal', { kind: 'location' });
      expectError(await send(m, 'post', `/shifts/${shiftId}/check-out`, NEAR), 400, 'PRIVACY_LOCATION_CONSENT_REQUIRED');
      expect((await claimRow(mine.id)).checkedOutAt).toBeNull();
    });

    it('refuses check-out without check-in, other people, waiting members and early check-ins', async () => {
      const shiftId = await shiftOf(1, spanFromNow(10));
      const [holder, waiter, stranger] = await members(3, '签到党员');
      await claim(holder, shiftId);
      await claim(waiter, shiftId);
      expectError(await call(holder, 'post', `/shifts/${shiftId}/check-out`, NEAR), 409, 'SHIFT_NOT_CHECKED_IN');
      expectError(await call(stranger, 'post', `/shifts/${shiftId}/check-out`, NEAR), 403, 'SHIFT_NOT_CLAIMER');
      expectError(await call(stranger, 'post', `/shifts/${shiftId}/check-in`, NEAR), 403, 'SHIFT_NOT_CLAIMER');
      expectError(await call('赵小明', 'post', `/shifts/${shiftId}/check-in`, NEAR), 403, 'SHIFT_NOT_CLAIMER');
      expectError(await call('陈静', 'post', `/shifts/${shiftId}/check-in`, NEAR), 404, 'SHIFT_NOT_FOUND');
      expectError(await call(waiter, 'post', `/shifts/${shiftId}/check-in`, NEAR), 409, 'SHIFT_CLAIM_WAITING');
      for (const name of ['王建军', '陈志刚']) expectError(await call(name, 'get', `/shifts/${shiftId}/check-in-code`), 404, 'SHIFT_NOT_FOUND');
      const later = await shiftOf(1, spanFromNow(3 * 60));
      await claim(holder, later);
      expectError(await call(holder, 'post', `/shifts/${later}/check-in`, NEAR), 409, 'SHIFT_CHECK_IN_EARLY');
    });

    it('hours come from check-in and check-out, capped at the shift, to the minute; points = hours × points per hour, rounded down', async () => {
      const shiftId = await shiftOf(5, spanFromNow(10, 120), { pointsPerHour: 7 });
      const [onTime, lateLeaver] = await members(2, '计时党员');
      const a = (await claim(onTime, shiftId)).body;
      const b = (await claim(lateLeaver, shiftId)).body;
      await call(onTime, 'post', `/shifts/${shiftId}/check-in`, NEAR); // 10 minutes early: counts from the start
      await call(lateLeaver, 'post', `/shifts/${shiftId}/check-in`, { qrToken: await qrCode(shiftId) });
      // 1 h 45 min 20 s pass: the shift started 95 min 20 s ago.
      await rewind(shiftId, 105 * MIN + 20_000);
      const out = await call(onTime, 'post', `/shifts/${shiftId}/check-out`, { qrToken: await qrCode(shiftId) });
      expect(out.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.CheckedOut, servedMinutes: 95 }));
      expectError(await call(onTime, 'post', `/shifts/${shiftId}/check-out`, NEAR), 409, 'SHIFT_ALREADY_CHECKED_OUT');
      // 40 more minutes: the shift ended 15 min 20 s ago; the late check-out is capped at the end.
      await rewind(shiftId, 40 * MIN);
      const late = await call(lateLeaver, 'post', `/shifts/${shiftId}/check-out`, NEAR);
      expect(late.body.servedMinutes).toBe(120);

      expectError(await call('王建军', 'post', `/shift-claims/${a.id}/hours`, {}), 404, 'SHIFT_CLAIM_NOT_FOUND');
      expectError(await call('陈志刚', 'post', `/shift-claims/${a.id}/hours`, {}), 404, 'SHIFT_CLAIM_NOT_FOUND');
      const confirmed = await call('李红梅', 'post', `/shift-claims/${a.id}/hours`, {});
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Completed, confirmedMinutes: 95, points: 11 })); // 95 × 7 / 60 = 11.08
      const entry = await t.dataSource.getRepository(PointsEntry).findOneByOrFail({ sourceType: PointsSource.Shift, sourceId: a.id });
      expect([entry.userId, entry.amount, entry.communityId]).toEqual([onTime.id, 11, donghu]);
      // Confirming twice, even at the same moment, credits once.
      const again = await Promise.all([1, 2, 3].map(() => call('李红梅', 'post', `/shift-claims/${b.id}/hours`, {})));
      expect(again.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of again.filter((x) => x.status !== 200)) expectError(r, 409, 'SHIFT_HOURS_ALREADY_CONFIRMED');
      expectError(await call('李红梅', 'post', `/shift-claims/${a.id}/hours`, {}), 409, 'SHIFT_HOURS_ALREADY_CONFIRMED');
      expect(await t.dataSource.getRepository(PointsEntry).findBy({ sourceType: PointsSource.Shift, sourceId: b.id })).toEqual([
        expect.objectContaining({ amount: 14 }),
      ]); // 120 × 7 / 60
      expect((await call(onTime, 'get', `/me/points?communityId=${donghu}`)).body.balance).toBe(11);
      expect((await call(lateLeaver, 'get', `/me/service-hours?communityId=${donghu}`)).body).toEqual({
        communityId: donghu,
        completedShifts: 1,
        confirmedMinutes: 120,
        points: 14,
      });
      const past = (await call(onTime, 'get', '/me/shift-claims?when=past')).body;
      expect(past[0].claim).toEqual(expect.objectContaining({ id: a.id, confirmedMinutes: 95, points: 11 }));
    });

    it('the secretary adjusts hours with a reason (forgotten check-out), confirms a whole shift in bulk, and check-out closes an hour after the end', async () => {
      const shiftId = await shiftOf(5, spanFromNow(10, 60), { pointsPerHour: 12 });
      const [forgetful, x, y] = await members(3, '批量党员');
      const f = (await claim(forgetful, shiftId)).body;
      for (const m of [forgetful, x, y]) {
        if (m !== forgetful) await claim(m, shiftId);
        await call(m, 'post', `/shifts/${shiftId}/check-in`, NEAR);
      }
      await rewind(shiftId, 80 * MIN); // the shift ended 10 minutes ago
      for (const m of [x, y]) await call(m, 'post', `/shifts/${shiftId}/check-out`, NEAR);
      expectError(await call('李红梅', 'post', `/shift-claims/${f.id}/hours`, {}), 409, 'SHIFT_HOURS_NOT_READY');
      expectError(await call('李红梅', 'post', `/shift-claims/${f.id}/hours`, { minutes: 50 }), 400, 'SHIFT_HOURS_REASON_REQUIRED');
      expectError(await call('李红梅', 'post', `/shift-claims/${f.id}/hours`, { minutes: 61, reason: '多算一分钟' }), 400, 'SHIFT_HOURS_TOO_LONG');
      expectError(await call('李红梅', 'post', `/shift-claims/${f.id}/hours`, { minutes: 50.5, reason: '半分钟' }), 400, 'VALIDATION_FAILED');
      expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceId: f.id })).toBe(0);
      const adjusted = await call('李红梅', 'post', `/shift-claims/${f.id}/hours`, { minutes: 50, reason: '忘记签退，现场负责人确认服务到 10 点' });
      expect(adjusted.body).toEqual(
        expect.objectContaining({ status: ShiftClaimStatus.Completed, confirmedMinutes: 50, points: 10, note: '忘记签退，现场负责人确认服务到 10 点' }),
      );
      const bulk = await call('李红梅', 'post', `/shifts/${shiftId}/hours-confirmation`);
      expect(bulk.status).toBe(200);
      expect(bulk.body.claims.map((c: { status: string; confirmedMinutes: number; points: number }) => [c.status, c.confirmedMinutes, c.points])).toEqual([
        [ShiftClaimStatus.Completed, 50, 10],
        [ShiftClaimStatus.Completed, 60, 12],
        [ShiftClaimStatus.Completed, 60, 12],
      ]);
      expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceType: PointsSource.Shift, userId: x.id })).toBe(1);
      expectError(await call('钱进', 'post', `/shifts/${shiftId}/hours-confirmation`), 404, 'SHIFT_NOT_FOUND');

      const closing = await shiftOf(5, spanFromNow(10, 60));
      const [slow] = await members(1, '迟签党员');
      await claim(slow, closing);
      await call(slow, 'post', `/shifts/${closing}/check-in`, NEAR);
      await rewind(closing, 131 * MIN); // ended 61 minutes ago
      expectError(await call(slow, 'post', `/shifts/${closing}/check-out`, NEAR), 409, 'SHIFT_CHECK_OUT_CLOSED');
      expectError(await call(slow, 'post', `/shifts/${closing}/check-in`, NEAR), 409, 'SHIFT_ALREADY_CHECKED_IN');
    });
  });

  describe('the end-of-shift sweep', () => {
    it('marks no-shows and closes the waiting list once, even with two sweeps at once', async () => {
      const shiftId = await shiftOf(2, spanFromNow(10, 30));
      const [present, absent, waiting] = await members(3, '到岗党员');
      for (const m of [present, absent, waiting]) await claim(m, shiftId);
      await call(present, 'post', `/shifts/${shiftId}/check-in`, NEAR);
      const sweeper = t.app.get(ShiftEndService);
      await sweeper.sweep();
      expect((await shiftRow(shiftId)).sweptAt).toBeNull(); // not ended yet
      await rewind(shiftId, 41 * MIN);
      const events = (kind: string) => t.dataSource.getRepository(PostEvent).countBy({ kind });
      const [noShowsBefore, lapsedBefore] = [await events('mark_no_show'), await events('lapse')];
      const results = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
      expect(results[0].noShows + results[1].noShows).toBe((await events('mark_no_show')) - noShowsBefore);
      expect(results[0].lapsed + results[1].lapsed).toBe((await events('lapse')) - lapsedBefore);
      const list = await roster(shiftId);
      const statusOf = (m: CrowdMember) => list.claims.find((c: { memberId: string }) => c.memberId === m.id).status;
      expect([statusOf(present), statusOf(absent), statusOf(waiting)]).toEqual([ShiftClaimStatus.CheckedIn, ShiftClaimStatus.NoShow, ShiftClaimStatus.Lapsed]);
      expect(await t.dataSource.getRepository(PostEvent).countBy({ shiftId, kind: 'mark_no_show' })).toBe(1);
      const absentClaim = list.claims.find((c: { memberId: string }) => c.memberId === absent.id);
      expectError(await call('李红梅', 'post', `/shift-claims/${absentClaim.id}/hours`, {}), 409, 'SHIFT_HOURS_NOT_READY');
      const excused = await call('李红梅', 'post', `/shift-claims/${absentClaim.id}/hours`, { minutes: 20, reason: '手机没电未能签到，现场有照片' });
      expect(excused.body).toEqual(expect.objectContaining({ status: ShiftClaimStatus.Completed, confirmedMinutes: 20, points: 3 }));
    });
  });
});
