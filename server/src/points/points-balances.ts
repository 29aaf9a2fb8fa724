import { periodKeysOf, registrationSlot, RegistrationStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { execute, placeholders, selectRows } from '../database/plain-sql';
import { beforeCommit } from '../database/transaction-runner';
import { PointsEntry } from './points-entry.entity';

type Counted = Pick<PointsEntry, 'communityId' | 'userId' | 'amount' | 'createdAt'>;

interface Delta {
  key: string;
  values: [string, string, string, number];
}

/** What one transaction adds to the balances, written once just before it commits. */
interface PendingBalances {
  members: Map<string, Delta>;
  units: Map<string, Delta>;
}

const pendingOf = new WeakMap<EntityManager, PendingBalances>();

/** Rows per statement when many are written at once (the demo seed). */
const CHUNK = 300;

/*
 * The sums the rankings read, kept with the ledger: points_balance per (community, member, period)
 * and points_unit_balance per (community, work unit, period), where a member counts for the unit
 * of their approved registration in that community. Periods are periodKey's: all time, each year,
 * each month on a Shanghai clock.
 *
 * A transaction's additions are collected and written by upserts that add in the database
 * (`balance = balance + …`) at its end, members' rows then units' rows, each in key order: every
 * transaction takes these contended rows last and in the same order, so none waits for another
 * while holding one (a unit's row is shared by all its members' credits).
 *
 * Which unit a member counts for is read after the credit writes the member's live registration
 * rows (pending and approved: `unitOfMember` bumps their credit_seq) and before any balance row is
 * written; a registration decision writes those rows before it reads the member's balances. So a
 * credit and an approval of the same member are ordered by the registration rows, and whichever
 * comes second sees the first's result (READ COMMITTED, TransactionRunner): no credit is counted
 * for the wrong unit or lost. Writes, not share locks: on Galera only writes are certified (two
 * nodes' conflicting writes roll one back, to be run again); share locks hold on one node only.
 */

/** The unit the member counts for in the community: their approved registration there, read after writing their live registrations; null if none. */
export async function unitOfMember(manager: EntityManager, userId: string, communityId: string): Promise<string | null> {
  await execute(manager, 'UPDATE member_registration SET credit_seq = credit_seq + 1 WHERE user_id = ? AND slot IS NOT NULL', [userId]);
  const [row] = await selectRows<{ unitId: string }>(
    manager,
    'SELECT unit_id AS unitId FROM member_registration WHERE user_id = ? AND slot = ? AND community_id = ?',
    [userId, registrationSlot(RegistrationStatus.Approved), communityId],
  );
  return row?.unitId ?? null;
}

/** Counts new ledger entries of one member in one community, and for `unitId` if they count for one. */
export function addEntries(manager: EntityManager, entries: readonly Counted[], unitId: string | null): void {
  const pending = pendingFor(manager);
  for (const entry of entries) {
    for (const period of periodKeysOf(entry.createdAt)) {
      add(pending.members, [entry.communityId, entry.userId, period, entry.amount]);
      if (unitId) add(pending.units, [entry.communityId, unitId, period, entry.amount]);
    }
  }
}

/**
 * A member starts or stops counting for a unit in a community (an approval, a registration
 * superseded): their balances there move with them, as stored plus what this transaction has
 * added. Run after the registration rows are written, so a credit of theirs is either committed
 * and read here, or waits (on Galera: conflicts) and then counts for the new unit.
 */
export async function moveMemberBalances(manager: EntityManager, userId: string, communityId: string, from: string | null, to: string | null): Promise<void> {
  if (from === to) return;
  const rows = await selectRows<{ period: string; balance: number }>(
    manager,
    'SELECT period, balance FROM points_balance WHERE community_id = ? AND user_id = ?',
    [communityId, userId],
  );
  const pending = pendingFor(manager);
  const balances = new Map(rows.map((r) => [r.period, Number(r.balance)]));
  for (const { values } of pending.members.values()) {
    if (values[0] === communityId && values[1] === userId) balances.set(values[2], (balances.get(values[2]) ?? 0) + values[3]);
  }
  for (const [period, balance] of balances) {
    if (from) add(pending.units, [communityId, from, period, -balance]);
    if (to) add(pending.units, [communityId, to, period, balance]);
  }
}

function add(into: Map<string, Delta>, values: [string, string, string, number]): void {
  const key = `${values[0]}|${values[1]}|${values[2]}`;
  const delta = into.get(key);
  if (delta) delta.values[3] += values[3];
  else into.set(key, { key, values: [...values] });
}

function pendingFor(manager: EntityManager): PendingBalances {
  let pending = pendingOf.get(manager);
  if (!pending) {
    const created: PendingBalances = { members: new Map(), units: new Map() };
    pending = created;
    pendingOf.set(manager, created);
    beforeCommit(manager, 'points-balances', async () => {
      pendingOf.delete(manager);
      await upsert(manager, 'points_balance', ['community_id', 'user_id', 'period', 'balance'], created.members);
      await upsert(manager, 'points_unit_balance', ['community_id', 'unit_id', 'period', 'points'], created.units);
    });
  }
  return pending;
}

async function upsert(manager: EntityManager, table: string, columns: [string, string, string, string], deltas: Map<string, Delta>): Promise<void> {
  const rows = [...deltas.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sum = columns[3];
  const onConflict =
    manager.connection.options.type === 'better-sqlite3'
      ? `ON CONFLICT (${columns.slice(0, 3).join(', ')}) DO UPDATE SET ${sum} = ${sum} + excluded.${sum}`
      : `ON DUPLICATE KEY UPDATE ${sum} = ${sum} + VALUES(${sum})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => `(${placeholders(4)})`).join(', ')} ${onConflict}`,
      chunk.flatMap((r) => r.values),
    );
  }
}
