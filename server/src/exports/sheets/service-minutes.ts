import { DataSource } from 'typeorm';
import { PostShift } from '../../posts/post-shift.entity';
import { ShiftClaim } from '../../posts/shift-claim.entity';
import { chunked, ExportScope } from './export-sheet';

export const memberKey = (userId: string, communityId: string): string => `${userId}|${communityId}`;

/**
 * Secretary-confirmed minutes of shifts that started within the range, per member and community
 * (see memberKey). A shift counts by when the service was done, so the members, units and
 * service-hours sheets of one range add up to the same hours.
 */
export async function confirmedMinutesInRange(dataSource: DataSource, scope: ExportScope, userIds: string[]): Promise<Map<string, number>> {
  const minutes = new Map<string, number>();
  for (const ids of chunked([...new Set(userIds)])) {
    const rows = await dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .innerJoin(PostShift, 's', 's.id = c.shiftId')
      .select('c.memberId', 'userId')
      .addSelect('c.communityId', 'communityId')
      .addSelect('SUM(c.confirmedMinutes)', 'minutes')
      .where('c.memberId IN (:...ids)', { ids })
      .andWhere('c.communityId IN (:...communityIds)', { communityIds: scope.communityIds })
      .andWhere('c.hoursConfirmedAt IS NOT NULL')
      .andWhere('s.startsAt >= :start AND s.startsAt < :end', { start: scope.start, end: scope.end })
      .groupBy('c.memberId')
      .addGroupBy('c.communityId')
      .getRawMany<{ userId: string; communityId: string; minutes: string | number | null }>();
    for (const row of rows) minutes.set(memberKey(row.userId, row.communityId), Number(row.minutes ?? 0));
  }
  return minutes;
}
