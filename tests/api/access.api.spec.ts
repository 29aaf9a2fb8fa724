import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { User } from '../../server/src/identity/user.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('role in scope', () => {
  let t: TestApp;
  const place = async (name: string) => t.dataSource.getRepository(Place).findOneByOrFail({ name });
  const households = async (who: string, placeName: string) =>
    t
      .http()
      .get(`/api/v1/places/${(await place(placeName)).id}/households`)
      .set(bearer(await t.tokenOf(who)));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('a secretary sees the households of their community, with areas and owners, a page at a time', async () => {
    const first = await households('李红梅', '东湖社区');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(20);
    expect(first.body.items[0]).toEqual(expect.objectContaining({ area: expect.stringMatching(/^\d+\.\d{2}$/), ownerName: expect.any(String) }));
    const all = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await t
        .http()
        .get(`/api/v1/places/${(await place('东湖社区')).id}/households?cursor=${cursor}&limit=20`)
        .set(bearer(await t.tokenOf('李红梅')))
        .expect(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(all).toHaveLength(48);
    expect(new Set(all.map((h) => h.id)).size).toBe(48);
    expect(all.filter((h) => h.ownerKind === 'developer')).toHaveLength(4);
  });

  it('a secretary of one community is refused in another', async () => {
    const res = await households('李红梅', '柳园社区');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCESS_DENIED');
  });

  it('a street grant covers the communities of that street and no others', async () => {
    expect((await households('周振华', '东湖社区')).status).toBe(200);
    expect((await households('周振华', '柳园社区')).status).toBe(200);
    expect((await households('周振华', '红旗社区')).status).toBe(403);
  });

  it('a grid worker sees the buildings of their grid only; residents and members see none', async () => {
    const building = (
      await t.dataSource.getRepository(Place).findOneByOrFail({
        name: '1号楼',
        parentId: (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '第一网格', parentId: (await place('东湖社区')).id })).id,
      })
    ).id;
    expect(
      (
        await t
          .http()
          .get(`/api/v1/places/${building}/households`)
          .set(bearer(await t.tokenOf('孙丽')))
      ).status,
    ).toBe(200);
    expect((await households('孙丽', '东湖社区')).status).toBe(403);
    expect((await households('王秀英', '东湖社区')).status).toBe(403);
    expect((await households('王建军', '东湖社区')).status).toBe(403);
  });

  it('an unknown place is a 404, not a 500', async () => {
    const res = await t
      .http()
      .get('/api/v1/places/nope/households')
      .set(bearer(await t.tokenOf('李红梅')))
      .expect(404);
    expect(res.body.code).toBe('PLACE_NOT_FOUND');
  });

  describe('granting and revoking roles', () => {
    it('a secretary appoints a grid worker in their community; the grant is audited and takes effect', async () => {
      const grid = await t.dataSource.getRepository(Place).findOneByOrFail({ name: '第二网格', parentId: (await place('东湖社区')).id });
      const zhao = await t.userIdOf('赵小明');
      const res = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: zhao, role: 'grid_worker', placeId: grid.id })
        .expect(201);
      expect(res.body).toEqual(expect.objectContaining({ role: 'grid_worker', place: expect.objectContaining({ name: '第二网格' }) }));
      // a retry returns the same grant and adds nothing
      const again = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: zhao, role: 'grid_worker', placeId: grid.id })
        .expect(201);
      expect(again.body.id).toBe(res.body.id);
      expect(await t.dataSource.getRepository(RoleGrant).count({ where: { userId: zhao, role: 'grid_worker' as never } })).toBe(1);
      expect(await t.dataSource.getRepository(AuditLog).count({ where: { action: 'role.grant', targetId: res.body.id } })).toBe(1);

      const building = await t.dataSource.getRepository(Place).findOneByOrFail({ parentId: grid.id, name: '4号楼' });
      expect(
        (
          await t
            .http()
            .get(`/api/v1/places/${building.id}/households`)
            .set(bearer(await t.tokenOf('赵小明')))
        ).status,
      ).toBe(200);

      await t
        .http()
        .delete(`/api/v1/role-grants/${res.body.id}`)
        .set(bearer(await t.tokenOf('李红梅')))
        .expect(204);
      expect(
        (
          await t
            .http()
            .get(`/api/v1/places/${building.id}/households`)
            .set(bearer(await t.tokenOf('赵小明')))
        ).status,
      ).toBe(403);
      expect(
        (
          await t
            .http()
            .delete(`/api/v1/role-grants/${res.body.id}`)
            .set(bearer(await t.tokenOf('李红梅')))
        ).status,
      ).toBe(404);
    });

    it('a secretary cannot grant in another community, nor appoint a secretary', async () => {
      const zhao = await t.userIdOf('赵小明');
      const other = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: zhao, role: 'grid_worker', placeId: (await place('柳园社区')).id })
        .expect(403);
      expect(other.body.code).toBe('ROLE_GRANT_FORBIDDEN');
      const secretary = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: zhao, role: 'secretary', placeId: (await place('东湖社区')).id })
        .expect(403);
      expect(secretary.body.code).toBe('ROLE_GRANT_FORBIDDEN');
    });

    it('the street appoints a secretary, at community level only', async () => {
      const zhao = await t.userIdOf('赵小明');
      const wrongLevel = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('周振华')))
        .send({ userId: zhao, role: 'secretary', placeId: (await place('东风街道')).id })
        .expect(400);
      expect(wrongLevel.body.code).toBe('ROLE_LEVEL_MISMATCH');
      const ok = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('周振华')))
        .send({ userId: zhao, role: 'secretary', placeId: (await place('柳园社区')).id })
        .expect(201);
      expect(ok.body.role).toBe('secretary');
    });

    it('someone with no standing at a place cannot revoke, and does not learn the grant exists', async () => {
      const grant = await t.dataSource.getRepository(RoleGrant).findOneByOrFail({ role: 'secretary' as never, placeId: (await place('新华社区')).id });
      const outsider = await t
        .http()
        .delete(`/api/v1/role-grants/${grant.id}`)
        .set(bearer(await t.tokenOf('王秀英')))
        .expect(404);
      expect(outsider.body.code).toBe('ROLE_GRANT_NOT_FOUND');
      const resident = await t
        .http()
        .delete(`/api/v1/role-grants/${grant.id}`)
        .set(bearer(await t.tokenOf('郭艳')))
        .expect(403);
      expect(resident.body.code).toBe('ROLE_GRANT_FORBIDDEN');
      expect(await t.dataSource.getRepository(RoleGrant).countBy({ id: grant.id })).toBe(1);
    });

    it('refuses a bad grant body naming the field, changing nothing', async () => {
      const before = await t.dataSource.getRepository(RoleGrant).count();
      const res = await t
        .http()
        .post('/api/v1/role-grants')
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: 'x', role: 'king', placeId: (await place('东湖社区')).id })
        .expect(400);
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'role', rule: 'isEnum' }));
      expect(await t.dataSource.getRepository(RoleGrant).count()).toBe(before);
    });

    it('lists the grants of a community for its secretary only', async () => {
      const list = await t
        .http()
        .get(`/api/v1/places/${(await place('东湖社区')).id}/role-grants?limit=100`)
        .set(bearer(await t.tokenOf('李红梅')))
        .expect(200);
      expect(list.body.items.some((g: { role: string }) => g.role === 'secretary')).toBe(true);
      expect(list.body.items.every((g: { place: { name: string } }) => !['柳园社区', '红旗社区', '新华社区'].includes(g.place.name))).toBe(true);
      await t
        .http()
        .get(`/api/v1/places/${(await place('东湖社区')).id}/role-grants`)
        .set(bearer(await t.tokenOf('陈志刚')))
        .expect(403);
    });
  });

  describe('recording who lives where', () => {
    it('a secretary adds a person to a household of their community, which makes them a resident there', async () => {
      const flat = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: (await place('东湖社区')).id, label: '1单元 301' });
      const chen = await t.userIdOf('陈静');
      const body = { userId: chen, relation: 'tenant' };
      await t
        .http()
        .post(`/api/v1/households/${flat.id}/members`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send(body)
        .expect(201);
      await t
        .http()
        .post(`/api/v1/households/${flat.id}/members`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send(body)
        .expect(201);
      const me = (
        await t
          .http()
          .get('/api/v1/me')
          .set(bearer(await t.tokenOf('陈静')))
          .expect(200)
      ).body;
      expect(me.communities.map((c: { name: string }) => c.name)).toContain('东湖社区');
      expect(me.roles.filter((r: { role: string; place: { name: string } }) => r.role === 'resident' && r.place.name === '东湖社区')).toHaveLength(1);
    });

    it('refuses a bad membership body naming the field', async () => {
      const flat = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: (await place('东湖社区')).id, label: '2单元 401' });
      const res = await t
        .http()
        .post(`/api/v1/households/${flat.id}/members`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send({ userId: await t.userIdOf('赵小明'), relation: 'landlord' })
        .expect(400);
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'relation', rule: 'isEnum' }));
    });

    it('a grid worker sees who lives in a household of the grid (to post a wish for them); others do not', async () => {
      const wang = await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '王秀英' });
      const people = await t
        .http()
        .get(`/api/v1/households/${wang.homeHouseholdId}/members`)
        .set(bearer(await t.tokenOf('孙丽')))
        .expect(200);
      expect(people.body).toContainEqual({ userId: wang.id, displayName: '王秀英', relation: expect.any(String), isAdult: true });
      expect(
        (
          await t
            .http()
            .get(`/api/v1/households/${wang.homeHouseholdId}/members`)
            .set(bearer(await t.tokenOf('胡斌')))
            .expect(404)
        ).body.code,
      ).toBe('HOUSEHOLD_NOT_FOUND');
      await t
        .http()
        .get(`/api/v1/households/${wang.homeHouseholdId}/members`)
        .set(bearer(await t.tokenOf('李桂兰')))
        .expect(404);
    });

    it("another community's secretary is told the household does not exist", async () => {
      const flat = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: (await place('东湖社区')).id, label: '2单元 401' });
      const res = await t
        .http()
        .post(`/api/v1/households/${flat.id}/members`)
        .set(bearer(await t.tokenOf('陈志刚')))
        .send({ userId: await t.userIdOf('陈志刚'), relation: 'owner' })
        .expect(404);
      expect(res.body.code).toBe('HOUSEHOLD_NOT_FOUND');
    });
  });
});
