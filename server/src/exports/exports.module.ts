import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ExportFiles, LocalExportFiles } from './export-files';
import { ExportJobLeases } from './export-job-leases';
import { ExportRunner } from './export-runner.service';
import { ExportScopes } from './export-scopes';
import { ExportSweepJob } from './export-sweep.job';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { S3ExportFiles } from './s3-export-files';
import { ExportSheets, SHEET_PROVIDERS } from './sheets/export-sheets';

/** Excel exports of a community's or street's records over a date range, written in the background. */
@Module({
  controllers: [ExportsController],
  providers: [
    ExportsService,
    ExportRunner,
    ExportJobLeases,
    {
      provide: ExportFiles,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.STORAGE === 's3' ? new S3ExportFiles(config) : new LocalExportFiles(config)),
    },
    ExportScopes,
    ExportSweepJob,
    ExportSheets,
    ...SHEET_PROVIDERS,
  ],
})
export class ExportsModule {}
