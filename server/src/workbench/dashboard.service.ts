import { Injectable } from '@nestjs/common';
import {
  DashboardCommunityView,
  DashboardView,
  lastTwelveMonths,
  median,
  monthSeries,
  PlaceLevel,
  RegistrationStatus,
  shareOf,
  ShiftClaimStatus,
  ShiftStatus,
  BallotStatus,
} from '@linli/shared';
import { DataSource, In, MoreThanOrEqual, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { Ballot } from '../deliberation/ballot.entity';
import { Place } from '../places/place.entity';
import { PostShift } from '../posts/post-shift.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { Wish } from '../wishes/wish.entity';
import { shanghaiMonthSql } from './month-column';

const DAY_MS = 24 * 60 * 60 * 1000;

interface CountRow {
  communityId: string;
  month?: string;
  value: string | number;
}

/** Sums `value` per key of the rows. */
function sumBy(rows: readonly CountRow[], key: (row: CountRow) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + Number(row.value));
  return sums;
}

const total = (rows: readonly CountRow[]) => rows.reduce((sum, row) => sum + Number(row.value), 0);
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * The workbench dashboard of a community, or of a street across its communities. Every figure is an
 * aggregate computed in SQL over the place's communities (grouped by community and by month, so one
 * query feeds the totals, the per-community lines and the 12-month series); only the closed ballots
 * and the fulfilment times for the median are read row by row.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async of(place: ScopedPlace, now = new Date()): Promise<DashboardView> {
    if (place.level !== PlaceLevel.Community && place.level !== PlaceLevel.Street) throw new DomainError('DASHBOARD_PLACE_LEVEL');
    const communities = await this.communitiesOf(place);
    const ids = communities.map((c) => c.id);
    const { months, from } = lastTwelveMonths(now);
    const self = await this.dataSource.getRepository(Place).findOneByOrFail({ id: place.id });
    if (ids.length === 0) return this.empty(self, months);

    const [members, units, newMembers, posted, fulfilled, claimed, fulfilTimes, held, served, ballots] = await Promise.all([
      this.grouped(MemberRegistration, 'r', ids, null, (q) => q.andWhere('r.status = :s', { s: RegistrationStatus.Approved })),
      this.grouped(UnitRegistration, 'r', ids, null, (q) => q.andWhere('r.status = :s', { s: RegistrationStatus.Approved })),
      this.grouped(MemberRegistration, 'r', ids, 'r.decided_at', (q) =>
        q.andWhere('r.status = :s AND r.decidedAt >= :from', { s: RegistrationStatus.Approved, from }),
      ),
      this.grouped(Wish, 'w', ids, 'w.created_at', (q) => q.andWhere('w.createdAt >= :from', { from })),
      this.grouped(Wish, 'w', ids, 'w.confirmed_at', (q) => q.andWhere('w.confirmedAt >= :from', { from })),
      this.grouped(Wish, 'w', ids, null, (q) => q.andWhere('w.claimedAt >= :from', { from })),
      this.dataSource
        .getRepository(Wish)
        .createQueryBuilder('w')
        .select(['w.createdAt', 'w.confirmedAt'])
        .where('w.communityId IN (:...ids) AND w.confirmedAt >= :from', { ids, from })
        .getMany(),
      this.grouped(PostShift, 's', ids, null, (q) =>
        q.andWhere('s.status = :open AND s.endsAt >= :from AND s.endsAt <= :now', { open: ShiftStatus.Open, from, now }),
      ),
      this.dataSource
        .getRepository(ShiftClaim)
        .createQueryBuilder('c')
        .innerJoin(PostShift, 's', 's.id = c.shiftId')
        .select('c.communityId', 'communityId')
        .addSelect(shanghaiMonthSql(this.dataSource, 's.starts_at'), 'month')
        .addSelect('SUM(c.confirmedMinutes)', 'value')
        .where('c.communityId IN (:...ids) AND c.status = :done AND s.startsAt >= :from', { ids, done: ShiftClaimStatus.Completed, from })
        .groupBy('c.communityId')
        .addGroupBy('month')
        .getRawMany<CountRow>(),
      this.dataSource.getRepository(Ballot).find({
        select: { id: true, decisionId: true, passed: true, electorateCount: true, outcome: true },
        where: { communityId: In(ids), status: BallotStatus.Closed, closedAt: MoreThanOrEqual(from) },
      }),
    ]);
    const closedTopics = ballots.filter((b) => b.decisionId === null);
    const acceptance = ballots.filter((b) => b.decisionId !== null);
    const votes = closedTopics.reduce((sum, b) => sum + (b.outcome?.turnout.votes ?? 0), 0);
    const electorate = closedTopics.reduce((sum, b) => sum + b.electorateCount, 0);
    const acceptancePassed = acceptance.filter((b) => b.passed === true).length;
    const days = fulfilTimes.map((w) => (w.confirmedAt!.getTime() - w.createdAt.getTime()) / DAY_MS);
    const medianDays = median(days);

    const byCommunity = (rows: CountRow[]) => sumBy(rows, (r) => r.communityId);
    const byMonth = (rows: CountRow[]) => [...sumBy(rows, (r) => r.month ?? '').entries()].map(([month, value]) => ({ month, value }));
    const [m, u, p, f, h] = [members, units, posted, fulfilled, served].map(byCommunity);
    const lines: DashboardCommunityView[] =
      place.level === PlaceLevel.Street
        ? communities.map((c) => ({
            communityId: c.id,
            name: c.name,
            members: m.get(c.id) ?? 0,
            units: u.get(c.id) ?? 0,
            wishesPosted: p.get(c.id) ?? 0,
            wishesFulfilled: f.get(c.id) ?? 0,
            serviceHours: hours(h.get(c.id) ?? 0),
          }))
        : [];
    return {
      placeId: self.id,
      placeName: self.name,
      level: self.level,
      members: total(members),
      units: total(units),
      wishes: {
        posted: total(posted),
        claimed: total(claimed),
        fulfilled: total(fulfilled),
        medianDaysToFulfil: medianDays === null ? null : Math.round(medianDays * 10) / 10,
      },
      shifts: { held: total(held), serviceHours: hours(total(served)) },
      ballots: {
        closed: closedTopics.length,
        turnout: shareOf(votes, electorate),
        acceptanceHeld: acceptance.length,
        acceptancePassed,
        acceptanceRate: shareOf(acceptancePassed, acceptance.length),
      },
      months,
      series: {
        wishesPosted: monthSeries(months, byMonth(posted)),
        wishesFulfilled: monthSeries(months, byMonth(fulfilled)),
        serviceHours: monthSeries(months, byMonth(served)).map(hours),
        newMembers: monthSeries(months, byMonth(newMembers)),
      },
      communities: lines,
    };
  }

  /** COUNT(*) grouped by community, and by the Shanghai month of `monthColumn` when one is given. */
  private grouped<T extends ObjectLiteral>(
    entity: new () => T,
    alias: string,
    ids: string[],
    monthColumn: string | null,
    filter: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  ): Promise<CountRow[]> {
    const base = this.dataSource
      .getRepository(entity)
      .createQueryBuilder(alias)
      .select(`${alias}.communityId`, 'communityId')
      .addSelect('COUNT(*)', 'value')
      .where(`${alias}.communityId IN (:...ids)`, { ids });
    const query = filter(base).groupBy(`${alias}.communityId`);
    if (monthColumn) query.addSelect(shanghaiMonthSql(this.dataSource, monthColumn), 'month').addGroupBy('month');
    return query.getRawMany<CountRow>();
  }

  private async communitiesOf(place: ScopedPlace): Promise<Place[]> {
    if (place.level === PlaceLevel.Community) return [await this.dataSource.getRepository(Place).findOneByOrFail({ id: place.id })];
    return this.dataSource
      .getRepository(Place)
      .createQueryBuilder('p')
      .where('p.level = :level AND p.path LIKE :within', { level: PlaceLevel.Community, within: `${place.path}%` })
      .orderBy('p.name', 'ASC')
      .getMany();
  }

  private empty(self: Place, months: string[]): DashboardView {
    const zeros = months.map(() => 0);
    return {
      placeId: self.id,
      placeName: self.name,
      level: self.level,
      members: 0,
      units: 0,
      wishes: { posted: 0, claimed: 0, fulfilled: 0, medianDaysToFulfil: null },
      shifts: { held: 0, serviceHours: 0 },
      ballots: { closed: 0, turnout: null, acceptanceHeld: 0, acceptancePassed: 0, acceptanceRate: null },
      months,
      series: { wishesPosted: zeros, wishesFulfilled: zeros, serviceHours: zeros, newMembers: zeros },
      communities: [],
    };
  }
}
