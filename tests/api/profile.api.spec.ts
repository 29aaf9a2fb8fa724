import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Household } from '../../server/src/places/household.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('my profile', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenOf('杨秀云');
  });
  afterAll(async () => t?.close());

  it('shows households, roles in scope, every community the user belongs to, and a masked phone', async () => {
    const me = (await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body;
    expect(me.phoneMasked).toBe('138****0013');
    expect(JSON.stringify(me)).not.toContain('13800000013');
    expect(me.households).toEqual([
      expect.objectContaining({ label: '2单元 101', relation: 'owner', community: expect.objectContaining({ name: '东湖社区' }) }),
    ]);
    expect(me.roles.map((r: { role: string; place: { name: string } }) => `${r.role}@${r.place.name}`).sort()).toEqual([
      'resident@东湖社区',
      'secretary@红旗社区',
    ]);
    expect(me.communities.map((c: { name: string }) => c.name).sort()).toEqual(['东湖社区', '红旗社区'].sort());
  });

  it('a street officer belongs to every community of the street', async () => {
    const me = (
      await t
        .http()
        .get('/api/v1/me')
        .set(bearer(await t.tokenOf('周振华')))
        .expect(200)
    ).body;
    expect(me.communities.map((c: { name: string }) => c.name).sort()).toEqual(['东湖社区', '柳园社区'].sort());
  });

  it('updates name, phone and care mode, remembers them, and audits the change', async () => {
    const res = await t.http().patch('/api/v1/me').set(bearer(token)).send({ displayName: '杨书记', phone: '13912345678', careMode: true }).expect(200);
    expect(res.body).toEqual(expect.objectContaining({ displayName: '杨书记', phoneMasked: '139****5678', careMode: true }));
    const again = (await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body;
    expect(again.careMode).toBe(true);
    const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'user.profile.update', targetId: again.id });
    expect(audit.after).toEqual({ displayName: '杨书记', phone: '139****5678', careMode: true });
  });

  it.each([
    [{ nickname: 'x' }, 'nickname', 'whitelistValidation'],
    [{ displayName: 42 }, 'displayName', 'isString'],
    [{ displayName: '长'.repeat(33) }, 'displayName', 'maxLength'],
    [{ displayName: '' }, 'displayName', 'isNotEmpty'],
    [{ phone: '12345' }, 'phone', 'matches'],
    [{ careMode: 'yes' }, 'careMode', 'isBoolean'],
    [{ avatarUrl: 'not a url' }, 'avatarUrl', 'isUrl'],
  ])('refuses %j naming %s, and changes nothing', async (body, field, rule) => {
    const before = (await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body;
    const res = await t.http().patch('/api/v1/me').set(bearer(token)).send(body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toContain(field);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
    expect((await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body).toEqual(before);
  });

  it('sets a home household only where the user is a member', async () => {
    const me = (await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body;
    const other = await t.dataSource.getRepository(Household).findOneByOrFail({ label: '1单元 401' });
    const res = await t.http().patch('/api/v1/me').set(bearer(token)).send({ homeHouseholdId: other.id }).expect(400);
    expect(res.body.code).toBe('HOUSEHOLD_NOT_YOURS');
    await t.http().patch('/api/v1/me').set(bearer(token)).send({ homeHouseholdId: me.households[0].householdId }).expect(200);
  });
});
