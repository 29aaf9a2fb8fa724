import { Injectable } from '@nestjs/common';
import {
  grantWithinCap,
  isCappedCredit,
  PointsEntryView,
  rankByBalance,
  RankingRowView,
  registrationSlot,
  RegistrationStatus,
  shanghaiDateOf,
  UnitRankingRowView,
} from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { newId } from '../database/ids';
import { placeholders, selectRows } from '../database/plain-sql';
import { displayNamesOf } from '../identity/display-names';
import { WorkUnit } from '../reporting/work-unit.entity';
import { addEntries, unitOfMember } from './points-balances';
import { PointsDailyTotal } from './points-daily-total.entity';
import { PointsEntry } from './points-entry.entity';
import { PointsRulesService } from './points-rules.service';

export interface CreditRequest {
  userId: string;
  communityId: string;
  amount: number;
  reason: string;
  sourceType: string;
  sourceId: string;
  createdBy: string | null;
  reversesEntryId?: string | null;
}

const RECENT_ENTRIES = 20;

/**
 * The append-only points ledger. `credit` runs inside the caller's transaction, so a job can
 * credit points in the same transaction as the event that earns them; the unique key on
 * (source type, source id, member) makes every credit happen at most once.
 */
@Injectable()
export class PointsLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: PointsRulesService,
  ) {}

  /**
   * Inserts the entry unless this source already credited this member; returns the stored entry.
   * A credit earned by taking part is cut to what still fits under the community's daily cap: the
   * member's row for the day is locked first, so concurrent credits queue on it and never overshoot.
   */
  async credit(manager: EntityManager, request: CreditRequest): Promise<{ entry: PointsEntry; created: boolean }> {
    const existing = await this.findEntry(manager, request);
    if (existing) return { entry: existing, created: false };
    const { dailyCap } = await this.rules.rulesOf(request.communityId, manager);
    let amount = request.amount;
    let cappedFrom: number | null = null;
    if (isCappedCredit(request.amount, request.sourceType, dailyCap)) {
      const day = await this.lockDay(manager, request.userId, request.communityId, shanghaiDateOf(new Date()));
      // Checked again under the day lock: a concurrent credit of the same source may have landed meanwhile.
      const raced = await this.findEntry(manager, request);
      if (raced) return { entry: raced, created: false };
      amount = grantWithinCap(request.amount, request.sourceType, day.earned, dailyCap);
      if (amount < request.amount) cappedFrom = request.amount;
      await manager.update(PointsDailyTotal, { userId: day.userId, communityId: day.communityId, day: day.day }, { earned: day.earned + amount });
    }
    const id = newId();
    // The entry's time decides which monthly and yearly balances it counts in: set it here, not by the database.
    const createdAt = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(PointsEntry)
      .values({ id, ...request, amount, cappedFrom, reversesEntryId: request.reversesEntryId ?? null, createdAt })
      .orIgnore()
      .execute();
    const entry = await this.findEntry(manager, request);
    const created = entry!.id === id;
    if (created) addEntries(manager, [entry!], await unitOfMember(manager, request.userId, request.communityId));
    return { entry: entry!, created };
  }

  /** The ledger's unique key decides; read READ COMMITTED (TransactionRunner), this sees an entry a concurrent transaction just committed. */
  private findEntry(manager: EntityManager, request: CreditRequest): Promise<PointsEntry | null> {
    return manager
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .where('e.sourceType = :sourceType AND e.sourceId = :sourceId AND e.userId = :userId', request)
      .getOne();
  }

  /** The member's earnings row for the day, created at 0 if need be and locked for this transaction. */
  private async lockDay(manager: EntityManager, userId: string, communityId: string, day: string): Promise<PointsDailyTotal> {
    if (manager.connection.options.type === 'better-sqlite3') {
      await manager.createQueryBuilder().insert().into(PointsDailyTotal).values({ userId, communityId, day, earned: 0 }).orIgnore().execute();
    } else {
      // Not INSERT IGNORE: on a duplicate that takes a shared lock, and two transactions both
      // upgrading it to the exclusive lock below deadlock. The no-op upsert takes the exclusive lock at once.
      await manager.query('INSERT INTO points_daily_total (user_id, community_id, day, earned) VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE earned = earned', [
        userId,
        communityId,
        day,
      ]);
    }
    const query = manager
      .getRepository(PointsDailyTotal)
      .createQueryBuilder('d')
      .where('d.userId = :userId AND d.communityId = :communityId AND d.day = :day', { userId, communityId, day });
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return query.getOneOrFail();
  }

  async balance(userId: string, communityId: string): Promise<number> {
    const row = await this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .select('COALESCE(SUM(e.amount), 0)', 'balance')
      .where('e.userId = :userId AND e.communityId = :communityId', { userId, communityId })
      .getRawOne<{ balance: string | number }>();
    return Number(row?.balance ?? 0);
  }

  async recent(userId: string, communityId: string, limit = RECENT_ENTRIES): Promise<PointsEntryView[]> {
    const entries = await this.dataSource.getRepository(PointsEntry).find({
      where: { userId, communityId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return entries.map(toEntryView);
  }

  /** A member's ledger in a community, newest first, by keyset on the (time-ordered) entry id. */
  async history(userId: string, communityId: string, beforeId: string | null, limit: number): Promise<PointsEntry[]> {
    const query = this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .where('e.userId = :userId AND e.communityId = :communityId', { userId, communityId })
      .orderBy('e.id', 'DESC')
      .take(limit + 1);
    if (beforeId) query.andWhere('e.id < :beforeId', { beforeId });
    return query.getMany();
  }

  /** Members by balance over the period, from the top of the balances' index (no grouping or sorting of entries). */
  async ranking(communityId: string, limit: number, period: string): Promise<RankingRowView[]> {
    const rows = await selectRows<{ userId: string; balance: number }>(
      this.dataSource.manager,
      'SELECT user_id AS userId, balance FROM points_balance WHERE community_id = ? AND period = ? ORDER BY balance DESC, user_id ASC LIMIT ?',
      [communityId, period, limit],
    );
    const ranked = rankByBalance(rows.map((r) => ({ userId: r.userId, balance: Number(r.balance) })));
    const names = await displayNamesOf(
      this.dataSource,
      ranked.map((r) => r.userId),
    );
    return ranked.map((r) => ({ ...r, displayName: names.get(r.userId) ?? '' }));
  }

  /**
   * Work units ranked by what their reported members (approved registrations here) earned in the
   * community over the period, from the top of the units' balances; `members` counts each listed
   * unit's reported members here.
   */
  async unitRanking(communityId: string, limit: number, period: string): Promise<UnitRankingRowView[]> {
    const manager = this.dataSource.manager;
    const rows = await selectRows<{ unitId: string; points: number }>(
      manager,
      'SELECT unit_id AS unitId, points FROM points_unit_balance WHERE community_id = ? AND period = ? ORDER BY points DESC, unit_id ASC LIMIT ?',
      [communityId, period, limit],
    );
    if (rows.length === 0) return [];
    const unitIds = rows.map((r) => r.unitId);
    const [counts, units] = await Promise.all([
      selectRows<{ unitId: string; members: number }>(
        manager,
        `SELECT unit_id AS unitId, COUNT(*) AS members FROM member_registration WHERE community_id = ? AND unit_id IN (${placeholders(unitIds.length)}) AND slot = ? GROUP BY unit_id`,
        [communityId, ...unitIds, registrationSlot(RegistrationStatus.Approved)],
      ),
      this.dataSource.getRepository(WorkUnit).find({ select: { id: true, name: true }, where: { id: In(unitIds) } }),
    ]);
    const members = new Map(counts.map((c) => [c.unitId, Number(c.members)]));
    const names = new Map(units.map((u) => [u.id, u.name]));
    const ranked = rankByBalance(rows.map((r) => ({ userId: r.unitId, balance: Number(r.points) })));
    return ranked.map((r) => ({ rank: r.rank, unitId: r.userId, unitName: names.get(r.userId) ?? '', points: r.balance, members: members.get(r.userId) ?? 0 }));
  }
}

export function toEntryView(entry: PointsEntry): PointsEntryView {
  return {
    id: entry.id,
    userId: entry.userId,
    communityId: entry.communityId,
    amount: entry.amount,
    reason: entry.reason,
    sourceType: entry.sourceType,
    sourceId: entry.sourceId,
    reversesEntryId: entry.reversesEntryId,
    cappedFrom: entry.cappedFrom ?? null,
    createdAt: entry.createdAt.toISOString(),
  };
}
