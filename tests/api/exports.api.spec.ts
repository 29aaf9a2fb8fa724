import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  addDaysToDate,
  BallotOutcome,
  ExportKind,
  ExportStatus,
  placeIdsOnPath,
  PointsSource,
  shanghaiDateOf,
  ShiftClaimStatus,
  WishCategory,
  WishStatus,
} from '@linli/shared';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { newId } from '../../server/src/database/ids';
import { Ballot } from '../../server/src/deliberation/ballot.entity';
import { ExportJob } from '../../server/src/exports/export-job.entity';
import { ExportJobLeases } from '../../server/src/exports/export-job-leases';
import { ExportRunner } from '../../server/src/exports/export-runner.service';
import { ExportSweepJob } from '../../server/src/exports/export-sweep.job';
import { User } from '../../server/src/identity/user.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { Post } from '../../server/src/posts/post.entity';
import { PostShift } from '../../server/src/posts/post-shift.entity';
import { ShiftClaim } from '../../server/src/posts/shift-claim.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
type Cell = ExcelJS.CellValue;

/** Excel holds Asia/Shanghai wall-clock time: the instant as read on a Shanghai clock, written as if UTC. */
const shanghaiWallClock = (instant: Date) => new Date(instant.getTime() + 8 * HOUR);
/** A Shanghai calendar day as the Excel date the sheets write. */
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);

