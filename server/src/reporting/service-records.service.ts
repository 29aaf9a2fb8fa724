import { Injectable } from '@nestjs/common';
import { averageRating, PointsSource, reportedHours, ServiceRecordView, shanghaiYearRange } from '@linli/shared';
import { DataSource } from 'typeorm';
import { PointsEntry } from '../points/points-entry.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { Wish } from '../wishes/wish.entity';

export interface ServiceRecordKey {
  userId: string;
  communityId: string;
}

export const recordKey = (key: ServiceRecordKey): string => `${key.userId}|${key.communityId}`;

const EMPTY: ServiceRecordView = { points: 0, hours: 0, wishesFulfilled: 0, ratingsCount: 0, averageRating: null };

/**
 * A member's service in a community over a calendar year (双服务双评价), for many members at once.
 * Points and fulfilled wishes come from the append-only ledger: a wish credits its claimers once
 * on confirmation, and a reversed credit no longer counts. Hours are the secretary-confirmed
 * minutes of shifts (pioneer posts) confirmed in the year; ratings are the stars beneficiaries gave
 * when confirming wishes the member claimed (as lead claimer) in that community.
 */
@Injectable()
export class ServiceRecordsService {
  constructor(private readonly dataSource: DataSource) {}

  async forYear(keys: ServiceRecordKey[], year: number): Promise<Map<string, ServiceRecordView>> {
    const records = new Map<string, ServiceRecordView>(keys.map((k) => [recordKey(k), { ...EMPTY }]));
    const userIds = [...new Set(keys.map((k) => k.userId))];
    if (userIds.length === 0) return records;
    const { from, to } = shanghaiYearRange(year);
    const rows = await this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .leftJoin(PointsEntry, 'reversal', 'reversal.reversesEntryId = e.id')
      .select('e.userId', 'userId')
      .addSelect('e.communityId', 'communityId')
      .addSelect('SUM(e.amount)', 'points')
      .addSelect('SUM(CASE WHEN e.sourceType = :wish AND e.amount > 0 AND reversal.id IS NULL THEN 1 ELSE 0 END)', 'wishes')
      .where('e.userId IN (:...userIds)', { userIds })
      .andWhere('e.createdAt >= :from AND e.createdAt < :to', { from, to })
      .setParameter('wish', PointsSource.Wish)
      .groupBy('e.userId')
      .addGroupBy('e.communityId')
      .getRawMany<{ userId: string; communityId: string; points: string | number; wishes: string | number }>();
    for (const row of rows) {
      const record = records.get(recordKey(row));
      if (!record) continue;
      record.points = Number(row.points);
      record.wishesFulfilled = Number(row.wishes);
    }
    const minutes = await this.dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .select('c.memberId', 'userId')
      .addSelect('c.communityId', 'communityId')
      .addSelect('SUM(c.confirmedMinutes)', 'minutes')
      .where('c.memberId IN (:...userIds)', { userIds })
      .andWhere('c.hoursConfirmedAt >= :from AND c.hoursConfirmedAt < :to', { from, to })
      .groupBy('c.memberId')
      .addGroupBy('c.communityId')
      .getRawMany<{ userId: string; communityId: string; minutes: string | number | null }>();
    for (const row of minutes) {
      const record = records.get(recordKey(row));
      if (record) record.hours = reportedHours(Number(row.minutes ?? 0));
    }
    const ratings = await this.dataSource
      .getRepository(Wish)
      .createQueryBuilder('w')
      .select('w.claimerId', 'userId')
      .addSelect('w.communityId', 'communityId')
      .addSelect('COUNT(w.rating)', 'count')
      .addSelect('SUM(w.rating)', 'total')
      .where('w.claimerId IN (:...userIds) AND w.rating IS NOT NULL', { userIds })
      .andWhere('w.confirmedAt >= :from AND w.confirmedAt < :to', { from, to })
      .groupBy('w.claimerId')
      .addGroupBy('w.communityId')
      .getRawMany<{ userId: string; communityId: string; count: string | number; total: string | number }>();
    for (const row of ratings) {
      const record = records.get(recordKey(row));
      if (!record) continue;
      record.ratingsCount = Number(row.count);
      record.averageRating = averageRating(Number(row.total), Number(row.count));
    }
    return records;
  }

  /** The ledger lines behind a record, oldest first, for the yearly summary. */
  async entries(key: ServiceRecordKey, year: number): Promise<PointsEntry[]> {
    const { from, to } = shanghaiYearRange(year);
    return this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .where('e.userId = :userId AND e.communityId = :communityId', key)
      .andWhere('e.createdAt >= :from AND e.createdAt < :to', { from, to })
      .orderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }
}
