import { formatShanghaiMinute, REGISTRATION_STATUS_LABELS, UnitMemberView, WORK_UNIT_KIND_LABELS } from '@linli/shared';
import ExcelJS from 'exceljs';
import { PointsEntry } from '../points/points-entry.entity';
import { WorkUnit } from './work-unit.entity';

export interface MemberSummary {
  member: UnitMemberView;
  /** The ledger lines of the year; given for a single member's workbook. */
  entries?: PointsEntry[];
}

const SUMMARY_COLUMNS: { header: string; width: number; value: (m: UnitMemberView) => string | number }[] = [
  { header: '姓名', width: 12, value: (m) => m.realName },
  { header: '报到社区', width: 14, value: (m) => m.community.name },
  { header: '报到状态', width: 10, value: (m) => REGISTRATION_STATUS_LABELS[m.status] },
  { header: '报到时间', width: 18, value: (m) => (m.approvedAt ? formatShanghaiMinute(new Date(m.approvedAt)) : '') },
  { header: '结束时间', width: 18, value: (m) => (m.endedAt ? formatShanghaiMinute(new Date(m.endedAt)) : '') },
  { header: '年度积分', width: 10, value: (m) => m.record.points },
  { header: '服务时长（小时）', width: 16, value: (m) => m.record.hours },
  { header: '圆梦心愿（个）', width: 14, value: (m) => m.record.wishesFulfilled },
  { header: '评价次数', width: 10, value: (m) => m.record.ratingsCount },
  { header: '平均评分', width: 10, value: (m) => m.record.averageRating ?? '' },
];

/**
 * The yearly summary a community sends back to a member's work unit (双服务双评价):
 * a summary sheet with one row per member and, for a single member, a sheet of ledger lines.
 */
export async function serviceSummaryWorkbook(unit: WorkUnit, year: number, members: MemberSummary[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '邻里';
  workbook.created = new Date();

  const summary = workbook.addWorksheet('年度服务汇总');
  summary.mergeCells(1, 1, 1, SUMMARY_COLUMNS.length);
  summary.getCell(1, 1).value = `${year}年度在职党员到社区报到服务情况`;
  summary.getCell(1, 1).font = { bold: true, size: 14 };
  summary.getCell(2, 1).value = `单位：${unit.name}（${WORK_UNIT_KIND_LABELS[unit.kind]}）　党组织：${unit.partyOrgName}`;
  const header = summary.getRow(3);
  SUMMARY_COLUMNS.forEach((column, i) => {
    header.getCell(i + 1).value = column.header;
    summary.getColumn(i + 1).width = column.width;
  });
  header.font = { bold: true };
  members.forEach(({ member }, r) => {
    const row = summary.getRow(4 + r);
    SUMMARY_COLUMNS.forEach((column, i) => (row.getCell(i + 1).value = column.value(member)));
  });

  for (const { member, entries } of members) {
    if (!entries) continue;
    const detail = workbook.addWorksheet(`积分明细-${member.realName}`.slice(0, 31));
    detail.columns = [
      { header: '时间', key: 'time', width: 18 },
      { header: '事项', key: 'reason', width: 40 },
      { header: '积分', key: 'amount', width: 8 },
    ];
    detail.getRow(1).font = { bold: true };
    for (const entry of entries) detail.addRow({ time: formatShanghaiMinute(entry.createdAt), reason: entry.reason, amount: entry.amount });
    detail.addRow({ time: '合计', reason: '', amount: entries.reduce((sum, e) => sum + e.amount, 0) });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
