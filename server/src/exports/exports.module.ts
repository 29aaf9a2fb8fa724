import { Module } from '@nestjs/common';
import { ExportFiles } from './export-files';
import { ExportJobLeases } from './export-job-leases';
import { ExportRunner } from './export-runner.service';
import { ExportScopes } from './export-scopes';
import { ExportSweepJob } from './export-sweep.job';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ExportSheets, SHEET_PROVIDERS } from './sheets/export-sheets';

/** Excel exports of a community's or street's records over a date range, written in the background. */
@Module({
  controllers: [ExportsController],
  providers: [ExportsService, ExportRunner, ExportJobLeases, ExportFiles, ExportScopes, ExportSweepJob, ExportSheets, ...SHEET_PROVIDERS],
})
export class ExportsModule {}
