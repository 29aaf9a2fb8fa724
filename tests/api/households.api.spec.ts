import { addDaysToDate, ConsentMethod, HouseholdRelation, Role, shanghaiDateOf, WishCategory } from '@linli/shared';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { User } from '../../server/src/identity/user.entity';
import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('the grid worker’s households (住户) and residents kept without an account (代管居民)', () => {
  let t: TestApp;
  let donghu: string;
  const today = shanghaiDateOf(new Date());
  const as = async (name: string) => bearer(await t.tokenOf(name));
  const send = async (name: string, method: 'get' | 'post' | 'patch', path: string, body?: object) => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await as(name));
    return body ? request.send(body) : request;
  };
  const placeId = async (name: string) => (await t.dataSource.getRepository(Place).findOneByOrFail({ name })).id;
  /** A flat of 东湖社区 by building and label. */
  const flat = async (building: string, label: string) => {
    const b = await t.dataSource.getRepository(Place).findOneByOrFail({ id: await buildingId(building) });
    return (await t.dataSource.getRepository(Household).findOneByOrFail({ buildingId: b.id, label })).id;
  };
  const buildingId = async (building: string) => {
    const rows = await t.dataSource.getRepository(Place).find({ where: { name: building } });
    return rows.find((p) => p.path.includes(`/${donghu}/`))!.id;
  };
  const members = (householdId: string) => t.dataSource.getRepository(HouseholdMember).countBy({ householdId });
  const residentOf = async (userId: string) => t.dataSource.getRepository(RoleGrant).countBy({ userId, role: Role.Resident, placeId: donghu });

  beforeAll(async () => {
    t = await startTestApp();
    donghu = await placeId('东湖社区');
  });
  afterAll(async () => t?.close());

  describe('search within one’s grid', () => {
    it('the grid worker finds her residents by name, phone tail or flat, with their phones', async () => {
      const grid = (await t.dataSource.getRepository(Place).find({ where: { name: '第一网格' } })).find((p) => p.path.includes(`/${donghu}/`))!.id;
      const byName = await send('孙丽', 'get', `/places/${grid}/people?q=${encodeURIComponent('李桂')}`);
      expect(byName.status).toBe(200);
      expect(byName.body).toEqual([
        expect.objectContaining({ name: '李桂兰', flat: '2单元 101', buildingName: '3号楼', phone: '13800000042', hasAccount: true }),
      ]);
      const phone = (await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '李桂兰' })).phone!;
      const byTail = await send('孙丽', 'get', `/places/${grid}/people?q=${phone.slice(-4)}`);
      expect(byTail.body.map((p: { name: string }) => p.name)).toContain('李桂兰');
      const byFlat = await send('孙丽', 'get', `/places/${grid}/people?q=${encodeURIComponent('2单元 101')}`);
      expect(byFlat.body.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['李桂兰', '王秀英']));
      // Someone in the other grid is not hers to find.
      const other = await send('孙丽', 'get', `/places/${grid}/people?q=${encodeURIComponent('赵小明')}`);
      expect(other.body).toEqual([]);
    });

    it('another grid’s worker, another community’s secretary and the community above her grid are refused', async () => {
      const grid = (await t.dataSource.getRepository(Place).find({ where: { name: '第一网格' } })).find((p) => p.path.includes(`/${donghu}/`))!.id;
      expect((await send('胡斌', 'get', `/places/${grid}/people?q=${encodeURIComponent('李')}`)).status).toBe(403);
      expect((await send('杨秀云', 'get', `/places/${grid}/people?q=${encodeURIComponent('李')}`)).status).toBe(403);
      expect((await send('孙丽', 'get', `/places/${donghu}/people?q=${encodeURIComponent('李')}`)).status).toBe(403);
      expect((await send('王秀英', 'get', `/households/${await flat('1号楼', '2单元 101')}/people`)).status).toBe(404);
    });
  });

  describe('a resident without a phone of their own', () => {
    it('is added by the grid worker with consent, once however often she taps, and agent posting, confirmation and thanks work for them', async () => {
      const empty = await flat('3号楼', '1单元 101');
      expect(await members(empty)).toBe(0);
      const person = {
        name: '周大爷',
        phone: '+86 139-1111 2222',
        consentMethod: ConsentMethod.Oral,
        consentNote: '本人口头同意，女儿在场',
        relation: HouseholdRelation.Owner,
      };
      const taps = await Promise.all([1, 2].map(async () => send('孙丽', 'post', `/households/${empty}/people`, person)));
      expect(taps.map((r) => r.status)).toEqual([200, 200]);
      expect(taps[0].body.userId).toBe(taps[1].body.userId);
      expect(taps[0].body).toEqual(
        expect.objectContaining({ name: '周大爷', phone: '13911112222', hasAccount: false, consent: expect.objectContaining({ method: ConsentMethod.Oral }) }),
      );
      expect(await members(empty)).toBe(1);
      const zhou = taps[0].body.userId as string;
      const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: zhou });
      expect(row.openid).toBeNull();
      expect(await residentOf(zhou)).toBe(1);

      // 代办: the grid worker posts for him, the secretary approves, a member claims and delivers, the grid worker confirms with thanks.
      const wish = await send('孙丽', 'post', '/wishes', {
        householdId: empty,
        beneficiaryUserId: zhou,
        consentNote: '本人口头同意，网格员入户记录',
        // 腿脚不便 is health information: the separate consent the resident gave is recorded with it.
        sensitiveConsents: ['health'],
        title: '想要一个助行器',
        story: '腿脚不便，出门买菜很吃力，想要一个带座的助行器。',
        category: WishCategory.Goods,
        valueFen: 20_000,
        wantedBy: addDaysToDate(today, 20),
      });
      expect(wish.status).toBe(201);
      expect((await send('李红梅', 'post', `/wishes/${wish.body.id}/approval`, {})).status).toBe(200);
      expect((await send('王建军', 'post', `/wishes/${wish.body.id}/claims`, {})).status).toBe(201);
      expect((await send('王建军', 'post', `/wishes/${wish.body.id}/fulfilment`, { note: '助行器已送到家' })).status).toBe(200);
      const confirmed = await send('孙丽', 'post', `/wishes/${wish.body.id}/confirmation`, { thanks: '周大爷说谢谢，很好用', rating: 5 });
      expect(confirmed.status).toBe(200);
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wish.body.id })).thanks).toBe('周大爷说谢谢，很好用');
    });

    it('odd phones are normalised or refused, consent is required, and a flat outside her grid is not hers: nothing changes', async () => {
      const target = await flat('3号楼', '1单元 301');
      const users = await t.dataSource.getRepository(User).count();
      const bad = await send('孙丽', 'post', `/households/${target}/people`, {
        name: '钱奶奶',
        phone: '12345',
        consentMethod: ConsentMethod.Written,
        relation: HouseholdRelation.Owner,
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual(expect.objectContaining({ code: 'HOUSEHOLD_PHONE_INVALID', message: expect.stringContaining('手机号') }));
      const noConsent = await send('孙丽', 'post', `/households/${target}/people`, { name: '钱奶奶', relation: HouseholdRelation.Owner });
      expect(noConsent.body.code).toBe('HOUSEHOLD_PERSON_INCOMPLETE');
      const outside = await send('孙丽', 'post', `/households/${await flat('5号楼', '1单元 101')}/people`, {
        name: '钱奶奶',
        consentMethod: ConsentMethod.Written,
        relation: HouseholdRelation.Owner,
      });
      expect(outside.status).toBe(404);
      expect(outside.body.code).toBe('HOUSEHOLD_NOT_FOUND');
      expect(await t.dataSource.getRepository(User).count()).toBe(users);
      expect(await members(target)).toBe(0);

      const ok = await send('孙丽', 'post', `/households/${target}/people`, {
        name: '钱奶奶',
        phone: '139 1111 3333',
        consentMethod: ConsentMethod.Written,
        relation: HouseholdRelation.Owner,
      });
      expect(ok.body.phone).toBe('13911113333');
    });

    it('details are corrected; the name of someone with an account is theirs to change', async () => {
      const target = await flat('3号楼', '1单元 301');
      const qian = (await send('孙丽', 'get', `/households/${target}/people`)).body.residents[0];
      const fixed = await send('孙丽', 'patch', `/households/${target}/people/${qian.userId}`, { name: '钱桂芳', phone: '13911113334', isAdult: true });
      expect(fixed.status).toBe(200);
      expect(fixed.body).toEqual(expect.objectContaining({ name: '钱桂芳', phone: '13911113334' }));
      const lee = await t.userIdOf('李桂兰');
      const refused = await send('孙丽', 'patch', `/households/${await flat('3号楼', '2单元 101')}/people/${lee}`, { name: '李某' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('HOUSEHOLD_PERSON_HAS_ACCOUNT');
      expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: lee })).displayName).toBe('李桂兰');
    });
  });

  describe('moving out and in', () => {
    it('ends the resident role and home and flags the pending registration in the same transaction; history stays; a retry changes nothing', async () => {
      const home = await flat('5号楼', '2单元 201');
      const huang = await t.userIdOf('黄磊');
      expect(await residentOf(huang)).toBe(1);
      const out = await send('李红梅', 'post', `/households/${home}/people/${huang}/move-out`, { movedOut: today });
      expect(out.status).toBe(200);
      expect(out.body).toEqual({ householdId: home, userId: huang, movedOut: today, residentRoleEnded: true, registrationsFlagged: 1 });
      expect(await residentOf(huang)).toBe(0);
      const again = await send('李红梅', 'post', `/households/${home}/people/${huang}/move-out`, { movedOut: today });
      expect(again.status).toBe(200);

      const people = (await send('李红梅', 'get', `/households/${home}/people`)).body;
      expect(people.residents.map((r: { userId: string }) => r.userId)).not.toContain(huang);
      expect(people.past).toEqual([expect.objectContaining({ userId: huang, name: '黄磊', movedOut: today })]);
      const me = (await send('黄磊', 'get', '/me')).body;
      expect(me.households).toEqual([]);
      const queue = (await send('李红梅', 'get', `/communities/${donghu}/member-registrations?status=pending`)).body;
      expect(queue.items.find((r: { userId: string }) => r.userId === huang)).toEqual(expect.objectContaining({ householdLeftOn: today }));

      // Moving in elsewhere in the community makes him a resident again.
      const elsewhere = await flat('6号楼', '1单元 101');
      const moved = await send('李红梅', 'post', `/households/${elsewhere}/people`, { userId: huang, relation: HouseholdRelation.Tenant, movedIn: today });
      expect(moved.status).toBe(200);
      expect(await residentOf(huang)).toBe(1);
    });

    it('a date in the future, or a person not living there, is refused', async () => {
      const home = await flat('4号楼', '1单元 301');
      const zhao = await t.userIdOf('赵小明');
      const future = await send('李红梅', 'post', `/households/${home}/people/${zhao}/move-out`, { movedOut: addDaysToDate(today, 3) });
      expect(future.body.code).toBe('HOUSEHOLD_MOVE_OUT_DATE_INVALID');
      const bad = await send('李红梅', 'post', `/households/${home}/people/${zhao}/move-out`, { movedOut: '2026-02-30' });
      expect(bad.status).toBe(400);
      const notThere = await send('李红梅', 'post', `/households/${await flat('4号楼', '1单元 101')}/people/${zhao}/move-out`, { movedOut: today });
      expect(notThere.status).toBe(404);
      expect(notThere.body.code).toBe('HOUSEHOLD_PERSON_NOT_FOUND');
      expect(await members(home)).toBe(1);
    });

    it('a removal racing the person’s own wish post for that flat: one order or the other, never a wish from someone who had left', async () => {
      const home = await flat('4号楼', '1单元 301');
      const zhao = await t.userIdOf('赵小明');
      const before = await t.dataSource.getRepository(Wish).countBy({ beneficiaryUserId: zhao });
      const [post, out] = await Promise.all([
        send('赵小明', 'post', '/wishes', {
          householdId: home,
          title: '想要一盏台灯',
          story: '晚上看书光线太暗，想要一盏护眼台灯。',
          category: WishCategory.Goods,
          valueFen: 10_000,
          wantedBy: addDaysToDate(today, 20),
        }),
        send('李红梅', 'post', `/households/${home}/people/${zhao}/move-out`, { movedOut: today }),
      ]);
      expect(out.status).toBe(200);
      expect([201, 400]).toContain(post.status);
      if (post.status === 400) expect(post.body.code).toBe('HOUSEHOLD_NOT_YOURS');
      expect(await t.dataSource.getRepository(Wish).countBy({ beneficiaryUserId: zhao })).toBe(before + (post.status === 201 ? 1 : 0));
      expect(await residentOf(zhao)).toBe(0);
      const after = await send('赵小明', 'post', '/wishes', {
        householdId: home,
        title: '想要一盏台灯',
        story: '晚上看书光线太暗，想要一盏护眼台灯。',
        category: WishCategory.Goods,
        valueFen: 10_000,
        wantedBy: addDaysToDate(today, 20),
      });
      expect(after.status).toBe(400);
    });
  });
});
