import { addDaysToDate, CURRENT_POLICY, shanghaiDateOf, WishCategory } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { User } from '../../server/src/identity/user.entity';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { PointsBalance } from '../../server/src/points/points-balance.entity';
import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('people’s rights over their data', () => {
  let t: TestApp;
  const today = shanghaiDateOf(new Date());
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const send = async (name: string, method: 'get' | 'post', path: string, body?: object) => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await as(name));
    return body ? request.send(body) : request;
  };
  const homeOf = async (name: string) => (await send(name, 'get', '/me')).body.households[0].householdId as string;
  /** A wish by the named resident, approved onto the wall by 李红梅. */
  const openWish = async (name: string) => {
    const wish = (
      await send(name, 'post', '/wishes', {
        householdId: await homeOf(name),
        title: '想要一床厚棉被',
        story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
        category: WishCategory.Goods,
        valueFen: 20_000,
        wantedBy: addDaysToDate(today, 20),
        beneficiaryGender: 'female',
      })
    ).body;
    expect((await send('李红梅', 'post', `/wishes/${wish.id}/approval`, {})).status).toBe(200);
    return wish.id as string;
  };
  const confirm = { confirm: '确认注销' };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('logs a claimer reading delivery details; the secretary reviews it and the resident sees who and why', async () => {
    const id = await openWish('王秀英');
    await send('王建军', 'post', `/wishes/${id}/claims`, {});
    expect((await send('王建军', 'get', `/wishes/${id}/contact`)).status).toBe(200);
    const mine = (await send('王秀英', 'get', '/me/data-access')).body;
    expect(mine[0]).toEqual(expect.objectContaining({ kind: 'wish_contact', viewerName: '王**', purpose: '认领人送达心愿' }));
    const donghu = (await send('李红梅', 'get', '/me')).body.roles.find((r: { role: string }) => r.role === 'secretary').place.id;
    const log = (await send('李红梅', 'get', `/places/${donghu}/private-data-access`)).body;
    expect(log[0]).toEqual(expect.objectContaining({ kind: 'wish_contact', viewerName: '王建军', subjectName: '王秀英' }));
    // Another community's secretary does not see it.
    expect((await send('陈志刚', 'get', `/places/${donghu}/private-data-access`)).status).toBe(403);
    await send('王建军', 'post', `/wishes/${id}/claim-cancellation`, {});
  });

  it('my data lists my consents, withdrawn ones with when, and whether I gave them myself', async () => {
    const token = await t.tokenOf('赵小明');
    await t.http().post('/api/v1/privacy/consent/location').set(bearer(token)).send({ policyVersion: CURRENT_POLICY.version }).expect(200);
    await t.http().post('/api/v1/privacy/consent/withdrawal').set(bearer(token)).send({ kind: 'location' }).expect(200);
    const data = (await send('赵小明', 'get', '/me/data')).body;
    const kinds = data.sections.consents.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['policy', 'location']));
    const location = data.sections.consents.find((c: { kind: string }) => c.kind === 'location');
    expect(location).toEqual(expect.objectContaining({ policyVersion: CURRENT_POLICY.version, givenByMe: 1, method: 'app' }));
    expect(location.withdrawnAt).not.toBeNull();
    expect(data.sections.consents.find((c: { kind: string }) => c.kind === 'policy').withdrawnAt).toBeNull();
    // The file to keep carries them too.
    const file = await t.http().get('/api/v1/me/data/export').set(bearer(token)).expect(200);
    expect(JSON.parse(file.text).sections.consents).toHaveLength(data.sections.consents.length);
  });

  it('logs the register download by the secretary', async () => {
    const donghu = (await send('李红梅', 'get', '/me')).body.roles.find((r: { role: string }) => r.role === 'secretary').place.id;
    expect((await send('李红梅', 'get', `/places/${donghu}/register/template?filled=true`)).status).toBe(200);
    const log = (await send('李红梅', 'get', `/places/${donghu}/private-data-access`)).body;
    expect(log[0]).toEqual(expect.objectContaining({ kind: 'register_download', viewerName: '李红梅', subjectName: null }));
  });

  it('exports everything about me and nothing of anyone else, as a file too', async () => {
    const res = await send('王建军', 'get', '/me/data');
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual(expect.objectContaining({ displayName: '王建军' }));
    expect(res.body.sections.roles.map((r: { role: string }) => r.role)).toContain('party_member');
    expect(res.body.sections.wishClaims[0]).toEqual(expect.objectContaining({ beneficiary: '王女士' }));
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('王秀英');
    expect(text).not.toContain('13800000041');
    const file = await send('王建军', 'get', '/me/data/export');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(JSON.parse(file.text).profile.displayName).toBe('王建军');
  });

  it('refuses deletion while I hold a live claim, changing nothing; after I hand it back it goes through', async () => {
    const id = await openWish('王秀英');
    await send('钱进', 'post', `/wishes/${id}/claims`, {});
    const refused = await send('钱进', 'post', '/me/account-deletion', confirm);
    expect([refused.status, refused.body.code]).toEqual([409, 'ACCOUNT_HAS_LIVE_CLAIM']);
    expect(refused.body.message).toContain('认领');
    expect((await send('钱进', 'get', '/me')).body.displayName).toBe('钱进');
    expect((await send('钱进', 'post', '/me/account-deletion', {})).status).toBe(400);
    await send('钱进', 'post', `/wishes/${id}/claim-cancellation`, {});
    const userId = await t.userIdOf('钱进');
    const balancesBefore = await t.dataSource.getRepository(PointsBalance).findBy({ userId });
    const done = await send('钱进', 'post', '/me/account-deletion', confirm);
    expect([done.status, done.body.code]).toEqual([200, undefined]);
    // Sessions end: the same token fails on the next request.
    const after = await send('钱进', 'get', '/me');
    expect([after.status, after.body.code]).toEqual([401, 'AUTH_ACCOUNT_DELETED']);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    expect([user.displayName, user.phone, user.openid, user.deletedAt !== null]).toEqual(['已注销用户', null, null, true]);
    expect(await t.dataSource.getRepository(RoleGrant).countBy({ userId })).toBe(0);
    expect(await t.dataSource.getRepository(HouseholdMember).countBy({ userId })).toBe(0);
    // Points stay under the anonymous key: totals and rankings unchanged.
    expect(await t.dataSource.getRepository(PointsBalance).findBy({ userId })).toEqual(balancesBefore);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'user.delete', targetId: userId })).toBe(1);
    const users = (await t.http().get('/api/v1/auth/dev-users').expect(200)).body;
    expect(users.map((u: { id: string }) => u.id)).not.toContain(userId);
  });

  it('refuses deletion while I hold a shift not yet over, naming it', async () => {
    const refused = await send('陈静', 'post', '/me/account-deletion', confirm);
    expect([refused.status, refused.body.code]).toEqual([409, 'ACCOUNT_HAS_UPCOMING_SHIFT']);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: await t.userIdOf('陈静') })).deletedAt).toBeNull();
  });

  it('a claim and a deletion at the same moment: never a deleted account holding a live claim', async () => {
    const id = await openWish('王秀英');
    const [claim, deletion] = await Promise.all([send('韩雪', 'post', `/wishes/${id}/claims`, {}), send('韩雪', 'post', '/me/account-deletion', confirm)]);
    const userId = await t.userIdOf('韩雪');
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const wish = await t.dataSource.getRepository(Wish).findOneByOrFail({ id });
    if (user.deletedAt) {
      expect(wish.claimerId).not.toBe(userId);
      expect(deletion.status).toBe(200);
    } else {
      expect([claim.status, deletion.body.code]).toEqual([201, 'ACCOUNT_HAS_LIVE_CLAIM']);
    }
  });

  it('a grid worker deletes an offline resident of their grid at their request, audited; never one outside it', async () => {
    const residentId = await t.userIdOf('李桂兰');
    const outside = await send('胡斌', 'post', `/residents/${residentId}/account-deletion`, { ...confirm, reason: '居民本人到社区申请注销' });
    expect([outside.status, outside.body.code]).toEqual([404, 'RESIDENT_NOT_FOUND']);
    expect((await send('王秀英', 'post', `/residents/${residentId}/account-deletion`, { ...confirm, reason: '居民本人到社区申请注销' })).status).toBe(404);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: residentId })).deletedAt).toBeNull();
    const done = await send('孙丽', 'post', `/residents/${residentId}/account-deletion`, { ...confirm, reason: '居民本人到社区申请注销' });
    expect(done.status).toBe(200);
    const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'user.delete', targetId: residentId });
    expect(audit.actorId).toBe(await t.userIdOf('孙丽'));
    const again = await send('孙丽', 'post', `/residents/${residentId}/account-deletion`, { ...confirm, reason: '居民本人到社区申请注销' });
    expect(again.status).toBe(404);
  });
});
