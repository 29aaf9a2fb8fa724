import { DataSource, EntityManager } from 'typeorm';
import { backoffMs, beforeCommit, MAX_ATTEMPTS, TransactionRunner } from './transaction-runner';

/** A MySQL error as mysql2 raises it, wrapped by TypeORM. */
function dbError(errno: number, code: string): Error {
  return Object.assign(new Error(`${code}: rolled back`), { driverError: { errno, code } });
}

/**
 * A DataSource whose transactions record what they wrote and whose COMMIT fails with `commitErrors`
 * in turn (undefined: commits). A failed commit discards the attempt's writes, as a rollback does.
 */
function fakeDataSource(commitErrors: (Error | undefined)[]) {
  const committed: string[] = [];
  let attempts = 0;
  const dataSource = {
    options: { type: 'mariadb' },
    async transaction<T>(level: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
      expect(level).toBe('READ COMMITTED');
      attempts++;
      const writes: string[] = [];
      const manager = { write: (w: string) => writes.push(w) } as unknown as EntityManager;
      const result = await work(manager);
      const error = commitErrors.shift();
      if (error) throw error;
      committed.push(...writes);
      return result;
    },
  } as unknown as DataSource;
  return { dataSource, committed, attempts: () => attempts };
}

function runnerOn(dataSource: DataSource): { runner: TransactionRunner; waits: number[] } {
  const runner = new TransactionRunner(dataSource);
  const waits: number[] = [];
  runner.sleep = async (ms) => {
    waits.push(ms);
  };
  return { runner, waits };
}

const write = (manager: EntityManager, what: string) => (manager as unknown as { write(w: string): void }).write(what);

describe('TransactionRunner retries a transaction the database rolled back', () => {
  it('runs the whole work again after a 1213 at COMMIT (a Galera certification conflict), and its writes and hooks land once', async () => {
    const fake = fakeDataSource([dbError(1213, 'ER_LOCK_DEADLOCK')]);
    const { runner, waits } = runnerOn(fake.dataSource);
    const result = await runner.run(async (manager) => {
      write(manager, 'claim');
      beforeCommit(manager, 'outbox', async () => write(manager, 'notification'));
      return 'won';
    });
    expect(result).toBe('won');
    expect(fake.attempts()).toBe(2);
    expect(fake.committed).toEqual(['claim', 'notification']);
    expect(waits).toHaveLength(1);
  });

  it('retries a lock wait timeout (1205) and an engine-refused commit (1180) too', async () => {
    const fake = fakeDataSource([dbError(1205, 'ER_LOCK_WAIT_TIMEOUT'), dbError(1180, 'ER_ERROR_DURING_COMMIT')]);
    const { runner } = runnerOn(fake.dataSource);
    await expect(runner.run(async () => 'ok')).resolves.toBe('ok');
    expect(fake.attempts()).toBe(3);
  });

  it('gives up after MAX_ATTEMPTS and throws the last error', async () => {
    const fake = fakeDataSource(Array.from({ length: MAX_ATTEMPTS + 2 }, () => dbError(1213, 'ER_LOCK_DEADLOCK')));
    const { runner } = runnerOn(fake.dataSource);
    await expect(runner.run(async () => 'never')).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(fake.attempts()).toBe(MAX_ATTEMPTS);
    expect(fake.committed).toEqual([]);
  });

  it('does not retry other errors (a duplicate key is an answer, not a collision)', async () => {
    const fake = fakeDataSource([dbError(1062, 'ER_DUP_ENTRY')]);
    const { runner } = runnerOn(fake.dataSource);
    await expect(runner.run(async () => 'x')).rejects.toThrow('ER_DUP_ENTRY');
    expect(fake.attempts()).toBe(1);
  });

  it('waits a jittered, growing, bounded time between attempts', () => {
    expect(backoffMs(2, () => 0)).toBe(0);
    expect(backoffMs(2, () => 0.999)).toBeLessThan(5);
    expect(backoffMs(MAX_ATTEMPTS, () => 0.999)).toBeLessThan(200);
    expect(backoffMs(4, () => 0.5)).toBeGreaterThan(backoffMs(2, () => 0.5));
  });
});
