import { Injectable } from '@nestjs/common';
import { REGISTRATION_STATUS_LABELS, reportedHours } from '@linli/shared';
import { DataSource } from 'typeorm';
import { PointsEntry } from '../../points/points-entry.entity';
import { MemberRegistration } from '../../reporting/member-registration.entity';
import { WorkUnit } from '../../reporting/work-unit.entity';
import { byIds, CellValue, chunked, excelDay, ExportColumn, ExportScope, ExportSheet, FORMATS } from './export-sheet';
import { inForceDuring } from './registration-window';
import { confirmedMinutesInRange, memberKey } from './service-minutes';

type MemberRow = Pick<MemberRegistration, 'id' | 'userId' | 'communityId' | 'realName' | 'phone' | 'unitId' | 'status' | 'decidedAt' | 'endedAt'>;

/**
 * 报到党员: the in-service Party members reported to the community at any time in the range.
 * The phone is the member's own contact on their registration; it is written only for the
 * community's secretary (their roster), never for the street or the district.
 */
@Injectable()
export class MembersSheet implements ExportSheet<MemberRow> {
  readonly title = '报到党员';

  constructor(private readonly dataSource: DataSource) {}

  columns(scope: ExportScope): ExportColumn[] {
    return [
      { header: '姓名', width: 12 },
      { header: '报到社区', width: 14 },
      ...(scope.withContacts ? [{ header: '手机号', width: 14 }] : []),
      { header: '工作单位', width: 22 },
      { header: '单位党组织', width: 22 },
      { header: '报到日期', width: 12, numFmt: FORMATS.date },
      { header: '报到状态', width: 10 },
      { header: '结束日期', width: 12, numFmt: FORMATS.date },
      { header: '积分余额', width: 10 },
      { header: '期间服务时长（小时）', width: 20, numFmt: FORMATS.hours },
    ];
  }

  count(scope: ExportScope): Promise<number> {
    return this.query(scope).getCount();
  }

  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<MemberRow[]> {
    const query = this.query(scope)
      .select(['r.id', 'r.userId', 'r.communityId', 'r.realName', 'r.phone', 'r.unitId', 'r.status', 'r.decidedAt', 'r.endedAt'])
      .orderBy('r.id', 'ASC')
      .take(limit);
    if (afterId) query.andWhere('r.id > :afterId', { afterId });
    return query.getMany();
  }

  async cells(scope: ExportScope, rows: MemberRow[]): Promise<CellValue[][]> {
    const units = await byIds(
      this.dataSource,
      WorkUnit,
      rows.map((r) => r.unitId),
      ['name', 'partyOrgName'],
    );
    const balances = await this.balances(rows);
    const minutes = await confirmedMinutesInRange(
      this.dataSource,
      scope,
      rows.map((r) => r.userId),
    );
    return rows.map((r) => {
      const key = memberKey(r.userId, r.communityId);
      return [
        r.realName,
        scope.communityNames.get(r.communityId) ?? '',
        ...(scope.withContacts ? [r.phone] : []),
        units.get(r.unitId)?.name ?? '',
        units.get(r.unitId)?.partyOrgName ?? '',
        excelDay(r.decidedAt),
        REGISTRATION_STATUS_LABELS[r.status],
        excelDay(r.endedAt),
        balances.get(key) ?? 0,
        reportedHours(minutes.get(key) ?? 0),
      ];
    });
  }

  private query(scope: ExportScope) {
    return inForceDuring(this.dataSource.getRepository(MemberRegistration).createQueryBuilder('r'), 'r', scope);
  }

  /** Each member's points balance in the community today (the whole ledger, reversals included). */
  private async balances(rows: MemberRow[]): Promise<Map<string, number>> {
    const balances = new Map<string, number>();
    for (const part of chunked(rows)) {
      const sums = await this.dataSource
        .getRepository(PointsEntry)
        .createQueryBuilder('e')
        .select('e.userId', 'userId')
        .addSelect('e.communityId', 'communityId')
        .addSelect('SUM(e.amount)', 'balance')
        .where('e.userId IN (:...userIds)', { userIds: [...new Set(part.map((r) => r.userId))] })
        .andWhere('e.communityId IN (:...communityIds)', { communityIds: [...new Set(part.map((r) => r.communityId))] })
        .groupBy('e.userId')
        .addGroupBy('e.communityId')
        .getRawMany<{ userId: string; communityId: string; balance: string | number }>();
      for (const s of sums) balances.set(memberKey(s.userId, s.communityId), Number(s.balance));
    }
    return balances;
  }
}
