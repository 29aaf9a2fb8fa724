/**
 * Migrations once, on the machine's single MariaDB (the Galera case boots three real instances in
 * galera.spec.ts): instances booting together on an empty database each call migrateOnce, as
 * DatabaseModule does at boot; each migration runs once and every one of them comes up.
 */
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { createDataSource, mysqlOptions } from '../../server/src/database/data-source-options';
import { migrateOnce } from '../../server/src/database/migrate-once';
import { MIGRATIONS } from '../../server/src/database/migrations';
import { mysqlServerUrl } from '../support/mysql-server';

const server = mysqlServerUrl();

async function reachable(): Promise<boolean> {
  try {
    await (await createConnection({ uri: `${server}/mysql`, connectTimeout: 3000 })).end();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(`\n*** migrate-once on MariaDB SKIPPED: ${server} is unreachable ***\n`);
    return false;
  }
}

describe('migrations once on one MariaDB', () => {
  const name = `linli_migrate_${process.pid}_${Date.now().toString(36)}`;
  const sources: DataSource[] = [];
  let available = false;
  const admin = async (sql: string) => {
    const connection = await createConnection({ uri: `${server}/mysql` });
    try {
      return (await connection.query(sql))[0] as Record<string, unknown>[];
    } finally {
      await connection.end();
    }
  };
  const instance = async () => {
    const source = await createDataSource(await mysqlOptions(`${server}/${name}`, 3)).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    available = await reachable();
    if (available) await admin(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  });
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    if (available) await admin(`DROP DATABASE IF EXISTS \`${name}\``);
  });

  it('three instances booting together on an empty database: each migration runs once, all come up', async () => {
    if (!available) return;
    const three = await Promise.all([instance(), instance(), instance()]);
    const applied = await Promise.all(three.map((s) => migrateOnce(s, { pollMs: 100 })));
    expect(applied.sort((a, b) => b - a)).toEqual([MIGRATIONS.length, 0, 0]);
    const recorded = await admin(`SELECT name FROM \`${name}\`.schema_migrations`);
    expect(recorded).toHaveLength(MIGRATIONS.length);
    expect(await admin(`SELECT * FROM \`${name}\`.schema_migration_lock`)).toEqual([]);
    // A later boot with nothing pending takes no lock at all.
    expect(await migrateOnce(three[0])).toBe(0);
  }, 120_000);

  it("a dead holder's lock is taken over once its lease has run out; a live one is waited for", async () => {
    if (!available) return;
    const source = sources[0] ?? (await instance());
    // The last migration, as if never run: undone by its own down().
    const last = MIGRATIONS[MIGRATIONS.length - 1];
    const runner = source.createQueryRunner();
    await new last().down(runner);
    await runner.release();
    await source.query('DELETE FROM schema_migrations WHERE name = ?', [last.name]);
    await source.query("INSERT INTO schema_migration_lock (name, holder, expires_at) VALUES ('migrate', 'a crashed instance', NOW(3) + INTERVAL 1 SECOND)");
    const started = Date.now();
    expect(await migrateOnce(source, { pollMs: 100 })).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500); // it waited for the lease rather than running beside its holder
    expect(await source.query('SELECT name FROM schema_migrations WHERE name = ?', [last.name])).toHaveLength(1);
  }, 60_000);
});
