import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { mysqlFlavour, mysqlSessionDriver } from './mysql-utc-driver';

/**
 * MySQL/MariaDB (production): schema from committed migrations, utf8mb4, UTC, millisecond times.
 * Embedded SQLite (a newcomer's machine, tests): schema synchronised from the entities.
 */
export async function dataSourceOptions(config: AppConfig): Promise<DataSourceOptions> {
  if (config.DATABASE_URL) return mysqlOptions(config.DATABASE_URL, config.DB_POOL_SIZE, config.DB_SYNC_WAIT);
  const database = config.SQLITE_PATH === ':memory:' ? ':memory:' : resolve(config.SQLITE_PATH);
  if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
  return {
    type: 'better-sqlite3',
    database,
    entities: ENTITIES,
    synchronize: true,
    enableWAL: true,
    // better-sqlite3 waits synchronously on a lock held by another process; keep that short.
    timeout: 2000,
  };
}

export async function mysqlOptions(url: string, poolSize = 10, syncWait = 0): Promise<DataSourceOptions> {
  return {
    // TypeORM reads MariaDB's catalogue differently (e.g. nullable defaults); the wrong flavour
    // would report a schema diff that is not there.
    type: await mysqlFlavour(url),
    driver: mysqlSessionDriver(syncWait),
    url: url.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    poolSize,
    // trace: false stops mysql2 capturing a stack trace on every query (it would only decorate
    // errors that TypeORM wraps in its own QueryFailedError anyway).
    extra: { connectionLimit: poolSize, trace: false },
  };
}

/**
 * A DataSource whose create-date defaults keep the columns' millisecond precision. MySQL: TypeORM
 * defaults them to CURRENT_TIMESTAMP(6), which MySQL refuses on a datetime(3) column. SQLite:
 * TypeORM's datetime('now') stores whole seconds ("… 09:05:07") while written values carry
 * milliseconds ("… 09:05:07.000"); the two do not compare equal as text, so a keyset cursor on a
 * creation time (the workbench queue) would skip rows. One format for both keeps them comparable.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  const types = dataSource.driver.mappedDataTypes;
  if (options.type === 'mysql' || options.type === 'mariadb') {
    types.createDateDefault = 'CURRENT_TIMESTAMP(3)';
    types.updateDateDefault = 'CURRENT_TIMESTAMP(3)';
    types.createDatePrecision = 3;
    types.updateDatePrecision = 3;
  } else if (options.type === 'better-sqlite3') {
    types.createDateDefault = "strftime('%Y-%m-%d %H:%M:%f', 'now')";
  }
  return dataSource;
}
