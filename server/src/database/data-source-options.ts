import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { mysqlUtcDriver } from './mysql-utc-driver';

/**
 * MySQL/MariaDB (production): schema from committed migrations, utf8mb4, UTC, millisecond times.
 * Embedded SQLite (a newcomer's machine, tests): schema synchronised from the entities.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  if (config.DATABASE_URL) return mysqlOptions(config.DATABASE_URL, config.DB_POOL_SIZE);
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

export function mysqlOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'mysql',
    driver: mysqlUtcDriver,
    url: url.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    poolSize,
    extra: { connectionLimit: poolSize },
  };
}
