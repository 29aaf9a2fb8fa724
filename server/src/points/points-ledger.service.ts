import { Injectable } from '@nestjs/common';
import { PointsEntryView, rankByBalance, RankingRowView } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '../database/ids';
import { User } from '../identity/user.entity';
import { PointsEntry } from './points-entry.entity';

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
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the entry unless this source already credited this member; returns the stored entry. */
  async credit(manager: EntityManager, request: CreditRequest): Promise<{ entry: PointsEntry; created: boolean }> {
    const id = newId();
    await manager
      .createQueryBuilder()
      .insert()
      .into(PointsEntry)
      .values({ id, ...request, reversesEntryId: request.reversesEntryId ?? null })
      .orIgnore()
      .execute();
    const query = manager
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .where('e.sourceType = :sourceType AND e.sourceId = :sourceId AND e.userId = :userId', request);
    // A locking read sees the row a concurrent transaction just committed, whatever this transaction read before.
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_read');
    const entry = await query.getOneOrFail();
    return { entry, created: entry.id === id };
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

  async ranking(communityId: string, limit: number): Promise<RankingRowView[]> {
    const rows = await this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .select('e.userId', 'userId')
      .addSelect('SUM(e.amount)', 'balance')
      .where('e.communityId = :communityId', { communityId })
      .groupBy('e.userId')
      .orderBy('balance', 'DESC')
      .addOrderBy('e.userId', 'ASC')
      .limit(limit)
      .getRawMany<{ userId: string; balance: string | number }>();
    const ranked = rankByBalance(rows.map((r) => ({ userId: r.userId, balance: Number(r.balance) })));
    const users = ranked.length
      ? await this.dataSource.getRepository(User).find({ select: { id: true, displayName: true }, where: ranked.map((r) => ({ id: r.userId })) })
      : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return ranked.map((r) => ({ ...r, displayName: names.get(r.userId) ?? '' }));
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
    createdAt: entry.createdAt.toISOString(),
  };
}
