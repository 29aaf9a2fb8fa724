import { loadConfig } from '../config/app-config';
import { createDataSource, dataSourceOptions } from './data-source-options';
import { migrateOnce } from './migrate-once';

/**
 * `pnpm migrate`: the release step. Applies the pending MySQL migrations to DATABASE_URL (under
 * the same lock as boot-time migration, so it is safe beside instances that are booting) and
 * exits; the instances can then run with DB_MIGRATE_ON_BOOT=false.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.databaseKind !== 'mysql') {
    console.log('No DATABASE_URL: SQLite builds its schema from the entities; nothing to migrate.');
    return;
  }
  const dataSource = await createDataSource(await dataSourceOptions(config)).initialize();
  try {
    const applied = await migrateOnce(dataSource, { log: (m) => console.log(m) });
    console.log(applied > 0 ? `Applied ${applied} migration(s).` : 'The database is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
