import { addDaysToDate, CURRENT_POLICY, REGISTER_COLUMNS, Role, shanghaiDateOf, WishCategory } from '@linli/shared';
import ExcelJS from 'exceljs';
import { User } from '../../server/src/identity/user.entity';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { Household } from '../../server/src/places/household.entity';
import { Owner } from '../../server/src/places/owner.entity';
import { Place } from '../../server/src/places/place.entity';
import { JoinRequest } from '../../server/src/onboarding/join-request.entity';
import { FakeWechat } from '../support/fake-wechat';
import { GET_USER_PHONE_NUMBER } from '../support/fake-wechat-phone';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

type Row = (string | number | null)[];

/** The register rows the secretary imports: 赵一 owns and lives in 1号楼 3单元 101; 钱二 lives in 102 with no owner record of her own. */
const REGISTER: Row[] = [
  ['1号楼', '3单元', '101', 89.5, '赵一', '13911110001', '否', '赵一', '13911110001', '本人', '常住'],
  ['1号楼', '3单元', '102', 70, '孙三', '13911110003', '否', '钱二', '13911110002', '本人', '租住'],
];

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(REGISTER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeApi('Residents join themselves (扫码入户, verified phone, join requests)', () => {
  const wechat = new FakeWechat();
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;
  let flat101: Household;
  let flat102: Household;
  /** A flat of 东湖社区 in 第二网格 (4号楼), outside grid worker 孙丽's grids. */
  let secondGridFlat: Household;
  let openids = 0;

  const as = async (name: string) => bearer(await t.tokenOf(name));
  /** A new WeChat user: wx.login creates their (empty) account. */
  const newcomer = async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/wechat-login')
      .send({ code: `ok:openid-join-${++openids}` })
      .expect(200);
    // As the app does after login: nothing but the public endpoints answers until the policy is agreed to.
    await t.http().post('/api/v1/privacy/consent').set(bearer(res.body.token)).send({ policyVersion: CURRENT_POLICY.version }).expect(200);
    return { token: res.body.token as string, id: res.body.user.id as string, openid: `openid-join-${openids}` };
  };
  const join = (token: string, body: object) => t.http().post('/api/v1/join').set(bearer(token)).send(body);
  const decide = async (who: string, id: string, action: 'approval' | 'refusal', body: object = {}) =>
    t
      .http()
      .post(`/api/v1/join-requests/${id}/${action}`)
      .set(await as(who))
      .send(body);
  const me = (token: string) => t.http().get('/api/v1/me').set(bearer(token)).expect(200);
  const counts = async () => ({
    requests: await t.dataSource.getRepository(JoinRequest).count(),
    members: await t.dataSource.getRepository(HouseholdMember).count(),
    users: await t.dataSource.getRepository(User).count({ where: {} }),
  });

  beforeAll(async () => {
    const base = await wechat.start();
    t = await startTestApp({ WECHAT_API_BASE: base });
    const places = t.dataSource.getRepository(Place);
    donghu = (await places.findOneByOrFail({ name: '东湖社区' })).id;
    liuyuan = (await places.findOneByOrFail({ name: '柳园社区' })).id;
    const dry = await t
      .http()
      .post(`/api/v1/places/${donghu}/register/imports`)
      .set(await as('李红梅'))
      .attach('file', await xlsx(REGISTER), '台账.xlsx')
      .expect(200);
    await t
      .http()
      .post(`/api/v1/places/${donghu}/register/imports/${dry.body.importId}/confirm`)
      .set(await as('李红梅'))
      .send({ remove: [] })
      .expect(200);
    const building1 = (await places.find({ where: { name: '1号楼' } })).find((b) => b.path.includes(donghu))!;
    const building4 = (await places.find({ where: { name: '4号楼' } })).find((b) => b.path.includes(donghu))!;
    const households = t.dataSource.getRepository(Household);
    flat101 = await households.findOneByOrFail({ buildingId: building1.id, label: '3单元 101' });
    flat102 = await households.findOneByOrFail({ buildingId: building1.id, label: '3单元 102' });
    secondGridFlat = (await households.find({ where: { buildingId: building4.id }, order: { label: 'ASC' }, take: 1 }))[0];
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  it('a flat’s QR code names the flat and its building’s flats, nothing private', async () => {
    const { token } = await newcomer();
    const res = await t.http().get(`/api/v1/join/places/${flat101.id}`).set(bearer(token)).expect(200);
    expect(res.body).toMatchObject({
      communityId: donghu,
      communityName: '东湖社区',
      buildingName: '1号楼',
      householdId: flat101.id,
      householdLabel: '3单元 101',
    });
    expect(res.body.flats).toEqual(expect.arrayContaining([{ id: flat102.id, label: '3单元 102' }]));
    expect(JSON.stringify(res.body)).not.toMatch(/赵一|139111/);
  });

  it('a new WeChat user joins by a flat’s QR code with a verified phone: matched at once as the register’s person, with what was posted for them', async () => {
    const zhao = await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '赵一', phone: '13911110001' });
    expect(zhao.openid).toBeNull();
    // Before they had WeChat, grid worker 孙丽 posted a wish for them.
    const wish = await t
      .http()
      .post('/api/v1/wishes')
      .set(await as('孙丽'))
      .send({
        householdId: flat101.id,
        beneficiaryUserId: zhao.id,
        consentNote: '本人口头同意，网格员孙丽入户记录',
        title: '想要一台收音机',
        story: '老人眼睛不好，想听听广播，想要一台简单好用的收音机。',
        category: WishCategory.Goods,
        valueFen: 10_000,
        wantedBy: addDaysToDate(shanghaiDateOf(new Date()), 20),
      });
    expect(wish.status).toBe(201);

    const login = await newcomer();
    const before = await counts();
    const res = await join(login.token, { householdId: flat101.id, name: '赵一', phoneCode: 'phone:13911110001' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'joined', request: null });
    // The phone came from WeChat, asked with the server's access token.
    expect(wechat.received(GET_USER_PHONE_NUMBER).at(-1)!.body).toEqual({ code: 'phone:13911110001' });

    const profile = (await me(res.body.token)).body;
    expect(profile.id).toBe(zhao.id);
    expect(profile.households.map((h: { householdId: string }) => h.householdId)).toContain(flat101.id);
    expect(profile.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: Role.Resident, place: expect.objectContaining({ id: donghu }) })]));
    const mine = await t.http().get('/api/v1/me/wishes').set(bearer(res.body.token)).expect(200);
    expect(mine.body.map((w: { id: string }) => w.id)).toContain(wish.body.id);
    // Their owner record now has an account: the WeChat login is theirs.
    const owner = await t.dataSource.getRepository(Owner).findOneByOrFail({ userId: zhao.id });
    expect(owner.name).toBe('赵一');
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: zhao.id })).openid).toBe(login.openid);
    // Logging in again with WeChat is the register's person now.
    const again = await t
      .http()
      .post('/api/v1/auth/wechat-login')
      .send({ code: `ok:${login.openid}` })
      .expect(200);
    expect(again.body.user.id).toBe(zhao.id);
    // No request was filed and nobody new was added to the flat.
    expect(await counts()).toEqual(before);

    // A retried join (the same login, the phone code already spent) answers the same without asking WeChat again.
    const asked = wechat.received(GET_USER_PHONE_NUMBER).length;
    const retry = await join(login.token, { householdId: flat101.id, name: '赵一', phoneCode: 'phone:13911110001' });
    expect(retry.status).toBe(200);
    expect(retry.body.outcome).toBe('joined');
    expect((await me(retry.body.token)).body.id).toBe(zhao.id);
    expect(wechat.received(GET_USER_PHONE_NUMBER).length).toBe(asked);
  });

  it('double-tapped join by a matched person merges once', async () => {
    const login = await newcomer();
    const body = { householdId: flat102.id, name: '钱二', phoneCode: 'phone:13911110002' };
    const [a, b] = await Promise.all([join(login.token, body), join(login.token, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const qian = await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '钱二', phone: '13911110002' });
    expect((await me(a.body.token)).body.id).toBe(qian.id);
    expect((await me(b.body.token)).body.id).toBe(qian.id);
    expect(await t.dataSource.getRepository(User).count({ where: { openid: login.openid } })).toBe(1);
    expect(await t.dataSource.getRepository(HouseholdMember).count({ where: { userId: qian.id } })).toBe(1);
  });

  it('no match: a join request in the grid worker’s queue, approved; the applicant is told and becomes a resident of the flat', async () => {
    const login = await newcomer();
    const filed = await join(login.token, { householdId: flat101.id, communityId: donghu, name: '赵小宝', phoneCode: 'phone:13911119999' });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ outcome: 'pending', token: null, request: { status: 'pending', phoneVerified: true, name: '赵小宝' } });
    expect(filed.body.request.phone).not.toBe('13911119999');
    // A double tap files one request.
    const [x, y] = await Promise.all([
      join(login.token, { householdId: flat101.id, name: '赵小宝' }),
      join(login.token, { householdId: flat101.id, name: '赵小宝' }),
    ]);
    expect([x.body.request.id, y.body.request.id]).toEqual([filed.body.request.id, filed.body.request.id]);
    const id = filed.body.request.id as string;

    // It waits in the grid worker's queue (and the secretary's).
    const queue = await t
      .http()
      .get(`/api/v1/communities/${donghu}/queue?kind=join_request`)
      .set(await as('孙丽'))
      .expect(200);
    expect(queue.body.items).toEqual([expect.objectContaining({ kind: 'join_request', id, title: '赵小宝 申请入户' })]);
    const secretaryCounts = await t
      .http()
      .get(`/api/v1/communities/${donghu}/queue/counts`)
      .set(await as('李红梅'))
      .expect(200);
    expect(secretaryCounts.body.byKind.join_request).toBe(1);
    // The reviewer sees the verified number in full, to call.
    expect(
      (
        await t
          .http()
          .get(`/api/v1/join-requests/${id}`)
          .set(await as('孙丽'))
          .expect(200)
      ).body.phone,
    ).toBe('13911119999');

    const approved = await decide('孙丽', id, 'approval');
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    // A retried approval answers the request as it stands; one membership.
    expect((await decide('孙丽', id, 'approval')).status).toBe(200);
    const profile = (await me(login.token)).body;
    expect(profile.displayName).toBe('赵小宝');
    expect(profile.households.map((h: { householdId: string }) => h.householdId)).toEqual([flat101.id]);
    expect(profile.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: Role.Resident, place: expect.objectContaining({ id: donghu }) })]));
    expect(await t.dataSource.getRepository(HouseholdMember).count({ where: { userId: login.id } })).toBe(1);
    const inbox = await t.http().get('/api/v1/me/notifications').set(bearer(login.token)).expect(200);
    expect(inbox.body.items).toEqual([expect.objectContaining({ kind: 'join_approved', title: '入户申请已通过' })]);
    // Refusing it now is too late.
    expect((await decide('李红梅', id, 'refusal', { reason: '信息不符' })).body.code).toBe('JOIN_REQUEST_DECIDED');
    // Joining the flat again: already in.
    expect((await join(login.token, { householdId: flat101.id, name: '赵小宝' })).body.outcome).toBe('joined');
  });

  it('refused with a reason: the applicant is told why and is not a member', async () => {
    const login = await newcomer();
    const filed = await join(login.token, { householdId: flat102.id, name: '路人甲' });
    const id = filed.body.request.id as string;
    expect((await decide('李红梅', id, 'refusal', { reason: 'x' })).body.code).toBe('VALIDATION_FAILED');
    const refused = await decide('李红梅', id, 'refusal', { reason: '经核实不住在该户' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', reason: '经核实不住在该户' });
    const mine = await t.http().get('/api/v1/me/join-requests').set(bearer(login.token)).expect(200);
    expect(mine.body[0]).toMatchObject({ id, status: 'refused', reason: '经核实不住在该户' });
    const inbox = await t.http().get('/api/v1/me/notifications').set(bearer(login.token)).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'join_refused' });
    expect(inbox.body.items[0].body).toContain('经核实不住在该户');
    expect((await me(login.token)).body.households).toEqual([]);
  });

  it('the deputy the secretary names (副书记) reads and approves a join request; a resident cannot see it', async () => {
    const named = await t
      .http()
      .post('/api/v1/role-grants')
      .set(await as('李红梅'))
      .send({ userId: await t.userIdOf('王秀英'), role: Role.Deputy, placeId: donghu });
    expect(named.status).toBe(201);
    const login = await newcomer();
    const filed = await join(login.token, { householdId: flat102.id, name: '郑副审' });
    const id = filed.body.request.id as string;
    expect((await decide('李桂兰', id, 'approval')).status).toBe(404); // not hers to see
    expect(
      (
        await t
          .http()
          .get(`/api/v1/join-requests/${id}`)
          .set(await as('王秀英'))
      ).status,
    ).toBe(200);
    const approved = await decide('王秀英', id, 'approval');
    expect([approved.status, approved.body.status]).toEqual([200, 'approved']);
    expect((await me(login.token)).body.households).toEqual([expect.objectContaining({ householdId: flat102.id })]);
  });

  it('H5 without phone verification: always reviewed, even with a register person’s name', async () => {
    const login = await newcomer();
    const res = await join(login.token, { householdId: flat101.id, name: '赵一' });
    expect(res.body).toMatchObject({ outcome: 'pending', request: { phoneVerified: false, phone: null } });
    expect((await me(login.token)).body.households).toEqual([]);
  });

  it('a forged or unknown QR payload, a flat outside the picked community, a refused phone code: a clear error and nothing changed', async () => {
    const login = await newcomer();
    const before = await counts();
    const grid = await t.dataSource
      .getRepository(Place)
      .findOneByOrFail({ id: (await t.dataSource.getRepository(Place).findOneByOrFail({ id: flat101.buildingId })).parentId! });
    for (const payload of ['0190a000-0000-7000-8000-00000000dead', grid.id, donghu, "1' OR '1'='1", 'x'.repeat(80)]) {
      const res = await t
        .http()
        .get(`/api/v1/join/places/${encodeURIComponent(payload)}`)
        .set(bearer(login.token));
      expect([res.status, res.body.code]).toEqual([404, 'JOIN_PLACE_INVALID']);
      expect(res.body.message).toMatch(/二维码无效/);
    }
    const forged = await join(login.token, { householdId: grid.id, name: '赵一', phoneCode: 'phone:13911110001' });
    expect([forged.status, forged.body.code]).toEqual([404, 'JOIN_PLACE_INVALID']);
    const outside = await join(login.token, { householdId: flat101.id, communityId: liuyuan, name: '赵一' });
    expect([outside.status, outside.body.code]).toEqual([400, 'JOIN_HOUSEHOLD_OUTSIDE_COMMUNITY']);
    expect(outside.body.message).toBe('所选的房屋不在这个社区，请重新选择');
    const refusedCode = await join(login.token, { householdId: flat101.id, name: '赵一', phoneCode: 'expired-code' });
    expect([refusedCode.status, refusedCode.body.code]).toEqual([400, 'JOIN_PHONE_CODE_INVALID']);
    const noName = await join(login.token, { householdId: flat101.id, name: ' ' });
    expect([noName.status, noName.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await counts()).toEqual(before);
    expect((await me(login.token)).body.households).toEqual([]);
  });

  it('denials: a grid worker of another grid, a secretary of another community, the applicant cannot decide', async () => {
    const login = await newcomer();
    const filed = await join(login.token, { householdId: secondGridFlat.id, name: '周二网格' });
    const id = filed.body.request.id as string;
    for (const who of ['孙丽', '胡斌', '杨秀云']) {
      const res = await decide(who, id, 'approval');
      expect([who, res.status, res.body.code]).toEqual([who, 404, 'JOIN_REQUEST_NOT_FOUND']);
    }
    expect((await t.http().post(`/api/v1/join-requests/${id}/approval`).set(bearer(login.token)).send({})).body.code).toBe('JOIN_REQUEST_NOT_FOUND');
    // 孙丽's queue does not show another grid's request.
    const queue = await t
      .http()
      .get(`/api/v1/communities/${donghu}/queue?kind=join_request`)
      .set(await as('孙丽'))
      .expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await t.dataSource.getRepository(JoinRequest).findOneByOrFail({ id })).status).toBe('pending');
    // Its community's secretary can.
    expect((await decide('李红梅', id, 'approval')).status).toBe(200);
  });
});
