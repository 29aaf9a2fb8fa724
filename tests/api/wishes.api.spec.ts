import { CommunityWishSettings } from '../../server/src/wishes/community-wish-settings.entity';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PointsSource, Role, shanghaiDateOf, addDaysToDate, WishCategory, WishPhotoKind, WishStatus } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Notification } from '../../server/src/notifications/notification.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { WishClaim } from '../../server/src/wishes/wish-claim.entity';
import { WishDeadlinesService } from '../../server/src/wishes/wish-deadlines.service';
import { WishEvent } from '../../server/src/wishes/wish-event.entity';
import { WishPhoto } from '../../server/src/wishes/wish-photo.entity';
import { newId } from '../../server/src/database/ids';
import { crowd } from '../support/crowd';
import { gpsJpeg, headerOnlyPng, noisyJpeg, sharp } from '../support/images';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;
/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describeApi('wish wall (微心愿)', () => {
  let t: TestApp;
  let donghu: string;
  const today = shanghaiDateOf(new Date());
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const homeOf = async (name: string) =>
    (
      await t
        .http()
        .get('/api/v1/me')
        .set(await as(name))
        .expect(200)
    ).body.households[0].householdId as string;
  const wishBody = async (name: string, extra: object = {}) => ({
    householdId: await homeOf(name),
    title: '想要一床厚棉被',
    story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
    category: WishCategory.Goods,
    valueFen: 20_000,
    wantedBy: addDaysToDate(today, 20),
    ...extra,
  });
  const send = async (name: string, method: 'get' | 'post', path: string, body?: object) => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await as(name));
    return body ? request.send(body) : request;
  };
  const post = async (name: string, body: object) => send(name, 'post', '/wishes', body);
  /** A wish by 王秀英, approved onto the wall. */
  const openWish = async (extra: object = {}) => {
    const wish = (await post('王秀英', await wishBody('王秀英', { beneficiaryGender: 'female', ...extra }))).body;
    expect((await send('李红梅', 'post', `/wishes/${wish.id}/approval`, {})).status).toBe(200);
    return wish.id as string;
  };
  const wishCount = () => t.dataSource.getRepository(Wish).count();

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
  });
  afterAll(async () => t?.close());

  describe('posting and review', () => {
    it('a resident posts a wish; it waits for the secretary and is not on the wall yet', async () => {
      const res = await post('王秀英', await wishBody('王秀英'));
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({ status: WishStatus.PendingReview, beneficiaryName: '王秀英', postedByAgent: false, householdLabel: '1号楼 2单元 101' }),
      );
      const wall = (await send('王建军', 'get', `/communities/${donghu}/wishes`)).body;
      expect(wall.items.map((w: { id: string }) => w.id)).not.toContain(res.body.id);
      expect((await send('王建军', 'get', `/wishes/${res.body.id}`)).status).toBe(404);
      const queue = (await send('李红梅', 'get', `/communities/${donghu}/wishes/review`)).body;
      expect(queue.items.map((w: { id: string }) => w.id)).toContain(res.body.id);
      expect((await send('陈志刚', 'get', `/communities/${donghu}/wishes/review`)).status).toBe(403);
    });

    it('a grid worker posts for a resident of their grid, with consent recorded', async () => {
      const body = await wishBody('李桂兰', { beneficiaryUserId: await t.userIdOf('李桂兰'), consentNote: '本人口头同意，网格员孙丽入户记录' });
      const res = await post('孙丽', body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({ beneficiaryName: '李桂兰', agentName: '孙丽', postedByAgent: true, consentNote: '本人口头同意，网格员孙丽入户记录' }),
      );
      expect((await send('李桂兰', 'get', `/wishes/${res.body.id}/private`)).status).toBe(200); // the beneficiary sees it too
      const noConsent = await post('孙丽', { ...body, consentNote: undefined });
      expect([noConsent.status, noConsent.body.code]).toEqual([400, 'WISH_AGENT_CONSENT_REQUIRED']);
    });

    it('refuses agents outside their grid, and residents posting for others', async () => {
      const before = await wishCount();
      const zhao = await t.userIdOf('赵小明'); // lives in 4号楼, the second grid
      const outside = await post('孙丽', await wishBody('赵小明', { beneficiaryUserId: zhao, consentNote: '同意' }));
      expect([outside.status, outside.body.code]).toEqual([403, 'ACCESS_DENIED']);
      const neighbour = await post('赵小明', await wishBody('王秀英', { beneficiaryUserId: await t.userIdOf('王秀英'), consentNote: '同意' }));
      expect(neighbour.status).toBe(403);
      const notMyFlat = await post('赵小明', await wishBody('王秀英'));
      expect([notMyFlat.status, notMyFlat.body.code]).toEqual([400, 'HOUSEHOLD_NOT_YOURS']);
      expect(await wishCount()).toBe(before);
    });

    it.each([
      ['a value over the cap', { valueFen: 50_001 }, 'WISH_VALUE_OVER_CAP'],
      ['a wanted-by date in the past', { wantedBy: '2020-01-01' }, 'WISH_WANTED_BY_INVALID'],
      ['an impossible date', { wantedBy: '2026-02-30' }, 'VALIDATION_FAILED'],
      ['a date more than a year away', { wantedBy: addDaysToDate(today, 400) }, 'WISH_WANTED_BY_INVALID'],
      ['a fractional value', { valueFen: 12.5 }, 'VALIDATION_FAILED'],
      ['an over-long title', { title: '题'.repeat(41) }, 'VALIDATION_FAILED'],
      ['an unknown category', { category: 'money' }, 'VALIDATION_FAILED'],
      ['an unknown field', { beneficiaryPhone: '13800000000' }, 'VALIDATION_FAILED'],
    ])('refuses %s and changes nothing', async (_case, patch, code) => {
      const before = await wishCount();
      const res = await post('王秀英', await wishBody('王秀英', patch));
      expect([res.status, res.body.code]).toEqual([400, code]);
      expect(await wishCount()).toBe(before);
    });

    it('the secretary approves with private details edited out, or rejects with a reason; once', async () => {
      const wish = (await post('王秀英', await wishBody('王秀英', { story: '我叫王秀英，电话13800000041，想要一床厚棉被过冬。' }))).body;
      for (const [name, decision] of [
        ['陈志刚', 'approval'],
        ['陈志刚', 'rejection'],
        ['孙丽', 'approval'],
        ['王秀英', 'approval'],
      ] as const) {
        const outsider = await send(name, 'post', `/wishes/${wish.id}/${decision}`, { reason: '不是我能审的' });
        expect([name, outsider.status, outsider.body.code]).toEqual([name, 404, 'WISH_NOT_FOUND']);
      }
      const approved = await send('李红梅', 'post', `/wishes/${wish.id}/approval`, { story: '独居老人想要一床厚棉被过冬。' });
      expect(approved.status).toBe(200);
      expect(approved.body).toEqual(expect.objectContaining({ status: WishStatus.Open, story: '独居老人想要一床厚棉被过冬。' }));
      const again = await send('李红梅', 'post', `/wishes/${wish.id}/rejection`, { reason: '重复' });
      expect([again.status, again.body.code]).toEqual([409, 'WISH_ALREADY_REVIEWED']);
      const other = (await post('王秀英', await wishBody('王秀英'))).body;
      const rejected = await send('李红梅', 'post', `/wishes/${other.id}/rejection`, { reason: '与上一个心愿重复' });
      expect(rejected.body).toEqual(expect.objectContaining({ status: WishStatus.Rejected, rejectReason: '与上一个心愿重复' }));
    });
  });

  describe('privacy of the beneficiary', () => {
    it('no public response carries her full name, phone or household', async () => {
      const id = await openWish();
      const household = await t.dataSource.getRepository(Household).findOneByOrFail({ id: await homeOf('王秀英') });
      const responses = [
        await send('王建军', 'get', `/communities/${donghu}/wishes`),
        await send('王建军', 'get', `/communities/${donghu}/wishes?sort=urgent`),
        await send('王建军', 'get', `/wishes/${id}`),
        await send('赵小明', 'get', `/communities/${donghu}/wishes/counts`),
        await send('马丽娟', 'get', `/streets/${(await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东风街道' })).id}/wishes`),
      ];
      for (const res of responses) {
        expect(res.status).toBe(200);
        const text = JSON.stringify(res.body);
        for (const secret of ['王秀英', '13800000041', household.id, household.label, '2单元 101']) expect(text).not.toContain(secret);
      }
      expect(responses[2].body).toEqual(expect.objectContaining({ beneficiaryMasked: '王女士', building: expect.objectContaining({ name: '1号楼' }) }));
      expect((await send('王建军', 'get', `/wishes/${id}/private`)).status).toBe(404);
      expect((await send('郭艳', 'get', `/wishes/${id}`)).status).toBe(404); // another street
      expect((await send('马丽娟', 'get', `/communities/${donghu}/wishes`)).status).toBe(403);
      expect((await send('马丽娟', 'get', `/communities/${donghu}/wishes/counts`)).status).toBe(403);
    });

    it('the contact details go to the live claimer only, and only while the claim lasts', async () => {
      const id = await openWish();
      expect((await send('王建军', 'get', `/wishes/${id}/contact`)).status).toBe(403);
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      const contact = await send('王建军', 'get', `/wishes/${id}/contact`);
      expect(contact.status).toBe(200);
      expect(contact.body).toEqual(expect.objectContaining({ beneficiaryName: '王秀英', phone: '13800000041', address: '东湖社区 1号楼 2单元 101' }));
      expect((await send('张伟', 'get', `/wishes/${id}/contact`)).status).toBe(403);
      expect((await send('李红梅', 'get', `/wishes/${id}/contact`)).status).toBe(403);
      await send('王建军', 'post', `/wishes/${id}/claim-cancellation`, {});
      const after = await send('王建军', 'get', `/wishes/${id}/contact`);
      expect([after.status, after.body.code]).toEqual([403, 'WISH_NOT_CLAIMER']);
    });
  });

  describe('claiming', () => {
    it('200 members tapping at once: exactly one claim, the rest hear it is taken', async () => {
      const id = await openWish();
      const members = await crowd(t, 200, Role.PartyMember, donghu, '党员');
      const results = await Promise.all(members.map((m) => t.http().post(`/api/v1/wishes/${id}/claims`).set(bearer(m.token)).send({})));
      const won = results.filter((r) => r.status === 201);
      expect(won).toHaveLength(1);
      const lost = results.filter((r) => r.status !== 201);
      expect(lost.every((r) => r.status === 409 && r.body.code === 'WISH_ALREADY_CLAIMED' && r.body.message.includes('已被'))).toBe(true);
      expect(await t.dataSource.getRepository(WishClaim).countBy({ wishId: id })).toBe(1);
      const wish = await t.dataSource.getRepository(Wish).findOneByOrFail({ id });
      expect(wish.status).toBe(WishStatus.Claimed);
      expect(won[0].body.claimerName).toMatch(/^党员\d+$/);
    });

    it('only party members and unit contacts of the community claim, never their own wish', async () => {
      const id = await openWish();
      for (const [name, status, code] of [
        ['赵小明', 403, 'WISH_CLAIM_NOT_ALLOWED'],
        ['王秀英', 400, 'WISH_OWN_WISH'],
        // A member of 柳园 (same street: the street wall shows her this wish) is told why, not that it is missing.
        ['陈静', 403, 'WISH_CLAIM_NOT_ALLOWED'],
        // A member of another street cannot see it at all.
        ['林涛', 404, 'WISH_NOT_FOUND'],
      ] as const) {
        const res = await send(name, 'post', `/wishes/${id}/claims`, {});
        expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      }
      expect((await send('陈静', 'post', `/wishes/${id}/claims`, {})).body.message).toContain('只能认领您报到社区的心愿');
      expect((await send('赵小明', 'post', `/wishes/${id}/claims`, {})).body.message).toContain('党员或共建单位联络人');
      const unitContact = await send('钱进', 'post', `/wishes/${id}/claims`, {});
      expect(unitContact.status).toBe(201);
      const pending = (await post('王秀英', await wishBody('王秀英'))).body;
      const early = await send('王建军', 'post', `/wishes/${pending.id}/claims`, {});
      expect([early.status, early.body.code]).toEqual([409, 'WISH_WRONG_STATE']);
    });

    it('the 帮帮团 picker offers the Party members of the wish’s community, to those who may claim it, while it is open', async () => {
      const id = await openWish();
      const everyone = await send('王建军', 'get', `/wishes/${id}/co-claimer-candidates`);
      expect(everyone.status).toBe(200);
      expect(everyone.body.length).toBeLessThanOrEqual(100); // one list's worth; a name narrows it
      const names: string[] = [];
      for (const q of ['张', '刘', '王', '赵', '陈']) {
        const offered = await send('王建军', 'get', `/wishes/${id}/co-claimer-candidates?q=${encodeURIComponent(q)}`);
        expect(offered.status).toBe(200);
        names.push(...offered.body.map((c: { displayName: string }) => c.displayName));
      }
      expect(names).toEqual(expect.arrayContaining(['张伟', '刘洋']));
      for (const absent of ['王建军', '赵小明', '陈静', '王秀英']) expect(names).not.toContain(absent); // himself, a resident, another community, the beneficiary
      expect(Object.keys(everyone.body[0]).sort()).toEqual(['displayName', 'userId']); // names only, no phone
      const resident = await send('赵小明', 'get', `/wishes/${id}/co-claimer-candidates`);
      expect([resident.status, resident.body.code]).toEqual([403, 'WISH_CLAIM_NOT_ALLOWED']);
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      const taken = await send('张伟', 'get', `/wishes/${id}/co-claimer-candidates`);
      expect([taken.status, taken.body.code]).toEqual([409, 'WISH_WRONG_STATE']);
    });

    it('a group claim (帮帮团) of up to 5 shares the points on confirmation, once', async () => {
      const id = await openWish();
      const [zhang, liu] = [await t.userIdOf('张伟'), await t.userIdOf('刘洋')];
      const bad = await send('王建军', 'post', `/wishes/${id}/claims`, { coClaimerIds: [await t.userIdOf('赵小明')] });
      expect([bad.status, bad.body.code]).toEqual([400, 'WISH_CO_CLAIMER_INVALID']);
      const tooMany = await send('王建军', 'post', `/wishes/${id}/claims`, { coClaimerIds: ['a', 'b', 'c', 'd', 'e'] });
      expect([tooMany.status, tooMany.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const claimed = await send('王建军', 'post', `/wishes/${id}/claims`, { coClaimerIds: [zhang, liu] });
      expect(claimed.status).toBe(201);
      expect(claimed.body.coClaimerNames).toEqual(['张伟', '刘洋']);
      const told = await t.dataSource.getRepository(Notification).findOneByOrFail({
        userId: await t.userIdOf('王秀英'),
        dedupeKey: `wish_claimed:${(await t.dataSource.getRepository(Wish).findOneByOrFail({ id })).claimId}`,
      });
      expect(told.body).toMatch(new RegExp(`^王建军等 3 人（帮帮团）认领了心愿「[^」]+」，承诺在\\d+月\\d+日前完成`));
      const strangerProof = await send('张伟', 'post', `/wishes/${id}/fulfilment`, { note: '我来交' });
      expect([strangerProof.status, strangerProof.body.code]).toEqual([403, 'WISH_NOT_CLAIMER']);
      await send('王建军', 'post', `/wishes/${id}/fulfilment`, { note: '棉被已送到家里' }).then((r) => expect(r.status).toBe(200));
      const wrongConfirmer = await send('王建军', 'post', `/wishes/${id}/confirmation`, { rating: 5 });
      expect([wrongConfirmer.status, wrongConfirmer.body.code]).toEqual([403, 'WISH_NOT_BENEFICIARY']);
      const confirmations = await Promise.all(
        [1, 2, 3].map(async () => send('王秀英', 'post', `/wishes/${id}/confirmation`, { thanks: '谢谢你们，被子很暖和', rating: 5 })),
      );
      expect(confirmations.filter((r) => r.status === 200)).toHaveLength(1);
      expect(confirmations.filter((r) => r.status === 409).every((r) => r.body.code === 'WISH_WRONG_STATE')).toBe(true);
      const entries = await t.dataSource.getRepository(PointsEntry).findBy({ sourceType: PointsSource.Wish, sourceId: id });
      expect(entries.map((e) => e.amount).sort()).toEqual([3, 3, 3]);
      const confirmed = (await send('王秀英', 'get', `/wishes/${id}/private`)).body;
      expect(confirmed).toEqual(expect.objectContaining({ status: WishStatus.Confirmed, thanks: '谢谢你们，被子很暖和', rating: 5 }));
      const counts = (await send('赵小明', 'get', `/communities/${donghu}/wishes/counts`)).body;
      expect(counts.fulfilled).toBeGreaterThanOrEqual(1);
    });

    it('the claimer can give a wish back; it returns to the wall for the next claimer', async () => {
      const id = await openWish();
      await send('张伟', 'post', `/wishes/${id}/claims`, {});
      const notMine = await send('刘洋', 'post', `/wishes/${id}/claim-cancellation`, {});
      expect([notMine.status, notMine.body.code]).toEqual([403, 'WISH_NOT_CLAIMER']);
      expect((await send('张伟', 'post', `/wishes/${id}/claim-cancellation`, {})).body.status).toBe(WishStatus.Open);
      expect((await send('刘洋', 'post', `/wishes/${id}/claims`, {})).status).toBe(201);
      const withdraw = await send('王秀英', 'post', `/wishes/${id}/withdrawal`, {});
      expect([withdraw.status, withdraw.body.code]).toEqual([409, 'WISH_WITHDRAW_AFTER_CLAIM']);
    });

    it('the secretary reassigns a claimed wish with a reason', async () => {
      const id = await openWish();
      await send('张伟', 'post', `/wishes/${id}/claims`, {});
      const liu = await t.userIdOf('刘洋');
      for (const [name, body, status, code] of [
        ['王建军', { claimerId: liu, reason: '我来安排' }, 404, 'WISH_NOT_FOUND'],
        ['陈志刚', { claimerId: liu, reason: '跨社区安排' }, 404, 'WISH_NOT_FOUND'],
        ['李红梅', { claimerId: liu }, 400, 'VALIDATION_FAILED'],
        ['李红梅', { claimerId: await t.userIdOf('赵小明'), reason: '改派给居民' }, 403, 'WISH_CLAIM_NOT_ALLOWED'],
        ['李红梅', { claimerId: await t.userIdOf('王秀英'), reason: '改派给本人' }, 403, 'WISH_CLAIM_NOT_ALLOWED'],
      ] as const) {
        const res = await send(name, 'post', `/wishes/${id}/reassignment`, body);
        expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      }
      const res = await send('李红梅', 'post', `/wishes/${id}/reassignment`, { claimerId: await t.userIdOf('刘洋'), reason: '张伟出差，改由刘洋完成' });
      expect(res.status).toBe(200);
      expect(res.body.claimerName).toBe('刘洋');
      expect((await send('刘洋', 'get', `/wishes/${id}/contact`)).status).toBe(200);
      expect((await send('张伟', 'get', `/wishes/${id}/contact`)).status).toBe(403);
    });

    it('the poster withdraws before any claim; a withdrawn wish cannot be claimed', async () => {
      const id = await openWish();
      // A neighbour sees the wish on the wall: told why not. Outside the street, or before it is on the wall, it is not there.
      const stranger = await send('赵小明', 'post', `/wishes/${id}/withdrawal`, {});
      expect([stranger.status, stranger.body.code, stranger.body.message]).toEqual([403, 'WISH_NOT_POSTER', expect.stringContaining('发布人')]);
      expect((await send('罗志强', 'post', `/wishes/${id}/withdrawal`, {})).body.code).toBe('WISH_NOT_FOUND');
      const pending = (await post('王秀英', await wishBody('王秀英'))).body.id;
      expect((await send('赵小明', 'post', `/wishes/${pending}/withdrawal`, {})).body.code).toBe('WISH_NOT_FOUND');
      expect((await send('王秀英', 'post', `/wishes/${id}/withdrawal`, {})).body.status).toBe(WishStatus.Withdrawn);
      const claim = await send('王建军', 'post', `/wishes/${id}/claims`, {});
      expect([claim.status, claim.body.code]).toEqual([409, 'WISH_WITHDRAWN']);
    });
  });

  describe('deadlines', () => {
    it('an overdue claim is reminded, then released once even with two sweeps running at once', async () => {
      const id = await openWish();
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      const sweeper = t.app.get(WishDeadlinesService);
      const claimedAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id })).claimedAt!;
      await sweeper.sweep(new Date(claimedAt.getTime() + 6 * DAY));
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id })).remindedAt).toBeNull(); // not due yet
      // Other tests' claims are overdue too: each wish must be handled by exactly one of the two sweeps.
      const events = (kind: string) => t.dataSource.getRepository(WishEvent).countBy({ kind });
      const remindedBefore = await events('remind');
      const reminders = await Promise.all([
        sweeper.sweep(new Date(claimedAt.getTime() + 7 * DAY + 1000)),
        sweeper.sweep(new Date(claimedAt.getTime() + 7 * DAY + 1000)),
      ]);
      expect(reminders[0].reminded + reminders[1].reminded).toBe((await events('remind')) - remindedBefore);
      const releasedBefore = await events('release');
      const releases = await Promise.all([
        sweeper.sweep(new Date(claimedAt.getTime() + 10 * DAY + 2000)),
        sweeper.sweep(new Date(claimedAt.getTime() + 10 * DAY + 2000)),
      ]);
      expect(releases[0].released + releases[1].released).toBe((await events('release')) - releasedBefore);
      expect(releases[0].released + releases[1].released).toBeGreaterThanOrEqual(1);
      const wish = await t.dataSource.getRepository(Wish).findOneByOrFail({ id });
      expect([wish.status, wish.claimerId]).toEqual([WishStatus.Open, null]);
      const history = await t.dataSource.getRepository(WishEvent).find({ where: { wishId: id }, order: { id: 'ASC' } });
      expect(history.map((e) => e.kind)).toEqual(['post', 'approve', 'claim', 'remind', 'release']);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'wish.release', targetId: id })).toBe(1);
      expect((await send('张伟', 'post', `/wishes/${id}/claims`, {})).status).toBe(201);
    });

    it('an unconfirmed fulfilment goes to the grid worker after 7 days, who may then confirm', async () => {
      const id = await openWish();
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      await send('王建军', 'post', `/wishes/${id}/fulfilment`, { note: '已送达' });
      const early = await send('孙丽', 'post', `/wishes/${id}/confirmation`, {});
      expect([early.status, early.body.code]).toEqual([403, 'WISH_NOT_BENEFICIARY']);
      const fulfilledAt = (await t.dataSource.getRepository(Wish).findOneByOrFail({ id })).fulfilledAt!;
      const swept = await t.app.get(WishDeadlinesService).sweep(new Date(fulfilledAt.getTime() + 7 * DAY + 1000));
      expect(swept.escalated).toBeGreaterThanOrEqual(1);
      // Only the grid worker of its grid and the community's secretary stand in for the resident.
      const otherGrid = await send('胡斌', 'post', `/wishes/${id}/confirmation`, {});
      expect([otherGrid.status, otherGrid.body.code]).toEqual([403, 'WISH_NOT_BENEFICIARY']);
      expect((await send('孙丽', 'post', `/wishes/${id}/confirmation`, {})).status).toBe(200);
      expect(await t.dataSource.getRepository(PointsEntry).countBy({ sourceType: PointsSource.Wish, sourceId: id })).toBe(1);
      // The audit trail says who confirmed, and that it was in the resident's place.
      const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'wish.confirm', targetId: id });
      expect(audit.actorId).toBe(await t.userIdOf('孙丽'));
      expect(JSON.stringify(audit.after)).toContain('"onBehalf":true');
    });
  });

  describe('history', () => {
    it("shows a wish's history in words, with times, to its people only; never private details", async () => {
      const id = await openWish({ title: '想请人陪我去医院复诊' });
      const wishes = t.dataSource.getRepository(Wish);
      const sweeper = t.app.get(WishDeadlinesService);
      expect((await send('张伟', 'post', `/wishes/${id}/claims`, {})).status).toBe(201);
      const claimedAt = (await wishes.findOneByOrFail({ id })).claimedAt!;
      await sweeper.sweep(new Date(claimedAt.getTime() + 7 * DAY + 1000));
      await sweeper.sweep(new Date(claimedAt.getTime() + 10 * DAY + 2000));
      expect((await send('王建军', 'post', `/wishes/${id}/claims`, {})).status).toBe(201);
      expect((await send('王建军', 'post', `/wishes/${id}/fulfilment`, { note: '已陪同复诊' })).status).toBe(200);
      await sweeper.sweep(new Date((await wishes.findOneByOrFail({ id })).fulfilledAt!.getTime() + 7 * DAY + 1000));

      const history = async (name: string) => send(name, 'get', `/wishes/${id}/history`);
      // Its poster and beneficiary, the live claimer and the community's secretary.
      for (const name of ['王秀英', '王建军', '李红梅']) expect([name, (await history(name)).status]).toEqual([name, 200]);
      // Others the wall shows it to are told why; people outside the street cannot see it at all.
      for (const [name, status, code] of [
        ['张伟', 403, 'WISH_HISTORY_NOT_ALLOWED'], // an earlier claimer, released
        ['赵小明', 403, 'WISH_HISTORY_NOT_ALLOWED'],
        ['陈志刚', 403, 'WISH_HISTORY_NOT_ALLOWED'], // the secretary of another community of the street
        ['罗志强', 404, 'WISH_NOT_FOUND'],
      ] as const) {
        const res = await history(name);
        expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      }
      expect((await history('赵小明')).body.message).toContain('发布人');

      expect((await send('孙丽', 'post', `/wishes/${id}/confirmation`, { thanks: '老人说谢谢' })).status).toBe(200);
      const res = await history('王秀英');
      expect(res.body.wishId).toBe(id);
      const items = res.body.items as { kind: string; label: string; note: string | null; at: string; bySystem: boolean }[];
      expect(items.map((i) => [i.kind, i.label, i.bySystem])).toEqual([
        ['post', '发布心愿', false],
        ['approve', '审核通过，上了心愿墙', false],
        ['claim', '被认领', false],
        ['remind', '认领超期，已提醒认领人', true],
        ['release', '认领超期未完成，回到心愿墙', true],
        ['claim', '被认领', false],
        ['fulfil', '认领人已完成', false],
        ['escalate', '超期未确认，转网格员或社区书记代确认', true],
        ['confirm', '确认收到，心愿已圆梦', false],
      ]);
      expect(items[8].note).toContain('代为确认');
      for (const item of items) expect(Number.isNaN(Date.parse(item.at))).toBe(false);
      // The confirmation's claimer may still read what became of the wish; nothing private is in it.
      const body = JSON.stringify((await history('王建军')).body);
      for (const secret of ['王秀英', '13800000041', '2单元 101']) expect(body).not.toContain(secret);
    });
  });

  describe('photos', () => {
    const upload = async (name: string, id: string, kind: string, content: Buffer, filename = 'photo.png') =>
      t
        .http()
        .post(`/api/v1/wishes/${id}/photos?kind=${kind}`)
        .set(await as(name))
        .attach('file', content, filename);

    it('a checked photo is private until the secretary approves it; its URL is signed', async () => {
      const wish = (await post('王秀英', await wishBody('王秀英'))).body;
      const uploaded = await upload('王秀英', wish.id, 'story', PNG);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toEqual(expect.objectContaining({ kind: 'story', approved: false, url: expect.stringContaining('sig=') }));
      await send('李红梅', 'post', `/wishes/${wish.id}/approval`, {});
      expect((await send('王建军', 'get', `/wishes/${wish.id}`)).body.photos).toEqual([]);
      const image = await t.http().get(uploaded.body.url);
      expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
      const served = await sharp(image.body).metadata(); // re-encoded: the same pixels, not the same bytes
      expect([served.format, served.width, served.height]).toEqual(['png', 1, 1]);
      const forged = await t.http().get(uploaded.body.url.replace(/sig=[^&]+/, 'sig=forged'));
      expect([forged.status, forged.body.code]).toEqual([404, 'WISH_PHOTO_NOT_FOUND']);
      const expired = await t.http().get(uploaded.body.url.replace(/expires=\d+/, 'expires=1000'));
      expect(expired.status).toBe(404);
      expect((await send('陈志刚', 'post', `/wish-photos/${uploaded.body.id}/approval`, {})).status).toBe(404);
      expect((await send('李红梅', 'post', `/wish-photos/${uploaded.body.id}/approval`, {})).body.approved).toBe(true);
      expect((await send('王建军', 'get', `/wishes/${wish.id}`)).body.photos.map((p: { id: string }) => p.id)).toEqual([uploaded.body.id]);
    });

    it('refuses fake, oversized and missing images, other people, and a fourth photo', async () => {
      const wish = (await post('王秀英', await wishBody('王秀英'))).body;
      const fake = await upload('王秀英', wish.id, 'story', Buffer.from('<svg onload=alert(1)>not an image</svg>'), 'cat.png');
      expect([fake.status, fake.body.code]).toEqual([400, 'WISH_PHOTO_NOT_IMAGE']);
      const huge = await upload('王秀英', wish.id, 'story', Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]));
      expect([huge.status, huge.body.code]).toEqual([413, 'WISH_PHOTO_TOO_LARGE']);
      const none = await t
        .http()
        .post(`/api/v1/wishes/${wish.id}/photos?kind=story`)
        .set(await as('王秀英'))
        .send({});
      expect([none.status, none.body.code]).toEqual([400, 'WISH_PHOTO_REQUIRED']);
      const stranger = await upload('赵小明', wish.id, 'story', PNG);
      expect(stranger.status).toBe(404);
      const badKind = await upload('王秀英', wish.id, 'selfie', PNG);
      expect([badKind.status, badKind.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const proofTooEarly = await upload('王建军', wish.id, 'proof', PNG);
      expect([proofTooEarly.status, proofTooEarly.body.code]).toEqual([403, 'WISH_NOT_CLAIMER']);
      const results = await Promise.all([1, 2, 3, 4].map(() => upload('王秀英', wish.id, 'story', PNG)));
      expect(results.filter((r) => r.status === 201)).toHaveLength(3);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(['WISH_PHOTO_LIMIT']);
      const stored = readdirSync(join(t.config.UPLOAD_DIR, 'wishes', wish.id));
      expect(stored).toHaveLength(6); // each photo and its thumbnail; the refused fourth upload left no file behind
    });

    it('a phone photo is served upright and without EXIF: no GPS to locate the home, in the photo or its thumbnail', async () => {
      const wish = (await post('王秀英', await wishBody('王秀英'))).body;
      const original = await gpsJpeg();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const uploaded = await upload('王秀英', wish.id, 'story', original, 'IMG_0001.jpg');
      expect(uploaded.status).toBe(201);
      for (const url of [uploaded.body.url, uploaded.body.thumbUrl]) {
        const image = await t.http().get(url);
        expect([image.status, image.headers['content-type']]).toEqual([200, 'image/jpeg']);
        const served = await sharp(image.body).metadata();
        expect([served.exif, served.xmp, served.orientation, served.width, served.height]).toEqual([undefined, undefined, undefined, 40, 60]);
      }
      const stored = await t.dataSource.getRepository(WishPhoto).findOneByOrFail({ id: uploaded.body.id });
      expect([stored.mime, stored.width, stored.height]).toEqual(['image/jpeg', 40, 60]);
    });

    it('refuses a file whose header parses but whose pixels do not (a PNG cut after 30 bytes): 400, nothing stored, no slot taken', async () => {
      const wish = (await post('王秀英', await wishBody('王秀英'))).body;
      const broken = await upload('王秀英', wish.id, 'story', await headerOnlyPng());
      expect([broken.status, broken.body.code, broken.body.message]).toEqual([400, 'WISH_PHOTO_UNREADABLE', expect.stringContaining('照片无法识别')]);
      expect(await t.dataSource.getRepository(WishPhoto).countBy({ wishId: wish.id })).toBe(0);
      for (let i = 0; i < 3; i++) expect((await upload('王秀英', wish.id, 'story', PNG)).status).toBe(201); // all three slots still free
      expect(readdirSync(join(t.config.UPLOAD_DIR, 'wishes', wish.id))).toHaveLength(6);
    });

    it("the wall's card carries a thumbnail of a 5 MB photo that downloads small; the full photo is capped at 2048 px", async () => {
      const id = await openWish();
      const big = await noisyJpeg();
      expect(big.length).toBeGreaterThan(4.5 * 1024 * 1024);
      const uploaded = await upload('王秀英', id, 'story', big, 'camera.jpg');
      expect(uploaded.status).toBe(201);
      expect((await send('李红梅', 'post', `/wish-photos/${uploaded.body.id}/approval`, {})).status).toBe(200);
      const card = (await send('王建军', 'get', `/communities/${donghu}/wishes?limit=100`)).body.items.find((w: { id: string }) => w.id === id);
      expect(card.photos).toEqual([expect.objectContaining({ id: uploaded.body.id, thumbUrl: expect.stringContaining('sig=') })]);
      const thumb = await t.http().get(card.photos[0].thumbUrl);
      expect([thumb.status, thumb.headers['content-type']]).toEqual([200, 'image/jpeg']);
      expect(thumb.body.length).toBeLessThan(60 * 1024);
      const small = await sharp(thumb.body).metadata();
      expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(480);
      const full = await sharp((await t.http().get(card.photos[0].url)).body).metadata();
      expect([full.width, full.height]).toEqual([2048, 1536]);
      // The thumbnail's signature is its own: it does not open the full photo, nor another photo.
      const swapped = card.photos[0].thumbUrl.replace('/thumbnail?', '/content?');
      expect((await t.http().get(swapped)).status).toBe(404);
    }, 60_000);

    it('a photo stored as received before re-encoding is re-encoded on its first request: no EXIF served, a thumbnail made, the original deleted', async () => {
      const id = await openWish();
      const photoId = newId();
      const legacyKey = `wishes/${id}/${photoId}.jpg`;
      mkdirSync(join(t.config.UPLOAD_DIR, 'wishes', id), { recursive: true });
      writeFileSync(join(t.config.UPLOAD_DIR, legacyKey), await gpsJpeg());
      const author = await t.dataSource.getRepository(Wish).findOneByOrFail({ id });
      await t.dataSource.getRepository(WishPhoto).insert({
        id: photoId,
        wishId: id,
        kind: WishPhotoKind.Story,
        slot: 1,
        storageKey: legacyKey,
        thumbKey: null,
        mime: 'image/jpeg',
        bytes: 1,
        width: 60,
        height: 40,
        uploadedBy: author.postedBy,
        approved: true,
      });
      const views = (await send('王秀英', 'get', `/wishes/${id}/private`)).body.allPhotos;
      const [thumb, full] = await Promise.all([t.http().get(views[0].thumbUrl), t.http().get(views[0].url)]);
      for (const image of [thumb, full]) {
        expect(image.status).toBe(200);
        const served = await sharp(image.body).metadata();
        expect([served.exif, served.width, served.height]).toEqual([undefined, 40, 60]);
      }
      const upgraded = await t.dataSource.getRepository(WishPhoto).findOneByOrFail({ id: photoId });
      expect(upgraded.thumbKey).toEqual(expect.stringContaining('.thumb.'));
      expect(existsSync(join(t.config.UPLOAD_DIR, legacyKey))).toBe(false);
      expect((await sharp((await t.http().get(views[0].url)).body).metadata()).exif).toBeUndefined(); // now from the stored re-encoding
    });

    it('the claimer uploads proof while the claim is live', async () => {
      const id = await openWish();
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      const proof = await upload('王建军', id, 'proof', PNG);
      expect(proof.status).toBe(201);
      const seen = (await send('王秀英', 'get', `/wishes/${id}/private`)).body.allPhotos;
      expect(seen.map((p: { kind: string; approved: boolean }) => [p.kind, p.approved])).toEqual([['proof', false]]);
    });

    it('after 我已完成 the claimer still sees the proof he handed in, though it is not public yet; nobody else asks for it', async () => {
      const id = await openWish();
      await send('王建军', 'post', `/wishes/${id}/claims`, {});
      const proof = (await upload('王建军', id, 'proof', PNG)).body;
      expect((await send('王建军', 'post', `/wishes/${id}/fulfilment`, { note: '已送到家中' })).status).toBe(200);
      expect((await send('赵小明', 'get', `/wishes/${id}`)).body.photos).toEqual([]); // not on the wall yet
      const mine = await send('王建军', 'get', `/wishes/${id}/my-proofs`);
      expect([mine.status, mine.body.map((p: { id: string; kind: string }) => [p.id, p.kind])]).toEqual([200, [[proof.id, 'proof']]]);
      for (const other of ['张伟', '王秀英']) {
        const res = await send(other, 'get', `/wishes/${id}/my-proofs`);
        expect([other, res.status, res.body.code]).toEqual([other, 403, 'WISH_NOT_CLAIMER']);
      }
    });
  });

  describe("a community's rules (心愿规则)", () => {
    const rules = { valueCapFen: 30_000, fulfilDays: 3, releaseAfterReminderDays: 2, confirmDays: 5, pointsPerWish: 6 };
    const liuyuanOf = async () => (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '柳园社区' })).id;

    it('a community follows the defaults until its secretary sets its own; only they may', async () => {
      const liuyuan = await liuyuanOf();
      const before = (await send('马丽娟', 'get', `/communities/${liuyuan}/wish-settings`)).body;
      expect(before).toEqual({
        communityId: liuyuan,
        valueCapFen: 50_000,
        fulfilDays: 7,
        releaseAfterReminderDays: 3,
        confirmDays: 7,
        pointsPerWish: 10,
        retentionDays: 90,
        updatedAt: null,
        updatedByName: null,
      });
      expect(
        (
          await t
            .http()
            .put(`/api/v1/communities/${liuyuan}/wish-settings`)
            .set(await as('李红梅'))
            .send(rules)
        ).status,
      ).toBe(403);
      expect(
        (
          await t
            .http()
            .put(`/api/v1/communities/${liuyuan}/wish-settings`)
            .set(await as('马丽娟'))
            .send(rules)
        ).status,
      ).toBe(403);
      expect((await send('李红梅', 'get', `/communities/${liuyuan}/wish-settings`)).status).toBe(403);
      const set = await t
        .http()
        .put(`/api/v1/communities/${liuyuan}/wish-settings`)
        .set(await as('陈志刚'))
        .send(rules);
      expect(set.status).toBe(200);
      expect(set.body).toEqual(expect.objectContaining({ ...rules, updatedByName: '陈志刚' }));
      // A retried PUT writes the same rules again; there is still one row.
      expect(
        (
          await t
            .http()
            .put(`/api/v1/communities/${liuyuan}/wish-settings`)
            .set(await as('陈志刚'))
            .send(rules)
        ).status,
      ).toBe(200);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'wish.settings.update', targetId: liuyuan })).toBe(2);
      // 东湖 keeps the defaults.
      expect((await send('王秀英', 'get', `/communities/${donghu}/wish-settings`)).body.valueCapFen).toBe(50_000);
    });

    it('refuses rules out of bounds or unknown, changing nothing', async () => {
      const donghuRules = async () => (await send('李红梅', 'get', `/communities/${donghu}/wish-settings`)).body;
      const before = await donghuRules();
      for (const bad of [
        { ...rules, fulfilDays: 0 },
        { ...rules, valueCapFen: 500_001 },
        { ...rules, pointsPerWish: 1.5 },
        { ...rules, extra: 1 },
        { valueCapFen: 100 },
        { ...rules, retentionDays: 29 },
        { ...rules, retentionDays: 366 },
        { ...rules, retentionDays: '90' },
      ]) {
        const res = await t
          .http()
          .put(`/api/v1/communities/${donghu}/wish-settings`)
          .set(await as('李红梅'))
          .send(bad);
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      expect(await donghuRules()).toEqual(before);
    });

    it('how long a closed wish keeps private details is set with the rules (30–365 days), kept when a save leaves it out, by the secretary only', async () => {
      const liuyuan = await liuyuanOf();
      const put = async (name: string, body: object) =>
        t
          .http()
          .put(`/api/v1/communities/${liuyuan}/wish-settings`)
          .set(await as(name))
          .send(body);
      const set = await put('陈志刚', { ...rules, retentionDays: 180 });
      expect([set.status, set.body.retentionDays]).toEqual([200, 180]);
      // A client that does not know the rule saves the others and leaves it as it was.
      expect((await put('陈志刚', rules)).body.retentionDays).toBe(180);
      expect((await put('李红梅', { ...rules, retentionDays: 30 })).status).toBe(403);
      expect((await put('马丽娟', { ...rules, retentionDays: 30 })).status).toBe(403);
      const tooShort = await put('陈志刚', { ...rules, retentionDays: 7 });
      expect([tooShort.status, tooShort.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(tooShort.body.message).toMatch(/[\u4e00-\u9fa5]/);
      expect((await send('陈志刚', 'get', `/communities/${liuyuan}/wish-settings`)).body.retentionDays).toBe(180);
      const row = await t.dataSource.getRepository(CommunityWishSettings).findOneByOrFail({ communityId: liuyuan });
      expect(row.retentionDays).toBe(180);
    });

    it("the community's cap, deadlines and points are the ones applied", async () => {
      const liuyuan = await liuyuanOf();
      await t
        .http()
        .put(`/api/v1/communities/${liuyuan}/wish-settings`)
        .set(await as('陈志刚'))
        .send(rules)
        .expect(200);
      const over = await post('马丽娟', await wishBody('马丽娟', { valueFen: 30_001 }));
      expect([over.status, over.body.code]).toEqual([400, 'WISH_VALUE_OVER_CAP']);
      const posted = await post('马丽娟', await wishBody('马丽娟', { valueFen: 30_000 }));
      expect(posted.status).toBe(201);
      const id = posted.body.id as string;
      await send('陈志刚', 'post', `/wishes/${id}/approval`, {});
      const claimed = (await send('陈静', 'post', `/wishes/${id}/claims`, {})).body;
      expect(new Date(claimed.claimDueAt).getTime() - new Date(claimed.claimedAt).getTime()).toBe(3 * DAY);
      await send('陈静', 'post', `/wishes/${id}/fulfilment`, { note: '已送达' });
      const stored = await t.dataSource.getRepository(Wish).findOneByOrFail({ id });
      expect(stored.confirmDueAt!.getTime() - stored.fulfilledAt!.getTime()).toBe(5 * DAY);
      expect((await send('马丽娟', 'post', `/wishes/${id}/confirmation`, { rating: 5 })).status).toBe(200);
      const credited = await t.dataSource.getRepository(PointsEntry).findBy({ sourceType: PointsSource.Wish, sourceId: id });
      expect(credited.map((e) => e.amount)).toEqual([6]);
    });
  });

  describe("a street's wall", () => {
    const placeId = async (name: string) => (await t.dataSource.getRepository(Place).findOneByOrFail({ name })).id;

    it('shows the open wishes of every community of the street to anyone living or serving there', async () => {
      const liuyuan = await placeId('柳园社区');
      const posted = (await post('马丽娟', await wishBody('马丽娟', { title: '想请人修一修门锁' }))).body;
      await send('陈志刚', 'post', `/wishes/${posted.id}/approval`, {});
      const mine = await openWish({ title: '想学会用智能手机' });
      const street = await placeId('东风街道');
      const wall = await send('王秀英', 'get', `/streets/${street}/wishes?limit=100`);
      expect(wall.status).toBe(200);
      const ids = wall.body.items.map((w: { id: string }) => w.id);
      expect(ids).toEqual(expect.arrayContaining([posted.id, mine]));
      expect(new Set(wall.body.items.map((w: { community: { id: string } }) => w.community.id))).toEqual(new Set([donghu, liuyuan]));
      expect(JSON.stringify(wall.body)).not.toContain('马丽娟');
      // A 东湖 resident may read a 柳园 wish; only 柳园's own members may claim it.
      expect((await send('王秀英', 'get', `/wishes/${posted.id}`)).status).toBe(200);
      const claim = await send('王建军', 'post', `/wishes/${posted.id}/claims`, {});
      expect([claim.status, claim.body.code, claim.body.message]).toEqual([403, 'WISH_CLAIM_NOT_ALLOWED', expect.stringContaining('只能认领您报到社区的心愿')]);
    });

    it('is closed to people of other streets, and a community is not a street', async () => {
      const street = await placeId('东风街道');
      expect((await send('罗志强', 'get', `/streets/${street}/wishes`)).status).toBe(403);
      const wish = await openWish();
      expect((await send('罗志强', 'get', `/wishes/${wish}`)).body.code).toBe('WISH_NOT_FOUND');
      expect((await send('王秀英', 'get', `/streets/${donghu}/wishes`)).body.code).toBe('PLACE_NOT_FOUND');
      expect((await send('王秀英', 'get', `/streets/${street}/wishes?sort=urgent`)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});
