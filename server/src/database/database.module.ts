import { Global, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource, dataSourceOptions } from './data-source-options';
import { migrateOnce } from './migrate-once';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const dataSource = await createDataSource(await dataSourceOptions(config)).initialize();
        if (config.databaseKind === 'mysql' && config.DB_MIGRATE_ON_BOOT) {
          const logger = new Logger('Database');
          // Instances booting together (one per Galera node, say) run each migration once: see migrate-once.ts.
          const applied = await migrateOnce(dataSource, { log: (m) => logger.log(m) });
          if (applied > 0) logger.log(`applied ${applied} migration(s)`);
        }
        return dataSource;
      },
    },
    TransactionRunner,
  ],
  exports: [DataSource, TransactionRunner],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
