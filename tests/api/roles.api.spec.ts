import { addDaysToDate, Role, shanghaiDateOf, WishCategory } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Place } from '../../server/src/places/place.entity';
import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('roles granted in the app (楼栋长, deputy approver, grid worker)', () => {
  let t: TestApp;
  let donghu: string;
  const today = shanghaiDateOf(new Date());
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const send = async (name: string, method: 'get' | 'post' | 'delete', path: string, body?: object) => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await as(name));
    return body ? request.send(body) : request;
  };
  const inCommunity = async (name: string, community: string) => {
    const c = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: community })).id;
    return (await t.dataSource.getRepository(Place).find({ where: { name } })).find((p) => p.path.includes(`/${c}/`))!.id;
  };
  const grant = async (who: string, userName: string, role: Role, placeId: string) =>
    send(who, 'post', '/role-grants', { userId: await t.userIdOf(userName), role, placeId });
  /** A wish by 王秀英 waiting for review. */
  const pendingWish = async () => {
    const home = (await send('王秀英', 'get', '/me')).body.households[0].householdId;
    const res = await send('王秀英', 'post', '/wishes', {
      householdId: home,
      title: '想要一床厚棉被',
      story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
      category: WishCategory.Goods,
      valueFen: 20_000,
      wantedBy: addDaysToDate(today, 20),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
  });
  afterAll(async () => t?.close());

  it('the secretary names a building leader, audited; he keeps his building’s households (phones masked) and loses them on the next request after revocation', async () => {
    const building = await inCommunity('3号楼', '东湖社区');
    const granted = await grant('李红梅', '李桂兰', Role.BuildingLeader, building);
    expect(granted.status).toBe(201);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'role.grant', targetId: granted.body.id })).toBe(1);
    // The secretary's 角色 page lists the grant under the person's name.
    const listed = await send('李红梅', 'get', `/places/${donghu}/role-grants?limit=100`);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: granted.body.id, userName: '李桂兰', role: Role.BuildingLeader }));
    const found = await send('李桂兰', 'get', `/places/${building}/people?q=${encodeURIComponent('李桂兰')}`);
    expect(found.status).toBe(200);
    expect(found.body[0].phone).toBe('138****0042');
    expect((await send('李桂兰', 'get', `/places/${await inCommunity('2号楼', '东湖社区')}/people?q=a`)).status).toBe(403);

    expect((await send('李红梅', 'delete', `/role-grants/${granted.body.id}`)).status).toBe(204);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'role.revoke', targetId: granted.body.id })).toBe(1);
    expect((await send('李桂兰', 'get', `/places/${building}/people?q=a`)).status).toBe(403);
  });

  it('a deputy approves in the secretary’s place; after revocation the next approval is refused', async () => {
    const first = await pendingWish();
    expect((await send('王建军', 'post', `/wishes/${first}/approval`, {})).status).toBe(404);
    const deputy = await grant('李红梅', '王建军', Role.Deputy, donghu);
    expect(deputy.status).toBe(201);
    expect((await send('王建军', 'post', `/wishes/${first}/approval`, {})).status).toBe(200);
    expect((await send('王建军', 'get', `/communities/${donghu}/queue/counts`)).status).toBe(200);

    expect((await send('李红梅', 'delete', `/role-grants/${deputy.body.id}`)).status).toBe(204);
    const second = await pendingWish();
    expect((await send('王建军', 'post', `/wishes/${second}/approval`, {})).status).toBe(404);
    expect((await send('王建军', 'get', `/communities/${donghu}/queue/counts`)).status).toBe(403);
  });

  it('a grant outside the community, or at the wrong level, is refused with nothing changed', async () => {
    const grants = await t.dataSource.getRepository(RoleGrant).count();
    const outside = await grant('李红梅', '孙丽', Role.GridWorker, await inCommunity('第二网格', '柳园社区'));
    expect(outside.status).toBe(403);
    expect(outside.body).toEqual(expect.objectContaining({ code: 'ROLE_GRANT_FORBIDDEN', message: expect.any(String) }));
    const wrongLevel = await grant('李红梅', '李桂兰', Role.BuildingLeader, await inCommunity('第一网格', '东湖社区'));
    expect(wrongLevel.body.code).toBe('ROLE_LEVEL_MISMATCH');
    const secretary = await grant('李红梅', '孙丽', Role.Secretary, donghu);
    expect(secretary.status).toBe(403);
    expect(await t.dataSource.getRepository(RoleGrant).count()).toBe(grants);
  });

  it('the last secretary cannot be revoked; of two secretaries revoked at once, exactly one goes', async () => {
    const liuyuan = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '柳园社区' })).id;
    const chen = await t.dataSource.getRepository(RoleGrant).findOneByOrFail({ userId: await t.userIdOf('陈志刚'), role: Role.Secretary, placeId: liuyuan });
    const last = await send('周振华', 'delete', `/role-grants/${chen.id}`);
    expect(last.status).toBe(409);
    expect(last.body).toEqual(expect.objectContaining({ code: 'ROLE_LAST_SECRETARY', message: expect.stringContaining('唯一的书记') }));
    expect(await t.dataSource.getRepository(RoleGrant).countBy({ id: chen.id })).toBe(1);

    const second = await grant('周振华', '胡斌', Role.Secretary, liuyuan);
    expect(second.status).toBe(201);
    const results = await Promise.all([chen.id, second.body.id].map(async (id) => send('周振华', 'delete', `/role-grants/${id}`)));
    expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    expect(await t.dataSource.getRepository(RoleGrant).countBy({ role: Role.Secretary, placeId: liuyuan })).toBe(1);
  });
});