describeApi('Excel exports with progress (导出)', () => {
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;
  let dongfeng: string;
  let today: string;

  const token = (name: string) => t.tokenOf(name);
  const ask = async (who: string, placeId: string, body: object) =>
    t
      .http()
      .post(`/api/v1/places/${placeId}/exports`)
      .set(bearer(await token(who)))
      .send(body);
  const get = async (who: string, path: string) =>
    t
      .http()
      .get(`/api/v1${path}`)
      .set(bearer(await token(who)));

  /** Polls the progress view until the background run ends (no timing asserted: it only waits). */
  const settled = async (who: string, id: string) => {
    for (let i = 0; i < 2000; i++) {
      const res = await get(who, `/exports/${id}`);
      expect(res.status).toBe(200);
      if (res.body.status !== ExportStatus.Queued && res.body.status !== ExportStatus.Running) return res.body;
      await sleep(5);
    }
    throw new Error(`export ${id} never finished`);
  };

  const download = async (who: string, id: string) =>
    t
      .http()
      .get(`/api/v1/exports/${id}/file`)
      .set(bearer(await token(who)))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  /** Asks, waits, downloads and opens the workbook: its one sheet as rows of cell values (row 1 = headers). */
  const exported = async (who: string, placeId: string, body: { kind: ExportKind; from: string; to: string }) => {
    const asked = await ask(who, placeId, body);
    expect(asked.status).toBe(202);
    const job = await settled(who, asked.body.id);
    expect(job.status).toBe(ExportStatus.Done);
    const res = await download(who, job.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    const width = sheet.getRow(1).cellCount;
    const rows: Cell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) rows.push(Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1).value));
    return { job, res, sheet, headers: rows[0], rows: rows.slice(1) };
  };

  /** Every cell as text, to look for what must never be there. */
  const allText = (rows: Cell[][]) =>
    rows
      .flat()
      .map((cell) => (cell instanceof Date ? cell.toISOString() : typeof cell === 'object' && cell !== null ? JSON.stringify(cell) : String(cell ?? '')))
      .join('\n');

  const placeId = async (name: string) => (await t.dataSource.getRepository(Place).findOneByOrFail({ name })).id;
  const jobCount = () => t.dataSource.getRepository(ExportJob).count();

  beforeAll(async () => {
    t = await startTestApp();
    donghu = await placeId('东湖社区');
    liuyuan = await placeId('柳园社区');
    dongfeng = await placeId('东风街道');
    today = shanghaiDateOf(new Date());
    // 王建军 served an hour on last week's clean-up, confirmed: so members, units and hours sheets have a second member's hours.
    const shift = await t.dataSource
      .getRepository(PostShift)
      .createQueryBuilder('s')
      .innerJoin(Post, 'p', 'p.id = s.postId')
      .where('p.title = :title AND s.startsAt < :now', { title: '周末小区环境整治', now: new Date() })
      .getOneOrFail();
    const wang = await t.userIdOf('王建军');
    await t.dataSource.getRepository(ShiftClaim).insert({
      id: newId(),
      shiftId: shift.id,
      postId: shift.postId,
      communityId: shift.communityId,
      memberId: wang,
      live: 1,
      status: ShiftClaimStatus.Completed,
      waitingPosition: null,
      checkedInAt: shift.startsAt,
      checkedOutAt: new Date(shift.startsAt.getTime() + HOUR),
      confirmedMinutes: 60,
      points: 10,
      hoursConfirmedBy: await t.userIdOf('李红梅'),
      hoursConfirmedAt: new Date(shift.endsAt.getTime() + 2 * HOUR),
    });
    await t.dataSource.getRepository(PointsEntry).insert({
      id: newId(),
      userId: wang,
      communityId: donghu,
      amount: 10,
      reason: '先锋岗服务：周末小区环境整治',
      sourceType: PointsSource.Shift,
      sourceId: 'export-test-shift',
      createdBy: null,
    });
  });
  afterAll(async () => t?.close());

  describe('members (报到党员)', () => {
    it("gives the community's secretary her roster with phones, units, points and the range's confirmed hours, cell by cell", async () => {
      const from = addDaysToDate(today, -30);
      const { job, headers, rows, res } = await exported('李红梅', donghu, { kind: ExportKind.Members, from, to: today });
      expect(headers).toEqual(['姓名', '报到社区', '手机号', '工作单位', '单位党组织', '报到日期', '报到状态', '结束日期', '积分余额', '期间服务时长（小时）']);
      // Approved members of 东湖 only: 黄磊's registration is still pending, 陈静 reported to 柳园.
      expect(rows.map((r) => r[0])).toEqual(['王建军', '张伟', '刘洋']);
      expect(rows[0]).toEqual(['王建军', '东湖社区', '13800000031', '区教育局', '区教育局机关党委', excelDay('2026-03-05'), '已通过', null, 52, 1]);
      expect(rows[1]).toEqual(['张伟', '东湖社区', '13800000032', '市供电公司', '市供电公司党委', excelDay('2026-03-05'), '已通过', null, 35, 1.5]);
      expect(rows[2]).toEqual(['刘洋', '东湖社区', '13800000033', '第一中学', '第一中学党总支', excelDay('2026-03-05'), '已通过', null, 20, 0]);
      expect(rows[0][5]).toBeInstanceOf(Date);
      expect(typeof rows[0][8]).toBe('number');
      expect(job).toEqual(
        expect.objectContaining({
          rowsDone: 3,
          rowsTotal: 3,
          progress: 1,
          fileName: `东湖社区-报到党员-${from.replace(/-/g, '')}-${today.replace(/-/g, '')}.xlsx`,
        }),
      );
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(job.fileName);
      const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'export.request', targetId: job.id });
      expect(audit.after).toEqual({ kind: 'members', from, to: today, withContacts: true });
    });

    it('counts only hours of shifts inside the range, and leaves out members not yet reported then', async () => {
      const lastWeek = await exported('李红梅', donghu, { kind: ExportKind.Members, from: addDaysToDate(today, -5), to: today });
      expect(lastWeek.rows.map((r) => [r[0], r[9]])).toEqual([
        ['王建军', 0],
        ['张伟', 0],
        ['刘洋', 0],
      ]);
      const beforeReporting = await exported('李红梅', donghu, { kind: ExportKind.Members, from: '2026-01-01', to: '2026-03-04' });
      expect(beforeReporting.rows).toEqual([]);
      expect(beforeReporting.job).toEqual(expect.objectContaining({ rowsDone: 0, rowsTotal: 0, progress: 1 }));
    });

    it("gives the street officer both of the street's communities, without anyone's phone", async () => {
      const { headers, rows } = await exported('周振华', dongfeng, { kind: ExportKind.Members, from: addDaysToDate(today, -30), to: today });
      expect(headers).not.toContain('手机号');
      expect(rows.map((r) => `${r[0] as string}@${r[1] as string}`).sort()).toEqual(
        ['刘洋@东湖社区', '张伟@东湖社区', '王建军@东湖社区', '陈静@柳园社区'].sort(),
      );
      expect(allText(rows)).not.toMatch(/1380000\d{4}/);
    });
  });

  describe('units (共建单位)', () => {
    it('lists the units reported to the community with contact, resources, members and their hours', async () => {
      const { headers, rows } = await exported('李红梅', donghu, { kind: ExportKind.Units, from: addDaysToDate(today, -30), to: today });
      expect(headers).toEqual([
        '单位名称',
        '单位类型',
        '单位党组织',
        '报到社区',
        '联系人',
        '联系电话',
        '报到状态',
        '报到日期',
        '结束日期',
        '资源清单',
        '期间报到党员（人）',
        '期间服务时长（小时）',
      ]);
      // 第一中学's registration is pending: not on the committee yet.
      expect(rows).toEqual([
        [
          '区教育局',
          '机关',
          '区教育局机关党委',
          '东湖社区',
          '钱进',
          '13800000051',
          '已通过',
          excelDay('2026-03-05'),
          null,
          '场地：局机关二楼会议室，周末可借给社区开展活动；专业力量：每月一次家庭教育讲座',
          1,
          1,
        ],
        [
          '东风医院',
          '事业单位',
          '东风医院党委',
          '东湖社区',
          '韩雪',
          '13800000052',
          '已通过',
          excelDay('2026-03-05'),
          null,
          '专业力量：每季度一次义诊，独居老人上门随访；资金：每年 2 万元用于社区困难群众微心愿',
          0,
          0,
        ],
      ]);
    });

    it("leaves the contact's phone out of the street's export", async () => {
      const { headers, rows } = await exported('周振华', dongfeng, { kind: ExportKind.Units, from: addDaysToDate(today, -30), to: today });
      expect(headers).not.toContain('联系电话');
      expect(rows.map((r) => r[0])).toEqual(['区教育局', '东风医院']);
      expect(allText(rows)).not.toContain('13800000051');
    });
  });

  describe('wishes (微心愿)', () => {
    it('lists wishes posted in the range with labels and Shanghai times, and nothing about the people they are for', async () => {
      const from = addDaysToDate(today, -3);
      const { headers, rows } = await exported('李红梅', donghu, { kind: ExportKind.Wishes, from, to: today });
      expect(headers).toEqual([
        '所属社区',
        '心愿',
        '类别',
        '价值（元）',
        '状态',
        '网格员代发',
        '发布时间',
        '认领人',
        '认领时间',
        '完成时间',
        '确认圆梦时间',
        '评分',
      ]);
      // Posted 0–2 days ago; the tap (4 days ago) is outside the range, 罗志强's wish is in 红旗社区.
      expect(rows.map((r) => r[1]).sort()).toEqual(['冬天想要一床厚棉被', '想有人陪我去医院复查', '给孙子买一个新书包'].sort());
      const schoolbag = await t.dataSource.getRepository(Wish).findOneByOrFail({ title: '给孙子买一个新书包' });
      expect(rows.find((r) => r[1] === '给孙子买一个新书包')).toEqual([
        '东湖社区',
        '给孙子买一个新书包',
        '物品',
        150,
        '待认领',
        '是',
        shanghaiWallClock(schoolbag.createdAt),
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(rows.find((r) => r[1] === '冬天想要一床厚棉被')![4]).toBe('待审核');
      const text = allText([headers, ...rows]);
      for (const secret of [
        '王秀英',
        '李桂兰',
        '王女士',
        '李女士',
        '13800000041',
        '13800000042',
        '2单元 101',
        '1号楼',
        '3号楼',
        '孙子上三年级',
        '本人口头同意',
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('shows the claimer and the claim time of a claimed wish', async () => {
      const { rows } = await exported('李红梅', donghu, { kind: ExportKind.Wishes, from: addDaysToDate(today, -10), to: today });
      const tap = await t.dataSource.getRepository(Wish).findOneByOrFail({ title: '换一个厨房水龙头' });
      expect(rows.find((r) => r[1] === '换一个厨房水龙头')).toEqual([
        '东湖社区',
        '换一个厨房水龙头',
        '服务',
        50,
        '已认领',
        '否',
        shanghaiWallClock(tap.createdAt),
        '张伟',
        shanghaiWallClock(tap.claimedAt!),
        null,
        null,
        null,
      ]);
    });

    it('streams 3,000 wishes batch by batch, with progress a user can watch in between', async () => {
      const ma = await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '马丽娟' });
      const home = await t.dataSource.getRepository(Household).findOneByOrFail({ id: ma.homeHouseholdId! });
      const building = await t.dataSource.getRepository(Place).findOneByOrFail({ id: home.buildingId });
      const [, streetId, , gridId] = placeIdsOnPath(building.path);
      const postedAt = new Date(`${addDaysToDate(today, -100)}T02:00:00Z`);
      const wishes = Array.from({ length: 3000 }, (_, i) => ({
        id: newId(),
        communityId: liuyuan,
        streetId,
        gridId,
        buildingId: building.id,
        householdId: home.id,
        beneficiaryUserId: ma.id,
        beneficiaryName: '马丽娟',
        beneficiaryGender: 'female' as const,
        postedBy: ma.id,
        agentUserId: null,
        consentNote: null,
        title: `批量心愿 ${String(i + 1).padStart(4, '0')}`,
        story: '用于验证大批量导出的心愿，内容不重要。',
        category: WishCategory.Goods,
        valueFen: 100 + i,
        wantedBy: today,
        status: WishStatus.Open,
        createdAt: new Date(postedAt.getTime() + i * 1000),
      }));
      for (let i = 0; i < wishes.length; i += 200) await t.dataSource.getRepository(Wish).insert(wishes.slice(i, i + 200));
      // One a day too early: outside the range.
      await t.dataSource
        .getRepository(Wish)
        .insert({ ...wishes[0], id: newId(), title: '范围之外的心愿', createdAt: new Date(`${addDaysToDate(today, -101)}T15:59:59Z`) });

      const leases = t.app.get(ExportJobLeases);
      const reported: [number, number][] = [];
      const watched: { status: string; rowsDone: number; rowsTotal: number; progress: number }[] = [];
      const original = leases.progress.bind(leases);
      const spy = jest.spyOn(leases, 'progress').mockImplementation(async (id, lease, rowsDone, rowsTotal) => {
        const kept = await original(id, lease, rowsDone, rowsTotal);
        reported.push([rowsDone, rowsTotal]);
        // What a secretary polling the job sees halfway through.
        if (rowsDone === 1500) watched.push((await get('陈志刚', `/exports/${id}`)).body);
        return kept;
      });
      try {
        const { job, rows, headers } = await exported('陈志刚', liuyuan, { kind: ExportKind.Wishes, from: addDaysToDate(today, -100), to: today });
        expect(reported).toEqual([
          [0, 3000],
          [500, 3000],
          [1000, 3000],
          [1500, 3000],
          [2000, 3000],
          [2500, 3000],
          [3000, 3000],
        ]);
        expect(watched).toEqual([expect.objectContaining({ status: ExportStatus.Running, rowsDone: 1500, rowsTotal: 3000, progress: 0.5 })]);
        expect(job).toEqual(expect.objectContaining({ status: ExportStatus.Done, rowsDone: 3000, rowsTotal: 3000, progress: 1 }));
        expect(rows).toHaveLength(3000);
        expect(rows.map((r) => r[1])).toEqual(wishes.map((w) => w.title));
        expect(rows[2999]).toEqual([
          '柳园社区',
          '批量心愿 3000',
          '物品',
          30.99,
          '待认领',
          '否',
          shanghaiWallClock(wishes[2999].createdAt),
          null,
          null,
          null,
          null,
          null,
        ]);
        expect(allText([headers, ...rows])).not.toContain('马丽娟');
      } finally {
        spy.mockRestore();
      }
    }, 60_000);
  });

  describe('service hours (服务时长)', () => {
    it('lists confirmed shifts that started in the range, minutes and hours as numbers', async () => {
      const { headers, rows } = await exported('李红梅', donghu, { kind: ExportKind.ServiceHours, from: addDaysToDate(today, -10), to: today });
      expect(headers).toEqual(['所属社区', '党员', '岗位', '岗位类型', '开始时间', '结束时间', '确认时长（分钟）', '确认时长（小时）', '积分', '确认时间']);
      const shift = await t.dataSource
        .getRepository(PostShift)
        .findOneByOrFail({ id: (await t.dataSource.getRepository(ShiftClaim).findOneByOrFail({ confirmedMinutes: 90 })).shiftId });
      const start = shanghaiWallClock(shift.startsAt);
      const end = shanghaiWallClock(shift.endsAt);
      expect(start.toISOString().slice(11, 16)).toBe('09:00');
      expect(rows.sort((a, b) => (a[1] as string).localeCompare(b[1] as string))).toEqual(
        [
          ['东湖社区', '张伟', '周末小区环境整治', '环境整治', start, end, 90, 1.5, 15, new Date(end.getTime() + DAY)],
          ['东湖社区', '王建军', '周末小区环境整治', '环境整治', start, end, 60, 1, 10, new Date(end.getTime() + 2 * HOUR)],
        ].sort((a, b) => (a[1] as string).localeCompare(b[1] as string)),
      );
    });

    it('leaves out shifts before the range and unconfirmed claims', async () => {
      const { rows } = await exported('李红梅', donghu, { kind: ExportKind.ServiceHours, from: addDaysToDate(today, -5), to: addDaysToDate(today, 30) });
      expect(rows).toEqual([]);
    });
  });

  describe('ballots (表决结果)', () => {
    it('writes the frozen tally of ballots closed in the range, and no voter', async () => {
      const { headers, rows } = await exported('李红梅', donghu, { kind: ExportKind.Ballots, from: addDaysToDate(today, -30), to: today });
      expect(headers.slice(0, 17)).toEqual([
        '所属社区',
        '议题',
        '表决事项',
        '表决规则',
        '事项类别',
        '不记名',
        '开始时间',
        '结束时间',
        '计票单位',
        '应参与',
        '实际参与',
        '参与率',
        '专有部分总面积（㎡）',
        '参与表决面积（㎡）',
        '表决结果',
        '结果说明',
        '计票依据',
      ]);
      expect(headers.slice(17, 21)).toEqual(['选项1', '选项1票数', '选项2', '选项2票数']);
      expect(headers).toHaveLength(17 + 20);
      // The lift ballot is still open: only the closed 广场舞 ballot.
      expect(rows).toHaveLength(1);
      const ballot = await t.dataSource.getRepository(Ballot).findOneByOrFail({ title: '是否同意广场舞改为 19:00–20:30 并控制音量' });
      const outcome = ballot.outcome as BallotOutcome;
      expect(outcome.turnout.votes).toBe(5);
      expect(rows[0].slice(0, 17)).toEqual([
        '东湖社区',
        '广场舞音乐音量与时间调整',
        '是否同意广场舞改为 19:00–20:30 并控制音量',
        '居民表决（过半数）',
        null,
        '否',
        shanghaiWallClock(ballot.opensAt),
        shanghaiWallClock(ballot.closedAt!),
        '人',
        outcome.electorate.count,
        5,
        5 / outcome.electorate.count,
        null,
        null,
        '通过',
        outcome.summary,
        outcome.checks.map((c) => c.statement).join('；'),
      ]);
      expect(rows[0].slice(17, 23)).toEqual(['同意', 4, '反对', 0, '弃权', 1]);
      expect(rows[0].slice(23)).toEqual(Array(14).fill(null));
      const text = allText(rows);
      for (const voter of ['王秀英', '李桂兰', '王建军', '刘洋', '孙丽']) expect(text).not.toContain(voter);
    });

    it('leaves out ballots closed before the range and ballots of other communities', async () => {
      const { rows: recent } = await exported('李红梅', donghu, { kind: ExportKind.Ballots, from: addDaysToDate(today, -5), to: today });
      expect(recent).toEqual([]);
      const { rows: liuyuanRows } = await exported('陈志刚', liuyuan, { kind: ExportKind.Ballots, from: addDaysToDate(today, -30), to: today });
      expect(liuyuanRows).toEqual([]);
      const { rows: street } = await exported('周振华', dongfeng, { kind: ExportKind.Ballots, from: addDaysToDate(today, -30), to: today });
      expect(street.map((r) => r[0])).toEqual(['东湖社区']);
    });
  });

  describe('who may export and see an export', () => {
    let job: { id: string };
    const body = () => ({ kind: ExportKind.Members, from: addDaysToDate(today, -7), to: today });

    beforeAll(async () => {
      job = (await ask('李红梅', donghu, body())).body;
      await settled('李红梅', job.id);
    });

    it.each(['王秀英', '王建军', '孙丽', '钱进'])('refuses %s (no exporting role in 东湖), creating nothing', async (who) => {
      const before = await jobCount();
      const res = await ask(who, donghu, body());
      expect([res.status, res.body.code]).toEqual([403, 'ACCESS_DENIED']);
      expect(await jobCount()).toBe(before);
    });

    it("refuses 柳园's secretary an export of 东湖, and 东湖's secretary one of the whole street", async () => {
      const before = await jobCount();
      expect((await ask('陈志刚', donghu, body())).status).toBe(403);
      expect((await ask('李红梅', dongfeng, body())).status).toBe(403);
      expect((await ask('吴丽', donghu, body())).status).toBe(403); // 红旗街道's officer
      expect(await jobCount()).toBe(before);
    });

    it('shows a job and its file to the person who asked only: anyone else is told it does not exist', async () => {
      expect((await get('李红梅', `/exports/${job.id}`)).status).toBe(200);
      for (const who of ['陈志刚', '周振华', '吴丽', '幸福区管理员', '王秀英']) {
        const view = await get(who, `/exports/${job.id}`);
        expect([view.status, view.body.code]).toEqual([404, 'EXPORT_NOT_FOUND']);
        const file = await get(who, `/exports/${job.id}/file`);
        expect([file.status, file.body.code]).toEqual([404, 'EXPORT_NOT_FOUND']);
      }
      expect((await get('李红梅', `/exports/${newId()}`)).body.code).toBe('EXPORT_NOT_FOUND');
    });

    it('lists my own recent exports of a place, newest first, a page at a time', async () => {
      const mine = (await get('李红梅', `/places/${donghu}/exports?limit=2`)).body;
      expect(mine.items).toHaveLength(2);
      expect(mine.items[0].id).toBe(job.id);
      expect(mine.items[0]).toEqual(expect.objectContaining({ place: { id: donghu, name: '东湖社区', level: 'community' }, kind: 'members', status: 'done' }));
      const next = (await get('李红梅', `/places/${donghu}/exports?limit=2&cursor=${mine.nextCursor}`)).body;
      expect(next.items[0].id < mine.items[1].id).toBe(true);
      const officer = (await get('周振华', `/places/${donghu}/exports`)).body;
      expect(officer.items).toEqual([]); // 周振华 may export 东湖, but 李红梅's jobs are hers
      expect((await get('陈志刚', `/places/${donghu}/exports`)).status).toBe(403);
    });

    it('exports only communities and streets', async () => {
      const grid = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '第一网格', parentId: donghu })).id;
      const district = await placeId('幸福区');
      const before = await jobCount();
      expect((await ask('李红梅', grid, body())).body.code).toBe('EXPORT_PLACE_LEVEL');
      expect((await ask('幸福区管理员', district, body())).body.code).toBe('EXPORT_PLACE_LEVEL');
      expect(await jobCount()).toBe(before);
    });

    it('lets the admin export a street, without phones', async () => {
      const { headers, rows } = await exported('幸福区管理员', dongfeng, body());
      expect(headers).not.toContain('手机号');
      expect(rows).toHaveLength(4);
    });
  });

  describe('bad requests', () => {
    it.each([
      [{ from: '2025-11-01', to: '2026-11-02' }, 'EXPORT_RANGE_TOO_LONG', null],
      [{ from: '2026-03-02', to: '2026-03-01' }, 'EXPORT_RANGE_REVERSED', null],
      [{ kind: 'residents' }, 'VALIDATION_FAILED', 'kind'],
      [{ extra: 1 }, 'VALIDATION_FAILED', 'extra'],
      [{ from: '2026-02-30' }, 'VALIDATION_FAILED', 'from'],
      [{ to: '2026/03/01' }, 'VALIDATION_FAILED', 'to'],
      [{ to: undefined }, 'VALIDATION_FAILED', 'to'],
      [{ from: 20260101 }, 'VALIDATION_FAILED', 'from'],
    ])('refuses %j with %s, creating no job', async (patch, code, field) => {
      const before = await jobCount();
      const res = await ask('李红梅', donghu, { kind: ExportKind.Wishes, from: '2026-01-01', to: '2026-03-01', ...patch });
      expect([res.status, res.body.code]).toEqual([400, code]);
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
      if (field) expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
      expect(await jobCount()).toBe(before);
    });

    it('accepts exactly 366 days', async () => {
      const res = await ask('李红梅', donghu, { kind: ExportKind.Ballots, from: '2024-01-01', to: '2024-12-31' });
      expect(res.status).toBe(202);
      await settled('李红梅', res.body.id);
    });
  });

  describe('running jobs', () => {
    const insertJob = async (patch: Partial<ExportJob>) => {
      const job = {
        id: newId(),
        requestedBy: await t.userIdOf('吴丽'),
        placeId: await placeId('红旗街道'),
        kind: ExportKind.Members,
        rangeFrom: '2026-01-01',
        rangeTo: today,
        withContacts: false,
        status: ExportStatus.Queued,
        activeSlot: null,
        fileName: '红旗街道-报到党员.xlsx',
        ...patch,
      };
      await t.dataSource.getRepository(ExportJob).insert(job);
      return job.id;
    };
    const row = (id: string) => t.dataSource.getRepository(ExportJob).findOneByOrFail({ id });

    it('caps the exports one person has under way, and hands back the same export to a repeated request', async () => {
      const future = new Date(Date.now() + HOUR);
      const hongqi = await placeId('红旗街道');
      const running = [];
      for (const slot of [1, 2, 3]) {
        running.push(
          await insertJob({ status: ExportStatus.Running, activeSlot: slot, leaseToken: newId(), leaseUntil: future, rangeFrom: `2026-0${slot}-01` }),
        );
      }
      const same = await ask('吴丽', hongqi, { kind: ExportKind.Members, from: '2026-02-01', to: today });
      expect([same.status, same.body.id]).toEqual([202, running[1]]);
      const before = await jobCount();
      const fourth = await ask('吴丽', hongqi, { kind: ExportKind.Wishes, from: '2026-01-01', to: today });
      expect([fourth.status, fourth.body.code]).toEqual([429, 'EXPORT_TOO_MANY']);
      expect(await jobCount()).toBe(before);
      // Someone else is not held back by 吴丽's exports.
      const others = await ask('幸福区管理员', hongqi, { kind: ExportKind.Wishes, from: '2026-01-01', to: today });
      expect(others.status).toBe(202);
      await settled('幸福区管理员', others.body.id);

      await t.dataSource.getRepository(ExportJob).update({ id: running[0] }, { status: ExportStatus.Failed, activeSlot: null, leaseToken: null });
      const freed = await ask('吴丽', hongqi, { kind: ExportKind.Wishes, from: '2026-01-01', to: today });
      expect(freed.status).toBe(202);
      expect((await settled('吴丽', freed.body.id)).status).toBe(ExportStatus.Done);
      expect((await row(freed.body.id)).activeSlot).toBeNull();
      await t.dataSource.getRepository(ExportJob).update({ id: running[1] }, { status: ExportStatus.Failed, activeSlot: null, leaseToken: null });
      await t.dataSource.getRepository(ExportJob).update({ id: running[2] }, { status: ExportStatus.Failed, activeSlot: null, leaseToken: null });
    });

    it('runs a job once when two workers reach for it at the same moment', async () => {
      const id = await insertJob({});
      const runner = t.app.get(ExportRunner);
      const results = await Promise.all([runner.run(id), runner.run(id), runner.run(id)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const job = await row(id);
      expect([job.status, job.attempts]).toEqual([ExportStatus.Done, 1]);
      expect(readdirSync(join(t.config.UPLOAD_DIR, 'exports')).filter((name) => name.startsWith(id))).toEqual([job.fileKey]);
    });

    it('takes over a job whose worker stopped renewing its lease, and gives up one that failed every attempt', async () => {
      const stale = await insertJob({
        status: ExportStatus.Running,
        leaseToken: newId(),
        leaseUntil: new Date(Date.now() - 1000),
        attempts: 1,
        rowsDone: 500,
        rowsTotal: 900,
      });
      const alive = await insertJob({ status: ExportStatus.Running, leaseToken: newId(), leaseUntil: new Date(Date.now() + HOUR), attempts: 1 });
      const hopeless = await insertJob({ status: ExportStatus.Running, leaseToken: newId(), leaseUntil: new Date(Date.now() - 1000), attempts: 3 });
      const queued = await insertJob({});
      const result = await t.app.get(ExportSweepJob).sweep();
      expect(result.ran).toBe(2);
      expect((await row(stale)).status).toBe(ExportStatus.Done);
      expect((await row(stale)).attempts).toBe(2);
      expect((await row(queued)).status).toBe(ExportStatus.Done);
      expect((await row(alive)).status).toBe(ExportStatus.Running); // its worker is still on it
      expect(await row(hopeless)).toEqual(expect.objectContaining({ status: ExportStatus.Failed, errorCode: 'EXPORT_FAILED', activeSlot: null }));
      const failed = await get('吴丽', `/exports/${hopeless}/file`);
      expect([failed.status, failed.body.code]).toEqual([409, 'EXPORT_FAILED']);
      const waiting = await get('吴丽', `/exports/${alive}/file`);
      expect([waiting.status, waiting.body.code]).toEqual([409, 'EXPORT_NOT_READY']);
      const view = (await get('吴丽', `/exports/${stale}`)).body;
      expect(view).toEqual(expect.objectContaining({ status: 'done', rowsDone: 2, rowsTotal: 2, progress: 1, errorCode: null }));
      expect(new Date(view.expiresAt).getTime() - new Date(view.finishedAt).getTime()).toBe(DAY);
      await t.dataSource.getRepository(ExportJob).update({ id: alive }, { status: ExportStatus.Failed, leaseToken: null });
    });

    it('hands a job back to the queue when the server shuts down mid-export, the attempt not counted', async () => {
      const other = await startTestApp();
      try {
        const requester = (await other.dataSource.getRepository(User).findOneByOrFail({ displayName: '吴丽' })).id;
        const hongqi = (await other.dataSource.getRepository(Place).findOneByOrFail({ name: '红旗街道' })).id;
        const id = newId();
        await other.dataSource.getRepository(ExportJob).insert({
          id,
          requestedBy: requester,
          placeId: hongqi,
          kind: ExportKind.Members,
          rangeFrom: '2026-01-01',
          rangeTo: today,
          status: ExportStatus.Queued,
          fileName: 'x.xlsx',
        });
        const runner = other.app.get(ExportRunner);
        const leases = other.app.get(ExportJobLeases);
        const original = leases.progress.bind(leases);
        jest.spyOn(leases, 'progress').mockImplementation(async (...args) => {
          void runner.beforeApplicationShutdown(); // the server is told to stop while the rows are being counted
          return original(...args);
        });
        expect(await runner.run(id)).toBe(false);
        const job = await other.dataSource.getRepository(ExportJob).findOneByOrFail({ id });
        expect([job.status, job.attempts, job.leaseToken, job.rowsDone]).toEqual([ExportStatus.Queued, 0, null, 0]);
        expect(readdirSync(join(other.config.UPLOAD_DIR, 'exports'))).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('deletes files a day old; the job then reads as expired', async () => {
      const id = await insertJob({});
      await t.app.get(ExportRunner).run(id);
      const { fileKey } = await row(id);
      const path = join(t.config.UPLOAD_DIR, 'exports', fileKey!);
      expect(existsSync(path)).toBe(true);
      expect((await download('吴丽', id)).status).toBe(200);

      await t.dataSource.getRepository(ExportJob).update({ id }, { finishedAt: new Date(Date.now() - DAY + 60_000) });
      expect((await t.app.get(ExportSweepJob).sweep()).expired).toBe(0); // not quite a day yet
      await t.dataSource.getRepository(ExportJob).update({ id }, { finishedAt: new Date(Date.now() - DAY - 60_000) });
      expect((await t.app.get(ExportSweepJob).sweep()).expired).toBe(1);
      expect(existsSync(path)).toBe(false);
      expect((await get('吴丽', `/exports/${id}`)).body).toEqual(expect.objectContaining({ status: 'expired', fileBytes: null, expiresAt: null }));
      const gone = await get('吴丽', `/exports/${id}/file`);
      expect([gone.status, gone.body.code]).toEqual([410, 'EXPORT_FILE_EXPIRED']);
    });
  });

  it('documents the endpoints for the mini-program client', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(document.paths['/api/v1/places/{placeId}/exports'])).toEqual(['post', 'get']);
    expect(document.paths['/api/v1/places/{placeId}/exports'].post.responses['202']).toBeDefined();
    expect(document.paths['/api/v1/exports/{id}/file'].get).toBeDefined();
    expect(document.components.schemas.ExportKind.enum).toEqual(['members', 'units', 'wishes', 'service_hours', 'ballots']);
  });
});
