import { Injectable } from '@nestjs/common';
import { REGISTRATION_STATUS_LABELS, reportedHours, RESOURCE_KIND_LABELS, ResourceKind, WORK_UNIT_KIND_LABELS } from '@linli/shared';
import { DataSource } from 'typeorm';
import { MemberRegistration } from '../../reporting/member-registration.entity';
import { ResourceOffer, UnitRegistration } from '../../reporting/unit-registration.entity';
import { WorkUnit } from '../../reporting/work-unit.entity';
import { byIds, CellValue, chunked, excelDay, ExportColumn, ExportScope, ExportSheet, FORMATS } from './export-sheet';
import { inForceDuring } from './registration-window';
import { confirmedMinutesInRange, memberKey } from './service-minutes';

type UnitRow = Pick<UnitRegistration, 'id' | 'unitId' | 'communityId' | 'contactName' | 'contactPhone' | 'resources' | 'status' | 'decidedAt' | 'endedAt'>;

/**
 * 共建单位: work units reported to the community (单位报到) at any time in the range, with the
 * members of each unit reported there in the range and the hours those members served.
 */
@Injectable()
export class UnitsSheet implements ExportSheet<UnitRow> {
  readonly title = '共建单位';

  constructor(private readonly dataSource: DataSource) {}

  columns(scope: ExportScope): ExportColumn[] {
    return [
      { header: '单位名称', width: 22 },
      { header: '单位类型', width: 10 },
      { header: '单位党组织', width: 22 },
      { header: '报到社区', width: 14 },
      { header: '联系人', width: 10 },
      ...(scope.withContacts ? [{ header: '联系电话', width: 14 }] : []),
      { header: '报到状态', width: 10 },
      { header: '报到日期', width: 12, numFmt: FORMATS.date },
      { header: '结束日期', width: 12, numFmt: FORMATS.date },
      { header: '资源清单', width: 40 },
      { header: '期间报到党员（人）', width: 18 },
      { header: '期间服务时长（小时）', width: 20, numFmt: FORMATS.hours },
    ];
  }

  count(scope: ExportScope): Promise<number> {
    return this.query(scope).getCount();
  }

  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<UnitRow[]> {
    const query = this.query(scope)
      .select(['u.id', 'u.unitId', 'u.communityId', 'u.contactName', 'u.contactPhone', 'u.resources', 'u.status', 'u.decidedAt', 'u.endedAt'])
      .orderBy('u.id', 'ASC')
      .take(limit);
    if (afterId) query.andWhere('u.id > :afterId', { afterId });
    return query.getMany();
  }

  async cells(scope: ExportScope, rows: UnitRow[]): Promise<CellValue[][]> {
    const units = await byIds(
      this.dataSource,
      WorkUnit,
      rows.map((r) => r.unitId),
      ['name', 'kind', 'partyOrgName'],
    );
    const members = await this.membersOf(scope, rows);
    const minutes = await confirmedMinutesInRange(
      this.dataSource,
      scope,
      [...members.values()].flatMap((set) => [...set]),
    );
    return rows.map((r) => {
      const unit = units.get(r.unitId);
      const memberIds = [...(members.get(memberKey(r.unitId, r.communityId)) ?? [])];
      const unitMinutes = memberIds.reduce((sum, userId) => sum + (minutes.get(memberKey(userId, r.communityId)) ?? 0), 0);
      return [
        unit?.name ?? '',
        unit ? WORK_UNIT_KIND_LABELS[unit.kind] : '',
        unit?.partyOrgName ?? '',
        scope.communityNames.get(r.communityId) ?? '',
        r.contactName,
        ...(scope.withContacts ? [r.contactPhone] : []),
        REGISTRATION_STATUS_LABELS[r.status],
        excelDay(r.decidedAt),
        excelDay(r.endedAt),
        resourceList(r.resources),
        memberIds.length,
        reportedHours(unitMinutes),
      ];
    });
  }

  private query(scope: ExportScope) {
    return inForceDuring(this.dataSource.getRepository(UnitRegistration).createQueryBuilder('u'), 'u', scope);
  }

  /** The distinct members of each unit reported to each community in the range, keyed by memberKey(unit, community). */
  private async membersOf(scope: ExportScope, rows: UnitRow[]): Promise<Map<string, Set<string>>> {
    const members = new Map<string, Set<string>>();
    for (const unitIds of chunked([...new Set(rows.map((r) => r.unitId))])) {
      const query = this.dataSource
        .getRepository(MemberRegistration)
        .createQueryBuilder('r')
        .select(['r.id', 'r.unitId', 'r.communityId', 'r.userId'])
        .where('r.unitId IN (:...unitIds)', { unitIds });
      for (const r of await inForceDuring(query, 'r', scope).getMany()) {
        const key = memberKey(r.unitId, r.communityId);
        members.set(key, (members.get(key) ?? new Set()).add(r.userId));
      }
    }
    return members;
  }
}

function resourceList(resources: ResourceOffer[]): string {
  return resources.map((r) => `${RESOURCE_KIND_LABELS[r.kind as ResourceKind] ?? r.kind}：${r.description}`).join('；');
}
