import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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
    if (!this.serialise) return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
