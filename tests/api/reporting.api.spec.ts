import { AvailabilitySlot, PointsSource, RegistrationStatus, Role, Skill, WorkUnitKind } from '@linli/shared';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { MemberRegistration } from '../../server/src/reporting/member-registration.entity';
import { ServiceRecordsService } from '../../server/src/reporting/service-records.service';
import { ShiftClaim } from '../../server/src/posts/shift-claim.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { UnitRegistration } from '../../server/src/reporting/unit-registration.entity';
import { WorkUnit } from '../../server/src/reporting/work-unit.entity';
import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('double reporting (双报到)', () => {
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;

  const as = async (name: string) => bearer(await t.tokenOf(name));
  const homeOf = async (name: string) => {
    const me = (
      await t
        .http()
        .get('/api/v1/me')
        .set(await as(name))
        .expect(200)
    ).body;
    return { householdId: me.households[0].householdId as string, communityId: me.households[0].community.id as string };
  };
  const memberBody = async (name: string, extra: object = {}) => ({
    ...(await homeOf(name)),
    realName: name,
    phone: '13912345678',
    newUnit: { name: '区税务局', kind: WorkUnitKind.Government, partyOrgName: '区税务局机关党委' },
    skills: [Skill.Accounting],
    skillsNote: '可以帮老人看社保账单',
    availability: [AvailabilitySlot.WeekendDaytime],
    ...extra,
  });
  /** Sends and, when given, checks the status (supertest's .expect cannot follow an async token lookup). */
  const expecting = async (request: Promise<{ status: number; body: any }>, status?: number) => {
    const res = await request;
    if (status !== undefined) expect(res.status).toBe(status);
    return res;
  };
  const submit = async (name: string, body: object, status?: number) =>
    expecting(
      t
        .http()
        .post('/api/v1/member-registrations')
        .set(await as(name))
        .send(body),
      status,
    );
  const decide = async (name: string, id: string, decision: 'approval' | 'rejection' | 'withdrawal', body: object = {}, status?: number) =>
    expecting(
      t
        .http()
        .post(`/api/v1/member-registrations/${id}/${decision}`)
        .set(await as(name))
        .send(body),
      status,
    );
  const holds = async (name: string, role: Role, placeId: string) =>
    t.dataSource.getRepository(RoleGrant).countBy({ userId: await t.userIdOf(name), role, placeId });
  const registrationCount = () => t.dataSource.getRepository(MemberRegistration).count();

  beforeAll(async () => {
    t = await startTestApp();
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    liuyuan = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '柳园社区' })).id;
  });
  afterAll(async () => t?.close());

  describe('member registration', () => {
    let pendingId: string;

    it("the demo's decided registrations were submitted before they were reviewed", async () => {
      const mine = (
        await t
          .http()
          .get('/api/v1/me/member-registrations')
          .set(await as('王建军'))
          .expect(200)
      ).body as { submittedAt: string; decidedAt: string | null }[];
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect(Date.parse(r.submittedAt)).toBeLessThan(Date.parse(r.decidedAt!));
      const seeded = [...(await t.dataSource.getRepository(MemberRegistration).find()), ...(await t.dataSource.getRepository(UnitRegistration).find())];
      const decided = seeded.filter((r) => r.decidedAt);
      expect(decided.length).toBeGreaterThan(3);
      expect(decided.filter((r) => r.createdAt.getTime() >= r.decidedAt!.getTime())).toEqual([]);
    });

    it('a resident reports to the community where they live; it waits for review and is audited', async () => {
      const res = await submit('赵小明', await memberBody('赵小明'), 201);
      pendingId = res.body.id;
      expect(res.body).toEqual(
        expect.objectContaining({
          status: RegistrationStatus.Pending,
          realName: '赵小明',
          householdLabel: '4号楼 1单元 301',
          decidedAt: null,
          community: expect.objectContaining({ id: donghu, name: '东湖社区' }),
          unit: expect.objectContaining({ name: '区税务局', kind: WorkUnitKind.Government, partyOrgName: '区税务局机关党委' }),
          skills: [Skill.Accounting],
          availability: [AvailabilitySlot.WeekendDaytime],
        }),
      );
      const mine = (
        await t
          .http()
          .get('/api/v1/me/member-registrations')
          .set(await as('赵小明'))
          .expect(200)
      ).body;
      expect(mine.map((r: { id: string }) => r.id)).toEqual([pendingId]);
      const queue = (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/member-registrations?status=pending`)
          .set(await as('李红梅'))
          .expect(200)
      ).body;
      expect(queue.items.map((r: { realName: string }) => r.realName)).toEqual(expect.arrayContaining(['黄磊', '赵小明']));
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'member_registration.submit', targetId: pendingId })).toBe(1);
      expect(await holds('赵小明', Role.PartyMember, donghu)).toBe(0);
    });

    it('a double tap submits once: both requests get the same registration', async () => {
      const body = await memberBody('李桂兰', { newUnit: { name: '区民政局', kind: WorkUnitKind.Government, partyOrgName: '区民政局机关党委' } });
      const [a, b] = await Promise.all([submit('李桂兰', body), submit('李桂兰', body)]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).toBe(b.body.id);
      expect(await t.dataSource.getRepository(MemberRegistration).countBy({ userId: await t.userIdOf('李桂兰') })).toBe(1);
      expect(await t.dataSource.getRepository(WorkUnit).countBy({ name: '区民政局' })).toBe(1);
    });

    it('refuses a second active registration, and one to a community where the user has no household', async () => {
      const before = await registrationCount();
      const elsewhere = await homeOf('马丽娟'); // a 柳园 household that is not 赵小明's
      const second = await submit('赵小明', await memberBody('赵小明', { communityId: liuyuan, householdId: elsewhere.householdId }));
      expect(second.status).toBe(400);
      expect(second.body.code).toBe('REGISTRATION_NO_HOUSEHOLD');
      const otherHouse = await submit('王秀英', await memberBody('王秀英', { householdId: elsewhere.householdId }));
      expect(otherHouse.body.code).toBe('REGISTRATION_NO_HOUSEHOLD');
      const stillPending = await submit(
        '黄磊',
        await memberBody('黄磊', { newUnit: { name: '另一个单位', kind: WorkUnitKind.Other, partyOrgName: '另一个单位党支部' } }),
      );
      expect(stillPending.status).toBe(201); // same community and household: the retry gets the pending one back
      const moved = await homeOf('黄磊');
      const differentHousehold = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: moved.communityId, label: '1单元 101' });
      await t
        .http()
        .post(`/api/v1/households/${differentHousehold.id}/members`)
        .set(await as('李红梅'))
        .send({ userId: await t.userIdOf('黄磊'), relation: 'tenant' })
        .expect(201);
      const conflict = await submit('黄磊', await memberBody('黄磊', { householdId: differentHousehold.id }));
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('REGISTRATION_ALREADY_PENDING');
      expect(await registrationCount()).toBe(before);
    });

    it.each([
      ['a missing real name', { realName: undefined }, 'realName'],
      ['an over-long real name', { realName: '名'.repeat(33) }, 'realName'],
      ['a bad phone', { phone: '12345' }, 'phone'],
      ['an unknown skill', { skills: ['juggling'] }, 'skills'],
      ['no availability', { availability: [] }, 'availability'],
      ['an over-long note', { skillsNote: '长'.repeat(201) }, 'skillsNote'],
      ['an unknown field', { isAdmin: true }, 'isAdmin'],
      ['a new unit without its Party organisation', { newUnit: { name: '某公司', kind: WorkUnitKind.Enterprise } }, 'newUnit.partyOrgName'],
    ])('refuses %s with a field error and changes nothing', async (_case, patch, field) => {
      const before = await registrationCount();
      const res = await submit('郭艳', { ...(await memberBody('郭艳')), ...patch });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await registrationCount()).toBe(before);
    });

    it('asks for exactly one of an approved unit or a new one', async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/work-units?q=教育')
          .set(await as('郭艳'))
          .expect(200)
      ).body[0];
      const both = await submit('郭艳', await memberBody('郭艳', { unitId: unit.id }));
      expect(both.body.code).toBe('REGISTRATION_UNIT_CHOICE');
      const neither = await submit('郭艳', await memberBody('郭艳', { newUnit: undefined }));
      expect(neither.body.code).toBe('REGISTRATION_UNIT_CHOICE');
      const missing = await submit('郭艳', await memberBody('郭艳', { newUnit: undefined, unitId: 'no-such-unit' }));
      expect(missing.body.code).toBe('WORK_UNIT_NOT_FOUND');
    });

    it('lists approved units only in the unit picker, searched by name', async () => {
      const all = (
        await t
          .http()
          .get('/api/v1/work-units')
          .set(await as('郭艳'))
          .expect(200)
      ).body.map((u: { name: string }) => u.name);
      expect(all).toEqual(expect.arrayContaining(['区教育局', '东风医院']));
      expect(all).not.toContain('区税务局'); // only named by a member so far
      expect(all).not.toContain('第一中学'); // its registration is still pending
      const found = (
        await t
          .http()
          .get('/api/v1/work-units?q=医')
          .set(await as('郭艳'))
          .expect(200)
      ).body;
      expect(found.map((u: { name: string }) => u.name)).toEqual(['东风医院']);
      expect(
        (
          await t
            .http()
            .get('/api/v1/work-units?q=100%25')
            .set(await as('郭艳'))
            .expect(200)
        ).body,
      ).toEqual([]);
      const tooLong = await t
        .http()
        .get(`/api/v1/work-units?q=${'单'.repeat(65)}`)
        .set(await as('郭艳'));
      expect([tooLong.status, tooLong.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('only the secretary of that community decides; others learn nothing', async () => {
      for (const outsider of ['陈志刚', '王秀英', '周振华', '钱进']) {
        const res = await decide(outsider, pendingId, 'approval');
        expect([outsider, res.status, res.body.code]).toEqual([outsider, 404, 'REGISTRATION_NOT_FOUND']);
      }
      for (const outsider of ['陈志刚', '王秀英']) {
        const view = await t
          .http()
          .get(`/api/v1/member-registrations/${pendingId}`)
          .set(await as(outsider));
        expect([outsider, view.status]).toEqual([outsider, 404]);
      }
      expect(
        (
          await t
            .http()
            .get(`/api/v1/member-registrations/${pendingId}`)
            .set(await as('周振华'))
        ).status,
      ).toBe(200); // street oversight
      expect(
        (
          await t
            .http()
            .get(`/api/v1/communities/${donghu}/member-registrations`)
            .set(await as('陈志刚'))
        ).status,
      ).toBe(403);
      expect(
        (
          await t
            .http()
            .get(`/api/v1/communities/${donghu}/member-registrations`)
            .set(await as('赵小明'))
        ).status,
      ).toBe(403);
      expect((await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ id: pendingId })).status).toBe(RegistrationStatus.Pending);
    });

    it('approval makes the member a party member there, once; a decided registration cannot be decided again', async () => {
      const res = await decide('李红梅', pendingId, 'approval', {}, 200);
      expect(res.body).toEqual(expect.objectContaining({ status: RegistrationStatus.Approved, decidedByName: '李红梅', decidedAt: expect.any(String) }));
      expect(await holds('赵小明', Role.PartyMember, donghu)).toBe(1);
      const me = (
        await t
          .http()
          .get('/api/v1/me')
          .set(await as('赵小明'))
          .expect(200)
      ).body;
      expect(me.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: Role.PartyMember, place: expect.objectContaining({ id: donghu }) })]));
      const again = await decide('李红梅', pendingId, 'approval');
      expect([again.status, again.body.code]).toEqual([409, 'REGISTRATION_ALREADY_DECIDED']);
      const reject = await decide('李红梅', pendingId, 'rejection', { reason: '改主意了' });
      expect([reject.status, reject.body.code]).toEqual([409, 'REGISTRATION_ALREADY_DECIDED']);
      const withdraw = await decide('赵小明', pendingId, 'withdrawal');
      expect([withdraw.status, withdraw.body.code]).toEqual([409, 'REGISTRATION_ALREADY_DECIDED']);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'member_registration.approve', targetId: pendingId })).toBe(1);
    });

    it('rejection needs a reason, records it, and lets the member report again', async () => {
      const id = (await submit('王秀英', await memberBody('王秀英'), 201)).body.id;
      const noReason = await decide('李红梅', id, 'rejection', {});
      expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const rejected = await decide('李红梅', id, 'rejection', { reason: '经核实不是在职党员' }, 200);
      expect(rejected.body).toEqual(expect.objectContaining({ status: RegistrationStatus.Rejected, rejectReason: '经核实不是在职党员' }));
      expect(await holds('王秀英', Role.PartyMember, donghu)).toBe(0);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'member_registration.reject', targetId: id })).toBe(1);
      await submit('王秀英', await memberBody('王秀英'), 201);
    });

    it('the applicant alone withdraws while pending; a withdrawn registration cannot be approved', async () => {
      const id = (
        await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: await t.userIdOf('王秀英'), status: RegistrationStatus.Pending })
      ).id;
      const stranger = await decide('赵小明', id, 'withdrawal');
      expect([stranger.status, stranger.body.code]).toEqual([404, 'REGISTRATION_NOT_FOUND']);
      await decide('王秀英', id, 'withdrawal', {}, 200);
      const twice = await decide('王秀英', id, 'withdrawal');
      expect([twice.status, twice.body.code]).toEqual([409, 'REGISTRATION_WITHDRAWN']);
      const approve = await decide('李红梅', id, 'approval');
      expect([approve.status, approve.body.code]).toEqual([409, 'REGISTRATION_WITHDRAWN']);
      expect(await holds('王秀英', Role.PartyMember, donghu)).toBe(0);
    });

    it('two secretaries approving at once make one decision and one role grant', async () => {
      // A second secretary for 东湖社区, appointed by the street.
      await t
        .http()
        .post('/api/v1/role-grants')
        .set(await as('周振华'))
        .send({ userId: await t.userIdOf('孙丽'), role: Role.Secretary, placeId: donghu })
        .expect(201);
      const id = (
        await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: await t.userIdOf('黄磊'), status: RegistrationStatus.Pending })
      ).id;
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => decide(i % 2 ? '孙丽' : '李红梅', id, 'approval')));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'REGISTRATION_ALREADY_DECIDED')).toBe(true);
      expect(results.filter((r) => r.status === 409)).toHaveLength(9);
      expect(await holds('黄磊', Role.PartyMember, donghu)).toBe(1);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'member_registration.approve', targetId: id })).toBe(1);
    });

    it('moving house: the new registration ends the old one and moves the role when approved; history is kept', async () => {
      const liuyuanFlat = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: liuyuan, label: '2单元 401' });
      await t
        .http()
        .post(`/api/v1/households/${liuyuanFlat.id}/members`)
        .set(await as('陈志刚'))
        .send({ userId: await t.userIdOf('王建军'), relation: 'owner' })
        .expect(201);
      const unit = (
        await t
          .http()
          .get('/api/v1/work-units?q=区教育局')
          .set(await as('王建军'))
          .expect(200)
      ).body[0];
      const move = { communityId: liuyuan, householdId: liuyuanFlat.id, newUnit: undefined, unitId: unit.id };
      const next = (await submit('王建军', await memberBody('王建军', move), 201)).body;
      expect(await holds('王建军', Role.PartyMember, donghu)).toBe(1); // still serving in 东湖 until approved
      const wang = await t.userIdOf('王建军');
      const oldUnit = (await t.dataSource.getRepository(MemberRegistration).findOneByOrFail({ userId: wang, status: RegistrationStatus.Approved })).unitId;
      const unitPoints = async () =>
        (
          (
            await t
              .http()
              .get(`/api/v1/communities/${donghu}/points/unit-ranking?limit=100`)
              .set(await as('王秀英'))
              .expect(200)
          ).body as { unitId: string; points: number }[]
        ).find((r) => r.unitId === oldUnit)?.points ?? 0;
      const before = await unitPoints();
      const hisPoints = (
        await t
          .http()
          .get(`/api/v1/me/points?communityId=${donghu}`)
          .set(await as('王建军'))
          .expect(200)
      ).body.balance;
      await decide('陈志刚', next.id, 'approval', {}, 200);
      // His points in 东湖 no longer count for his old unit there.
      expect(hisPoints).toBeGreaterThan(0);
      expect(await unitPoints()).toBe(before - hisPoints);
      expect(await holds('王建军', Role.PartyMember, donghu)).toBe(0);
      expect(await holds('王建军', Role.PartyMember, liuyuan)).toBe(1);
      const history = (
        await t
          .http()
          .get('/api/v1/me/member-registrations')
          .set(await as('王建军'))
          .expect(200)
      ).body;
      expect(history.map((r: { status: string; community: { name: string } }) => [r.status, r.community.name])).toEqual([
        [RegistrationStatus.Approved, '柳园社区'],
        [RegistrationStatus.Ended, '东湖社区'],
      ]);
      expect(history[1].endedAt).toEqual(expect.any(String));
    });
  });

  describe('unit registration and the joint committee', () => {
    const unitBody = async (extra: object = {}) => ({
      communityId: donghu,
      newUnit: { name: '东湖街道派出所', kind: WorkUnitKind.Government, partyOrgName: '东湖派出所党支部' },
      contactName: '冯警官',
      contactPhone: '13811112222',
      resources: [{ kind: 'expertise', description: '每月一次防诈骗宣传' }],
      agreementText: '共建平安社区，定期开展安全宣传和矛盾调解。',
      ...extra,
    });

    it('a pending unit is approved: it joins the joint committee and its contact becomes unit contact', async () => {
      const pending = (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/unit-registrations?status=pending`)
          .set(await as('李红梅'))
          .expect(200)
      ).body.items;
      const school = pending.find((r: { unit: { name: string } }) => r.unit.name === '第一中学');
      expect(school).toEqual(expect.objectContaining({ contactName: '邓凯', resources: [expect.objectContaining({ kind: 'venue' })] }));
      const outsider = await t
        .http()
        .post(`/api/v1/unit-registrations/${school.id}/approval`)
        .set(await as('陈志刚'));
      expect([outsider.status, outsider.body.code]).toEqual([404, 'REGISTRATION_NOT_FOUND']);
      await t
        .http()
        .post(`/api/v1/unit-registrations/${school.id}/approval`)
        .set(await as('李红梅'))
        .expect(200);
      expect(await holds('邓凯', Role.UnitContact, donghu)).toBe(1);
      const committee = (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/joint-committee`)
          .set(await as('王秀英'))
          .expect(200)
      ).body;
      expect(committee.map((u: { unit: { name: string } }) => u.unit.name)).toEqual(['区教育局', '东风医院', '第一中学']);
      expect(JSON.stringify(committee)).not.toContain('13800000053'); // the contact's phone stays with the secretary
      expect(
        (
          await t
            .http()
            .get(`/api/v1/communities/${donghu}/joint-committee`)
            .set(await as('马丽娟'))
        ).status,
      ).toBe(403);
    });

    it('a unit registers with its resource list; a retry returns the same registration; a second contact waits', async () => {
      const body = await unitBody();
      const [a, b] = await Promise.all([
        t
          .http()
          .post('/api/v1/unit-registrations')
          .set(await as('张伟'))
          .send(body),
        t
          .http()
          .post('/api/v1/unit-registrations')
          .set(await as('张伟'))
          .send(body),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).toBe(b.body.id);
      expect(a.body).toEqual(expect.objectContaining({ status: RegistrationStatus.Pending, contactName: '冯警官', agreementText: body.agreementText }));
      const other = await t
        .http()
        .post('/api/v1/unit-registrations')
        .set(await as('刘洋'))
        .send(body);
      expect([other.status, other.body.code]).toEqual([409, 'UNIT_REGISTRATION_ALREADY_PENDING']);
      const rejected = await t
        .http()
        .post(`/api/v1/unit-registrations/${a.body.id}/rejection`)
        .set(await as('李红梅'))
        .send({ reason: '请补充共建协议的盖章件' })
        .expect(200);
      expect(rejected.body).toEqual(expect.objectContaining({ status: RegistrationStatus.Rejected, rejectReason: '请补充共建协议的盖章件' }));
      expect(await holds('张伟', Role.UnitContact, donghu)).toBe(0);
    });

    it('shows a unit registration to its contact and the community only; only the contact withdraws', async () => {
      const id = (
        await t
          .http()
          .post('/api/v1/unit-registrations')
          .set(await as('刘洋'))
          .send(
            await unitBody({
              newUnit: { name: '东湖物业公司', kind: WorkUnitKind.Enterprise, partyOrgName: '东湖物业党支部' },
            }),
          )
          .expect(201)
      ).body.id;
      for (const [name, status] of [
        ['刘洋', 200],
        ['李红梅', 200],
        ['周振华', 200],
        ['陈志刚', 404],
        ['王秀英', 404],
      ] as const) {
        const res = await t
          .http()
          .get(`/api/v1/unit-registrations/${id}`)
          .set(await as(name));
        expect([name, res.status]).toEqual([name, status]);
      }
      for (const name of ['陈志刚', '赵小明']) {
        const list = await t
          .http()
          .get(`/api/v1/communities/${donghu}/unit-registrations`)
          .set(await as(name));
        expect([name, list.status]).toEqual([name, 403]);
      }
      const stranger = await t
        .http()
        .post(`/api/v1/unit-registrations/${id}/withdrawal`)
        .set(await as('张伟'));
      expect([stranger.status, stranger.body.code]).toEqual([404, 'REGISTRATION_NOT_FOUND']);
      await t
        .http()
        .post(`/api/v1/unit-registrations/${id}/withdrawal`)
        .set(await as('刘洋'))
        .expect(200);
      const approve = await t
        .http()
        .post(`/api/v1/unit-registrations/${id}/approval`)
        .set(await as('李红梅'));
      expect([approve.status, approve.body.code]).toEqual([409, 'REGISTRATION_WITHDRAWN']);
    });

    it.each([
      ['no resources', { resources: [] }, 'resources'],
      ['eleven resources', { resources: Array.from({ length: 11 }, () => ({ kind: 'funds', description: '资金支持' })) }, 'resources'],
      ['a resource of an unknown kind', { resources: [{ kind: 'gold', description: '金条' }] }, 'resources.0.kind'],
      ['a short agreement', { agreementText: '共建' }, 'agreementText'],
      ['an over-long agreement', { agreementText: '协'.repeat(5001) }, 'agreementText'],
      ['a bad contact phone', { contactPhone: '110' }, 'contactPhone'],
    ])('refuses %s', async (_case, patch, field) => {
      const before = await t.dataSource.getRepository(UnitRegistration).count();
      const res = await t
        .http()
        .post('/api/v1/unit-registrations')
        .set(await as('刘洋'))
        .send(await unitBody(patch));
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await t.dataSource.getRepository(UnitRegistration).count()).toBe(before);
    });

    it('only a community can be reported to', async () => {
      const grid = await t.dataSource.getRepository(Place).findOneByOrFail({ name: '第一网格', parentId: donghu });
      const res = await t
        .http()
        .post('/api/v1/unit-registrations')
        .set(await as('刘洋'))
        .send(await unitBody({ communityId: grid.id }));
      expect([res.status, res.body.code]).toEqual([400, 'REGISTRATION_NOT_A_COMMUNITY']);
    });
  });

  describe('the service record back to the unit (双服务双评价)', () => {
    /** The Beijing year of 王建军's seeded service (five weeks back: last year in January). */
    let year: number;
    beforeAll(async () => {
      const credit = await t.dataSource.getRepository(PointsEntry).findOneByOrFail({ userId: await t.userIdOf('王建军'), sourceType: PointsSource.Shift });
      year = new Date(credit.createdAt.getTime() + 8 * 60 * 60 * 1000).getUTCFullYear();
    });

    it("a unit contact sees where the unit's members reported and what they did there", async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/me/work-units')
          .set(await as('钱进'))
          .expect(200)
      ).body;
      expect(unit.map((u: { name: string }) => u.name)).toEqual(['区教育局']);
      const members = (
        await t
          .http()
          .get(`/api/v1/work-units/${unit[0].id}/members?year=${year}`)
          .set(await as('钱进'))
          .expect(200)
      ).body.items;
      const rows = members.map((m: { realName: string; community: { name: string }; status: string; record: { points: number } }) => [
        m.realName,
        m.community.name,
        m.status,
        m.record.points,
      ]);
      expect(rows).toEqual(
        expect.arrayContaining([
          ['王建军', '东湖社区', RegistrationStatus.Ended, 42],
          ['王建军', '柳园社区', RegistrationStatus.Approved, 0],
          ['何军', '新华社区', RegistrationStatus.Approved, 0],
        ]),
      );
      expect(JSON.stringify(members)).not.toContain('13800000031'); // no phone numbers to the unit
      const lastYear = (
        await t
          .http()
          .get(`/api/v1/work-units/${unit[0].id}/members?year=${year - 1}`)
          .set(await as('钱进'))
          .expect(200)
      ).body.items;
      expect(lastYear.find((m: { realName: string }) => m.realName === '王建军').record.points).toBe(0);
    });

    it('the record counts confirmed shift hours and the stars beneficiaries gave, in that year only', async () => {
      const records = t.app.get(ServiceRecordsService);
      const yearOf = (at: Date) => new Date(at.getTime() + 8 * 60 * 60 * 1000).getUTCFullYear(); // Beijing calendar year
      // The demo: 张伟 served one confirmed 90-minute shift in 东湖; 林涛's fulfilled wish in 红旗 was rated 5 stars.
      const zhangWei = { userId: await t.userIdOf('张伟'), communityId: donghu };
      const served = await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ memberId: zhangWei.userId, confirmedMinutes: 90 });
      const rated = await t.dataSource.getRepository(Wish).findOneByOrFail({ claimerId: await t.userIdOf('林涛'), rating: 5 });
      const linTao = { userId: rated.claimerId!, communityId: rated.communityId };
      const hoursYear = yearOf(served.hoursConfirmedAt!);
      const ratingYear = yearOf(rated.confirmedAt!);
      expect((await records.forYear([zhangWei], hoursYear)).get(`${zhangWei.userId}|${donghu}`)).toEqual(expect.objectContaining({ hours: 1.5 }));
      expect((await records.forYear([linTao], ratingYear)).get(`${linTao.userId}|${linTao.communityId}`)).toEqual(
        expect.objectContaining({ ratingsCount: 1, averageRating: 5 }),
      );
      const before = await records.forYear([zhangWei, linTao], Math.min(hoursYear, ratingYear) - 1);
      expect([...before.values()].map((r) => [r.hours, r.ratingsCount, r.averageRating])).toEqual([
        [0, 0, null],
        [0, 0, null],
      ]);
    });

    it('denies the members and summaries to anyone but the unit contact', async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/work-units?q=区教育局')
          .set(await as('钱进'))
          .expect(200)
      ).body[0];
      for (const outsider of ['韩雪', '李红梅', '王建军']) {
        const res = await t
          .http()
          .get(`/api/v1/work-units/${unit.id}/members`)
          .set(await as(outsider));
        expect([outsider, res.status, res.body.code]).toEqual([outsider, 403, 'WORK_UNIT_NOT_CONTACT']);
        const file = await t
          .http()
          .get(`/api/v1/work-units/${unit.id}/service-summary`)
          .set(await as(outsider));
        expect(file.status).toBe(403);
      }
      const missing = await t
        .http()
        .get('/api/v1/work-units/no-such-unit/members')
        .set(await as('钱进'));
      expect([missing.status, missing.body.code]).toEqual([404, 'WORK_UNIT_NOT_FOUND']);
      const bad = await t
        .http()
        .get(`/api/v1/work-units/${unit.id}/members?year=1999`)
        .set(await as('钱进'));
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it("downloads a member's yearly summary as Excel with the ledger lines behind it", async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/me/work-units')
          .set(await as('钱进'))
          .expect(200)
      ).body[0];
      const members = (
        await t
          .http()
          .get(`/api/v1/work-units/${unit.id}/members?year=${year}`)
          .set(await as('钱进'))
          .expect(200)
      ).body.items;
      const wang = members.find((m: { realName: string; status: string }) => m.realName === '王建军' && m.status === RegistrationStatus.Ended);
      const res = await t
        .http()
        .get(`/api/v1/work-units/${unit.id}/members/${wang.registrationId}/service-summary?year=${year}`)
        .set(await as('钱进'))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`${year}年度社区服务情况-王建军.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const summary = workbook.getWorksheet('年度服务汇总')!;
      expect(summary.getCell('A1').value).toBe(`${year}年度在职党员到社区报到服务情况`);
      expect(summary.getCell('A2').value).toContain('区教育局机关党委');
      expect(summary.getRow(3).values).toEqual(expect.arrayContaining(['姓名', '报到社区', '年度积分', '服务时长（小时）', '圆梦心愿（个）']));
      expect([summary.getCell('A4').value, summary.getCell('B4').value, summary.getCell('C4').value, summary.getCell('F4').value]).toEqual([
        '王建军',
        '东湖社区',
        '已结束',
        42,
      ]);
      const detail = workbook.getWorksheet('积分明细-王建军')!;
      const lines = detail
        .getSheetValues()
        .slice(2)
        .map((row) => (row as unknown[]).slice(2, 4));
      expect(lines).toEqual([
        ['先锋岗服务：周末课业辅导', 30],
        ['先锋岗服务：天天敲门 · 独居老人走访', 12],
        ['', 42],
      ]);
    });

    it("downloads the unit's summary with one row per member", async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/me/work-units')
          .set(await as('韩雪'))
          .expect(200)
      ).body[0];
      const res = await t
        .http()
        .get(`/api/v1/work-units/${unit.id}/service-summary`)
        .set(await as('韩雪'))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const summary = workbook.getWorksheet('年度服务汇总')!;
      const names = [4, 5, 6].map((r) => summary.getCell(`A${r}`).value);
      expect(names).toEqual(['陈静', '黄磊', null]); // approved members of 东风医院 (黄磊 since the concurrent approval above)
      expect(summary.getCell('F4').value).toBe(15);
    });
  });

  // Last, because it hands 区教育局 to a new contact.
  describe('a unit changing its contact', () => {
    const unitBody = {
      contactPhone: '13811113333',
      resources: [{ kind: 'venue', description: '局机关二楼会议室' }],
      agreementText: '继续共建，联络人变更为赵小明。',
    };

    it('a unit re-registering with a new contact ends the old registration and moves the contact role', async () => {
      const unit = (
        await t
          .http()
          .get('/api/v1/work-units?q=区教育局')
          .set(await as('赵小明'))
          .expect(200)
      ).body[0];
      const next = (
        await t
          .http()
          .post('/api/v1/unit-registrations')
          .set(await as('赵小明'))
          .send({ ...unitBody, communityId: donghu, newUnit: undefined, unitId: unit.id, contactName: '赵小明' })
          .expect(201)
      ).body;
      expect(await holds('钱进', Role.UnitContact, donghu)).toBe(1); // still the contact until the new one is approved
      await t
        .http()
        .post(`/api/v1/unit-registrations/${next.id}/approval`)
        .set(await as('李红梅'))
        .expect(200);
      expect(await holds('钱进', Role.UnitContact, donghu)).toBe(0);
      expect(await holds('赵小明', Role.UnitContact, donghu)).toBe(1);
      const committee = (
        await t
          .http()
          .get(`/api/v1/communities/${donghu}/joint-committee`)
          .set(await as('王秀英'))
          .expect(200)
      ).body;
      expect(committee.filter((u: { unit: { name: string } }) => u.unit.name === '区教育局')).toHaveLength(1);
      const history = await t.dataSource.getRepository(UnitRegistration).findBy({ unitId: unit.id, communityId: donghu });
      expect(history.map((r) => r.status).sort()).toEqual([RegistrationStatus.Approved, RegistrationStatus.Ended]);
      // The unit's record now goes to the new contact only.
      const members = await t
        .http()
        .get(`/api/v1/work-units/${unit.id}/members`)
        .set(await as('钱进'));
      expect([members.status, members.body.code]).toEqual([403, 'WORK_UNIT_NOT_CONTACT']);
    });
  });
});
