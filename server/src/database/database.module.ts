import { Global, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource, dataSourceOptions } from './data-source-options';
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
          const applied = await dataSource.runMigrations({ transaction: 'each' });
          if (applied.length > 0) new Logger('Database').log(`applied ${applied.length} migration(s)`);
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
