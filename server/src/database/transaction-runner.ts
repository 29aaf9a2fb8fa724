import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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
 * Runs a unit of work in one database transaction.
 *
 * On SQLite TypeORM shares a single connection, so two concurrent transactions would nest as
 * savepoints inside each other and lose writes; there they are queued first-in first-out.
 * On MySQL each transaction takes its own pooled connection and the database decides.
 */
@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.transaction(work);
    const result = this.queue.then(() => this.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      pending.set(manager, new Map());
      try {
        const result = await work(manager);
        for (const flush of pending.get(manager)!.values()) await flush();
        return result;
      } finally {
        pending.delete(manager);
      }
    });
  }
}
