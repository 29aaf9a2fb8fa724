import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { MigrationExecutor } from 'typeorm/migration/MigrationExecutor';
import { isRetriable, isUniqueViolation } from './db-errors';
import { newId } from './ids';

/*
 * Pending migrations run by exactly one process while any others wait, on one MySQL/MariaDB and
 * on a Galera cluster alike. Not GET_LOCK: on Galera a named lock lives on the node that took it,
 * so three instances booting on three nodes would each get "the" lock and run every migration
 * three times. The lock here is a row (name = 'migrate'), taken by an INSERT and given back by a
 * DELETE: a write, which Galera replicates and certifies, so of instances inserting it at once on
 * different nodes exactly one commits (the others meet a duplicate key or a certification
 * conflict). It is a lease: a holder that died is replaced once its lease runs out, and a live
 * holder renews it while its migrations run. The lock table is made here, not by a migration,
 * because it has to exist before the first migration runs.
 */

const LOCK_TABLE = 'schema_migration_lock';
const LOCK_NAME = 'migrate';

export interface MigrateOptions {
  /** How long a taken lock holds without renewal (renewed every third of it). */
  leaseMs?: number;
  /** How often a waiting instance looks again. */
  pollMs?: number;
  /** Waiting longer than this fails the boot (a stuck migration should be looked at by a person). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

async function pending(dataSource: DataSource): Promise<number> {
  return (await new MigrationExecutor(dataSource).getPendingMigrations()).length;
}

async function tryLock(dataSource: DataSource, holder: string, leaseMs: number): Promise<boolean> {
  try {
    await dataSource.query(`INSERT INTO ${LOCK_TABLE} (name, holder, expires_at) VALUES (?, ?, NOW(3) + INTERVAL ? SECOND)`, [
      LOCK_NAME,
      holder,
      leaseMs / 1000,
    ]);
    return true;
  } catch (error) {
    if (!isUniqueViolation(error) && !isRetriable(error)) throw error;
  }
  // Held: taken over only if its holder's lease ran out, by one conditional UPDATE (one taker wins).
  const result = (await dataSource
    .query(`UPDATE ${LOCK_TABLE} SET holder = ?, expires_at = NOW(3) + INTERVAL ? SECOND WHERE name = ? AND expires_at < NOW(3)`, [
      holder,
      leaseMs / 1000,
      LOCK_NAME,
    ])
    .catch((error: unknown) => {
      if (isRetriable(error)) return { affectedRows: 0 };
      throw error;
    })) as { affectedRows?: number };
  return result.affectedRows === 1;
}

/** Runs the pending migrations once across every instance booting together; returns how many this process applied. */
export async function migrateOnce(dataSource: DataSource, options: MigrateOptions = {}): Promise<number> {
  const { leaseMs = 300_000, pollMs = 500, timeoutMs = 900_000, log = () => undefined } = options;
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (name varchar(32) NOT NULL, holder varchar(128) NOT NULL, expires_at datetime(3) NOT NULL, PRIMARY KEY (name)) ENGINE=InnoDB`,
  );
  const holder = `${hostname()}:${process.pid}:${newId()}`;
  const until = Date.now() + timeoutMs;
  let waiting = false;
  for (;;) {
    // Nothing pending: no lock needed (every instance of a release after the first boots straight through).
    if ((await pending(dataSource)) === 0) return 0;
    if (await tryLock(dataSource, holder, leaseMs)) break;
    if (!waiting) log('another instance is migrating the database; waiting for it');
    waiting = true;
    if (Date.now() > until) throw new Error(`waited ${timeoutMs / 1000} s for another instance's migrations; see ${LOCK_TABLE}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const renew = setInterval(() => {
    void dataSource
      .query(`UPDATE ${LOCK_TABLE} SET expires_at = NOW(3) + INTERVAL ? SECOND WHERE name = ? AND holder = ?`, [leaseMs / 1000, LOCK_NAME, holder])
      .catch(() => undefined);
  }, leaseMs / 3);
  try {
    // Checked again under the lock: the previous holder may have just finished them.
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    clearInterval(renew);
    await dataSource.query(`DELETE FROM ${LOCK_TABLE} WHERE name = ? AND holder = ?`, [LOCK_NAME, holder]);
  }
}
