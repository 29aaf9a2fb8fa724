import { Injectable } from '@nestjs/common';
import { addDaysToDate, AuditEntryView, AuditPageView, auditActionLabel, isCalendarDate, shanghaiDateStart } from '@linli/shared';
import { DataSource } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { displayNamesOf } from '../identity/display-names';
import { Place } from '../places/place.entity';
import { AuditLog } from './audit-log.entity';
import { targetKey, targetLabelsOf } from './audit-targets';
import { AuditQueryDto } from './dto/audit.dto';

/**
 * The audit trail of a place and everything inside it (a street covers its communities), newest
 * first by keyset on the time-ordered id, filtered by person, action or area, and calendar days.
 */
@Injectable()
export class AuditViewsService {
  constructor(private readonly dataSource: DataSource) {}

  async page(place: ScopedPlace, filter: AuditQueryDto, limit: number): Promise<AuditPageView> {
    const range = dayRange(filter.from, filter.to);
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .innerJoin(Place, 'p', 'p.id = a.placeId')
      .where('(p.id = :placeId OR p.path LIKE :within)', { placeId: place.id, within: `${place.path}%` })
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    const before = decodeCursor(filter.cursor);
    if (before) query.andWhere('a.id < :before', { before });
    if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('(a.action = :action OR a.action LIKE :area)', { action: filter.action, area: `${filter.action}.%` });
    if (range.from) query.andWhere('a.createdAt >= :from', { from: range.from });
    if (range.to) query.andWhere('a.createdAt < :to', { to: range.to });
    const page = pageOf(await query.getMany(), limit, (a) => a.id);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  private async views(rows: AuditLog[]): Promise<AuditEntryView[]> {
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const placeIds = [...new Set(rows.map((r) => r.placeId).filter((id): id is string => id !== null))];
    const [actorNames, places, targetLabels] = await Promise.all([
      displayNamesOf(this.dataSource, actorIds),
      placeIds.length ? this.dataSource.getRepository(Place).find({ select: { id: true, name: true }, where: placeIds.map((id) => ({ id })) }) : [],
      targetLabelsOf(this.dataSource, rows),
    ]);
    const placeNames = new Map(places.map((p) => [p.id, p.name]));
    return rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (actorNames.get(r.actorId) ?? null) : null,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      targetType: r.targetType,
      targetId: r.targetId,
      targetLabel: targetLabels.get(targetKey(r.targetType, r.targetId)) ?? null,
      placeId: r.placeId,
      placeName: r.placeId ? (placeNames.get(r.placeId) ?? null) : null,
      before: r.before,
      after: r.after,
    }));
  }
}

/** Inclusive calendar days (Asia/Shanghai) as a half-open range of instants. */
function dayRange(from: string | undefined, to: string | undefined): { from: Date | null; to: Date | null } {
  if ((from && !isCalendarDate(from)) || (to && !isCalendarDate(to)) || (from && to && from > to)) throw new DomainError('AUDIT_RANGE_INVALID');
  return { from: from ? shanghaiDateStart(from) : null, to: to ? shanghaiDateStart(addDaysToDate(to, 1)) : null };
}
