import { periodKeysOf } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { placeholders } from '../database/plain-sql';
import { PointsEntry } from './points-entry.entity';

type Counted = Pick<PointsEntry, 'communityId' | 'userId' | 'amount' | 'createdAt'>;

/** Rows per statement when many entries are counted at once (the demo seed). */
const CHUNK = 300;

/**
 * Adds ledger entries to the members' balances of every period they fall in, by upserts that add
 * in the database (`balance = balance + …`), so concurrent credits never lose one another. Runs in
 * the transaction that writes the entries. Rows are touched in key order, so two transactions
 * crediting the same members lock their rows in the same order.
 */
export async function addToBalances(manager: EntityManager, entries: readonly Counted[]): Promise<void> {
  const sums = new Map<string, { communityId: string; userId: string; period: string; amount: number }>();
  for (const entry of entries) {
    for (const period of periodKeysOf(entry.createdAt)) {
      const key = `${entry.communityId}|${entry.userId}|${period}`;
      const sum = sums.get(key) ?? { communityId: entry.communityId, userId: entry.userId, period, amount: 0 };
      sum.amount += entry.amount;
      sums.set(key, sum);
    }
  }
  const rows = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  const upsert =
    manager.connection.options.type === 'better-sqlite3'
      ? 'ON CONFLICT (community_id, user_id, period) DO UPDATE SET balance = balance + excluded.balance'
      : 'ON DUPLICATE KEY UPDATE balance = balance + VALUES(balance)';
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager.query(
      `INSERT INTO points_balance (community_id, user_id, period, balance) VALUES ${chunk.map(() => `(${placeholders(4)})`).join(', ')} ${upsert}`,
      chunk.flatMap((r) => [r.communityId, r.userId, r.period, r.amount]),
    );
  }
}
