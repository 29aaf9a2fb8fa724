import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isRetriable } from './db-errors';

/** Work registered to run at the end of a transaction, just before it commits (see beforeCommit). */
const pending = new WeakMap<EntityManager, Map<string, () => Promise<void>>>();

/**
 * Runs `flush` once at the end of the runner's transaction that `manager` belongs to, after the
 * work and before the commit; registering the same key again keeps the first. For writes that
 * several steps of one transaction add to and that are best made once, last and in a fixed order
 * (aggregate rows many transactions update: taken last and sorted, their locks are held only
 * for the commit and never in an order two transactions could cross).
 */
export function beforeCommit(manager: EntityManager, key: string, flush: () => Promise<void>): void {
  const registered = pending.get(manager);
  if (!registered) throw new Error('beforeCommit needs a transaction started by TransactionRunner');
  if (!registered.has(key)) registered.set(key, flush);
}

/**
 * How many times in all a transaction the database rolled back (deadlock, certification conflict,
 * lock wait) is run. On Galera, three instances writing one hot row lose to each other about two
 * times in three while all are busy; 10 attempts bound the wait (~1 s) and leave little to chance.
 */
export const MAX_ATTEMPTS = 10;

/**
 * Waits before attempt `attempt` (2, 3, …): full jitter over an exponentially growing window, so
 * the losers of one race do not meet again in lockstep: 5, 10, 20, … ms, at most 200 ms.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(200, 5 * 2 ** (attempt - 2)));
}

/**
 * Runs a unit of work in one database transaction.
 *
 * On SQLite TypeORM shares a single connection, so two concurrent transactions would nest as
 * savepoints inside each other and lose writes; there they are queued first-in first-out.
 * On MySQL each transaction takes its own pooled connection and the database decides.
 *
 * On MySQL every transaction reads READ COMMITTED: each statement sees what was committed before
 * it, so a read after a lock wait or a duplicate key sees the row that made it wait, without a
 * share lock and whatever the transaction read earlier. The rules never rest on a snapshot
 * taken at the first read (they rest on unique keys and conditional UPDATEs), and a snapshot
 * would only hide the rows that decide them.
 *
 * A transaction the database rolled back to settle a race (isRetriable) is run again whole,
 * from a fresh start, up to MAX_ATTEMPTS in all: on Galera a transaction whose UPDATE reported
 * its row can still lose to another node at COMMIT, and only re-running it decides whether it
 * is the loser (it then meets the winner's row and answers as the loser) or had merely collided.
 * Everything the work writes is in the transaction (audit, outbox, notifications), so a rolled
 * back attempt leaves nothing behind; `work` must therefore keep its side effects in the
 * database, and beforeCommit hooks registered by a failed attempt go with it.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('TransactionRunner');
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  /** The wait between attempts; a test replaces it. */
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  constructor(private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.withRetry(work);
    const result = this.queue.then(() => this.withRetry(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async withRetry<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetriable(error)) throw error;
        if (attempt >= 5) this.logger.warn(`transaction rolled back by the database (${(error as Error).message}); attempt ${attempt + 1} of ${MAX_ATTEMPTS}`);
        await this.sleep(backoffMs(attempt + 1));
      }
    }
  }

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const body = async (manager: EntityManager) => {
      pending.set(manager, new Map());
      try {
        const result = await work(manager);
        for (const flush of pending.get(manager)!.values()) await flush();
        return result;
      } finally {
        pending.delete(manager);
      }
    };
    return this.serialise ? this.dataSource.transaction(body) : this.dataSource.transaction('READ COMMITTED', body);
  }
}
