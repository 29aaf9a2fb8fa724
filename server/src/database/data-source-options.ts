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
 * A DataSource whose MySQL create/update-date defaults match the columns' millisecond precision
 * (TypeORM defaults them to CURRENT_TIMESTAMP(6), which MySQL refuses on a datetime(3) column).
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  if (options.type === 'mysql' || options.type === 'mariadb') {
    const types = dataSource.driver.mappedDataTypes;
    types.createDateDefault = 'CURRENT_TIMESTAMP(3)';
    types.updateDateDefault = 'CURRENT_TIMESTAMP(3)';
    types.createDatePrecision = 3;
    types.updateDatePrecision = 3;
  }
  return dataSource;
}
