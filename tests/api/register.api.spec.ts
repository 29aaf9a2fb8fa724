import { REGISTER_COLUMNS, REGISTER_RULES } from '@linli/shared';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { In } from 'typeorm';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { User } from '../../server/src/identity/user.entity';
import { Household } from '../../server/src/places/household.entity';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { Place } from '../../server/src/places/place.entity';
import { RegisterImport } from '../../server/src/register/register-import.entity';
import { registerTemplate } from '../../server/src/register/register-template';
import { donghuRegisterSample } from '../../server/src/seed/register-sample';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

/** A binary response body (the .xlsx downloads). */
const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (c: Buffer) => chunks.push(c));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};
type Row = (string | number | null | { formula: string })[];
const HEADERS = REGISTER_COLUMNS.map((c) => c.header);

/** An .xlsx as a secretary would save it from Excel: the header, then the rows; `edit` for the bad-file cases. */
async function xlsx(rows: Row[], edit?: (sheet: ExcelJS.Worksheet) => void, headers: string[] = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// 楼栋 单元 房号 面积 产权人 产权人电话 开发商未售 住户姓名 住户电话 与户主关系 常住/租住
const BASE: Row[] = [
  ['1号楼', '3单元', '101', 89.5, '赵一、钱二', '13911110001、13911110002', '否', '赵一', '13911110001', '本人', '常住'],
  ['1号楼', '3单元', '101', null, null, null, null, '赵小宝', null, '子女', '常住'],
  ['1号楼', '3单元', '102', '120.25', '孙三', '139 1111 0003', '否', '周租', '+86 13911110004', '本人', '租住'],
  ['1号楼', '3单元', '103', 60, '孙三', '13911110003', '否', null, null, null, null],
  ['2', '3', '101', 75, '幸福置业有限公司', null, '是', null, null, null, null],
];

describeApi('The register (台账): template, dry run, confirm', () => {
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;

  const upload = async (who: string, placeId: string, file: Buffer, name = '台账.xlsx') =>
    t
      .http()
      .post(`/api/v1/places/${placeId}/register/imports`)
      .set(bearer(await t.tokenOf(who)))
      .attach('file', file, name);
  const confirm = async (who: string, placeId: string, importId: string, remove: string[] = []) =>
    t
      .http()
      .post(`/api/v1/places/${placeId}/register/imports/${importId}/confirm`)
      .set(bearer(await t.tokenOf(who)))
      .send({ remove });
  const importFile = async (rows: Row[] | Buffer, remove: (removals: { key: string; label: string; name: string | null }[]) => string[] = () => []) => {
    const dry = await upload('李红梅', donghu, Buffer.isBuffer(rows) ? rows : await xlsx(rows));
    expect(dry.body.details ?? []).toEqual([]);
    expect(dry.status).toBe(200);
    const done = await confirm('李红梅', donghu, dry.body.importId, remove(dry.body.removals));
    expect(done.status).toBe(200);
    return { dry: dry.body, done: done.body };
  };
  const flat = (building: string, label: string) =>
    t.dataSource.getRepository(Household).findOne({ where: { communityId: donghu, buildingId: buildingIds.get(building)!, label } });
  const peopleOf = async (householdId: string) => {
    const members = await t.dataSource.getRepository(HouseholdMember).find({ where: { householdId } });
    const users = await t.dataSource.getRepository(User).find({ where: { id: In(members.map((m) => m.userId)) } });
    return members.map((m) => ({ ...m, user: users.find((u) => u.id === m.userId)! })).sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
  };
  const registerCounts = async () => ({
    households: await t.dataSource.getRepository(Household).count(),
    members: await t.dataSource.getRepository(HouseholdMember).count(),
    users: await t.dataSource.getRepository(User).count(),
    imports: await t.dataSource.getRepository(RegisterImport).count({ where: { status: 'applied' } }),
  });
  const buildingIds = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const places = t.dataSource.getRepository(Place);
    donghu = (await places.findOneByOrFail({ name: '东湖社区' })).id;
    liuyuan = (await places.findOneByOrFail({ name: '柳园社区' })).id;
    const community = await places.findOneByOrFail({ id: donghu });
    for (const b of await places
      .createQueryBuilder('p')
      .where('p.path LIKE :path AND p.level = :level', { path: `${community.path}%`, level: 'building' })
      .getMany())
      buildingIds.set(b.name, b.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('imports the sample register of 东湖社区 into the demo: no flat added or lost, owners’ phones recorded; the filled template round-trips', async () => {
    const sample = await registerTemplate(donghuRegisterSample());
    const { dry, done } = await importFile(sample);
    expect(dry).toMatchObject({ flats: 48, counts: { add: 0, removable: 0 } });
    expect(done).toMatchObject({ added: 0, removedFlats: 0, removedMembers: 0 });
    const again = await importFile(sample);
    expect(again.dry.counts).toEqual({ add: 0, change: 0, unchanged: 48, removable: 0 });
    // The register as it now stands, downloaded filled in and uploaded back, is no change either.
    const filled = await t
      .http()
      .get(`/api/v1/places/${donghu}/register/template?filled=true`)
      .set(bearer(await t.tokenOf('李红梅')))
      .buffer(true)
      .parse(binary);
    expect(filled.status).toBe(200);
    const back = await importFile(filled.body as Buffer);
    expect(back.dry.counts).toEqual({ add: 0, change: 0, unchanged: 48, removable: 0 });
  });

  it('hands the secretary a template that Excel opens, with the register’s columns and the instructions', async () => {
    const res = await t
      .http()
      .get(`/api/v1/places/${donghu}/register/template`)
      .set(bearer(await t.tokenOf('李红梅')))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(workbook.worksheets[1].name).toBe('填写说明');
  });

  it('shows a dry run without writing, then applies exactly it on confirm, once', async () => {
    const before = await registerCounts();
    const dry = await upload('李红梅', donghu, await xlsx(BASE));
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 5, flats: 4, people: 3, counts: { add: 4, change: 0, unchanged: 0, removable: 48 }, status: 'previewed' });
    expect(dry.body.adds).toContainEqual({ building: '2号楼', label: '3单元 101' });
    // The 48 flats already on record are not in this file: listed for ticking, not removed.
    expect(dry.body.removals.filter((r: { kind: string }) => r.kind === 'flat')).toHaveLength(48);
    expect(await registerCounts()).toEqual(before);

    const done = await confirm('李红梅', donghu, dry.body.importId);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'applied', added: 4, changed: 0, removedFlats: 0, removedMembers: 0 });
    const after = await registerCounts();
    expect(after.households).toBe(before.households + 4);
    expect(after.members).toBe(before.members + 3);
    const zhao = await flat('1号楼', '3单元 101');
    expect(zhao).toMatchObject({ areaHundredths: 8950 });
    const people = await peopleOf(zhao!.id);
    expect(people.map((p) => [p.user.displayName, p.user.phone, p.relation, p.kinship, p.user.openid])).toEqual([
      ['赵一', '13911110001', 'owner', '本人', null],
      ['赵小宝', null, 'resident', '子女', null],
    ]);
    expect((await peopleOf((await flat('1号楼', '3单元 102'))!.id)).map((p) => [p.user.phone, p.relation])).toEqual([['13911110004', 'tenant']]);

    // A retry (double tap, lost answer) gets the same answer and writes nothing more.
    const again = await confirm('李红梅', donghu, dry.body.importId);
    expect(again.body).toEqual(done.body);
    expect(await registerCounts()).toEqual(after);
    const audit = await t.dataSource.getRepository(AuditLog).find({ where: { action: 'register.import', targetId: dry.body.importId } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ added: 4, changed: 0, flats: 4, people: 3 });
  });

  it('imports the same file again as no change at all', async () => {
    const before = await registerCounts();
    const { dry, done } = await importFile(BASE);
    expect(dry.counts).toEqual({ add: 0, change: 0, unchanged: 4, removable: 48 });
    expect(done).toMatchObject({ added: 0, changed: 0, removedFlats: 0, removedMembers: 0 });
    expect({ ...(await registerCounts()), imports: 0 }).toEqual({ ...before, imports: 0 });
  });

  it('updates only what changed; a transfer is dated and the earlier owners kept; people missing stay until ticked', async () => {
    const changed = BASE.map((r) => [...r]);
    changed[2][3] = '121.00'; // 102's area corrected
    changed[3][4] = '吴四'; // 103 sold to 吴四
    changed[3][5] = '13911110005';
    changed.splice(1, 1); // 赵小宝 no longer listed in 101
    const { dry, done } = await importFile(changed);
    expect(dry.counts).toEqual({ add: 0, change: 2, unchanged: 2, removable: 49 });
    expect(dry.changes).toEqual(
      expect.arrayContaining([
        { building: '1号楼', label: '3单元 102', changes: ['面积 120.25 → 121.00'] },
        { building: '1号楼', label: '3单元 103', changes: ['产权人 孙三 → 吴四'] },
      ]),
    );
    const zhao = (await flat('1号楼', '3单元 101'))!;
    expect(dry.removals).toContainEqual(expect.objectContaining({ kind: 'member', label: '3单元 101', name: '赵小宝' }));
    expect(done).toMatchObject({ changed: 2, removedMembers: 0 });
    expect((await peopleOf(zhao.id)).map((p) => p.user.displayName)).toEqual(['赵一', '赵小宝']);
    expect((await flat('1号楼', '3单元 102'))!.areaHundredths).toBe(12100);

    const h103 = (await flat('1号楼', '3单元 103'))!;
    const history = await t
      .http()
      .get(`/api/v1/households/${h103.id}/ownership`)
      .set(bearer(await t.tokenOf('李红梅')));
    expect(history.status).toBe(200);
    expect(history.body.periods.map((p: { owners: string[]; validTo: string | null }) => [p.owners, p.validTo === null])).toEqual([
      [['吴四'], true],
      [['孙三'], false],
    ]);

    // Ticked now: 赵小宝 leaves 101, and the flat 103 (no longer in the file) is removed.
    const dropped = changed.filter((r) => r[2] !== '103');
    const second = await importFile(dropped, (removals) => removals.filter((r) => r.name === '赵小宝' || r.label === '3单元 103').map((r) => r.key));
    expect(second.done).toMatchObject({ removedMembers: 1, removedFlats: 1 });
    expect((await peopleOf(zhao.id)).map((p) => p.user.displayName)).toEqual(['赵一']);
    expect(await flat('1号楼', '3单元 103')).toBeNull();
  });

  it('keeps a flat that wishes or registrations point at, even when ticked, and changes nothing', async () => {
    const dry = await upload('李红梅', donghu, await xlsx(BASE.filter((r) => r[2] !== '103')));
    const home = (await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '王秀英' })).homeHouseholdId;
    const key = dry.body.removals.find((r: { key: string }) => r.key === `flat:${home}`).key;
    const before = await registerCounts();
    const res = await confirm('李红梅', donghu, dry.body.importId, [key]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REGISTER_REMOVAL_IN_USE');
    expect(await registerCounts()).toEqual(before);
  });

  it('reads Chinese text right however the file’s compressed chunks fall (a few thousand rows)', async () => {
    const rows: Row[] = [];
    for (let i = 0; i < 1500; i++) {
      const room = String(1000 + i);
      rows.push([
        '5号楼',
        '8单元',
        room,
        66.6,
        `欧阳业主${i}`,
        `1371111${String(i).padStart(4, '0')}`,
        '否',
        `欧阳业主${i}`,
        `1371111${String(i).padStart(4, '0')}`,
        '本人',
        '常住',
      ]);
      rows.push(['5号楼', '8单元', room, null, null, null, null, `欧阳家属${i}`, null, '配偶', '租住']);
    }
    const res = await upload('李红梅', donghu, await xlsx(rows));
    expect(res.body.details ?? []).toEqual([]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 3000, flats: 1500, people: 3000, counts: { add: 1500 } });
    expect((await confirm('李红梅', donghu, res.body.importId)).status).toBe(200);
    // Every name arrives as written: a character torn across two chunks would read as U+FFFD.
    const names = rows.map((r) => r[7] as string);
    let found = 0;
    for (let i = 0; i < names.length; i += 500) found += await t.dataSource.getRepository(User).count({ where: { displayName: In(names.slice(i, i + 500)) } });
    expect(found).toBe(3000);
  }, 120_000);

  it('refuses to confirm a dry run made against a register that has changed since', async () => {
    const stale = await upload('李红梅', donghu, await xlsx(BASE));
    const moved = BASE.map((r) => [...r]);
    moved[0][3] = 90;
    await importFile(moved);
    const res = await confirm('李红梅', donghu, stale.body.importId);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REGISTER_CHANGED');
    expect((await flat('1号楼', '3单元 101'))!.areaHundredths).toBe(9000);
    // Unticked removal keys the dry run never offered are refused too.
    const fresh = await upload('李红梅', donghu, await xlsx(BASE));
    const bogus = await confirm('李红梅', donghu, fresh.body.importId, ['flat:nope']);
    expect(bogus.status).toBe(400);
    expect(bogus.body.code).toBe('REGISTER_REMOVAL_UNKNOWN');
  });

  describe('refuses a bad file with a Chinese message naming row and column, and changes nothing', () => {
    const expectRefused = async (file: Buffer, code: string, details?: { row: number; column: string; message: RegExp }[]) => {
      const before = await registerCounts();
      const previews = await t.dataSource.getRepository(RegisterImport).count();
      const res = await upload('李红梅', donghu, file);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
      for (const d of details ?? []) expect(res.body.details).toContainEqual({ row: d.row, column: d.column, message: expect.stringMatching(d.message) });
      expect(await registerCounts()).toEqual(before);
      expect(await t.dataSource.getRepository(RegisterImport).count()).toBe(previews);
      return res.body;
    };

    it('a file that is not xlsx', async () => {
      await expectRefused(Buffer.from('楼栋,单元,房号\n1号楼,1单元,101\n'), 'REGISTER_NOT_XLSX');
      await expectRefused(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'REGISTER_NOT_XLSX');
    });

    it('missing or renamed columns', async () => {
      const renamed = HEADERS.map((h) => (h === '建筑面积(㎡)' ? '面积' : h));
      const body = await expectRefused(await xlsx(BASE, undefined, renamed), 'REGISTER_COLUMNS_INVALID');
      expect(body.details).toEqual({ missing: ['建筑面积(㎡)'] });
      await expectRefused(await xlsx(BASE, undefined, HEADERS.slice(0, 5)), 'REGISTER_COLUMNS_INVALID');
    });

    it(`more than ${REGISTER_RULES.maxRows} rows`, async () => {
      const rows: Row[] = Array.from({ length: REGISTER_RULES.maxRows + 1 }, (_, i) => [
        '1号楼',
        '9单元',
        String(i + 1),
        50,
        '甲',
        '13911119999',
        '否',
        null,
        null,
        null,
        null,
      ]);
      await expectRefused(await xlsx(rows), 'REGISTER_TOO_MANY_ROWS');
    }, 120_000);

    it('formulas and merged cells', async () => {
      const withFormula = BASE.map((r) => [...r]);
      withFormula[2][3] = { formula: '100+20.25' };
      await expectRefused(await xlsx(withFormula), 'REGISTER_ROWS_INVALID', [{ row: 4, column: '建筑面积(㎡)', message: /公式/ }]);
      await expectRefused(await xlsx(BASE, (sheet) => sheet.mergeCells('A2:A3')), 'REGISTER_ROWS_INVALID', [
        { row: 2, column: '', message: /A2:A3 是合并单元格/ },
      ]);
    });

    it('duplicated flats, negative areas, odd phones, unknown buildings, missing owners — every bad row listed', async () => {
      const bad = BASE.map((r) => [...r]);
      bad.push(['1号楼', '3单元', '101', 89.5, '赵一', '13911110001', '否', null, null, null, null]); // row 7: 101 again
      bad[2][3] = -20; // row 4
      bad[2][8] = '0571-8888888'; // row 4
      bad[3][0] = '99号楼'; // row 5
      bad[4][4] = null; // row 6: the developer flag off and no owner
      bad[4][6] = '否';
      const body = await expectRefused(await xlsx(bad), 'REGISTER_ROWS_INVALID', [
        { row: 4, column: '建筑面积(㎡)', message: /大于 0/ },
        { row: 4, column: '住户电话', message: /不是有效的手机号/ },
        { row: 5, column: '楼栋', message: /没有“99号楼”/ },
        { row: 6, column: '产权人', message: /缺少产权人/ },
        { row: 7, column: '房号', message: /房号重复.*第 2 行/ },
      ]);
      expect(body.message).toContain('5 处');
    });

    it('no file at all', async () => {
      const res = await t
        .http()
        .post(`/api/v1/places/${donghu}/register/imports`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send({});
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('REGISTER_FILE_MISSING');
    });
  });

  it('lets only the community’s own secretary keep its register', async () => {
    const file = await xlsx(BASE);
    for (const who of ['杨秀云', '孙丽', '王秀英', '周振华']) {
      const res = await upload(who, donghu, file);
      expect([who, res.status]).toEqual([who, 403]);
      const template = await t
        .http()
        .get(`/api/v1/places/${donghu}/register/template`)
        .set(bearer(await t.tokenOf(who)));
      expect([who, template.status]).toEqual([who, 403]);
    }
    // Another community's secretary cannot reach 东湖's import through their own community, nor 东湖's secretary through 柳园.
    const dry = await upload('李红梅', donghu, file);
    const other = await confirm('陈志刚', liuyuan, dry.body.importId);
    expect([other.status, other.body.code]).toEqual([404, 'REGISTER_IMPORT_NOT_FOUND']);
    const viaOther = await confirm('李红梅', liuyuan, dry.body.importId);
    expect(viaOther.status).toBe(403);
  });

  it('shows the owners’ roll as a ballot would count it: one line per owner, the developer’s flats together', async () => {
    const res = await t
      .http()
      .get(`/api/v1/places/${donghu}/register/owners-roll`)
      .set(bearer(await t.tokenOf('李红梅')));
    expect(res.status).toBe(200);
    const lines = res.body.lines as { kind: string; name: string; flats: string[]; note: string }[];
    const liu = lines.find((l) => l.name === '刘建华')!;
    expect(liu.flats).toHaveLength(2);
    expect(liu.note).toContain('2 套房屋按一人计');
    const developer = lines.filter((l) => l.kind === 'developer');
    expect(developer).toHaveLength(1);
    expect(developer[0].flats).toEqual(expect.arrayContaining(['6号楼 2单元 101', '2号楼 3单元 101']));
    expect(developer[0].note).toContain('合计按一人计');
    const zhao = lines.find((l) => l.name === '赵一')!;
    expect(zhao.note).toContain('与钱二共有的房屋按一人计');
    expect(res.body.electors).toBe(lines.length);
    const denied = await t
      .http()
      .get(`/api/v1/places/${donghu}/register/owners-roll`)
      .set(bearer(await t.tokenOf('孙丽')));
    expect(denied.status).toBe(403);
  });
});
