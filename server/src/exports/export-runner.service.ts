import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../database/ids';
import { ExportFiles } from './export-files';
import { ExportJob } from './export-job.entity';
import { ExportJobLeases } from './export-job-leases';
import { ExportScopes } from './export-scopes';
import { ExportSheets } from './sheets/export-sheets';
import { XlsxSheetWriter } from './xlsx-sheet-writer';

/** Rows read, written and reported per step; the lease is renewed after each. */
export const EXPORT_BATCH_ROWS = 500;

/** Why a run stopped before the file was complete. */
type Interrupted = 'lease_lost' | 'shutting_down';

/**
 * Writes export jobs to .xlsx files. A job is claimed by a conditional UPDATE (so two instances
 * never write the same job at once), read from the database in keyset batches and streamed row
 * by row into exceljs's WorkbookWriter, so memory stays flat however many rows there are.
 */
@Injectable()
export class ExportRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ExportRunner.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly leases: ExportJobLeases,
    private readonly files: ExportFiles,
    private readonly scopes: ExportScopes,
    private readonly sheets: ExportSheets,
  ) {}

  /** Runs a job in the background (right after it is asked for); the request does not wait for it. */
  start(jobId: string): void {
    if (this.stopping) return;
    const run = this.run(jobId)
      .catch((error: Error) => this.logger.error(`export ${jobId}: ${error.message}`))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Claims and writes one job; true when this call finished it. */
  async run(jobId: string): Promise<boolean> {
    if (this.stopping) return false;
    const token = newId();
    if (!(await this.leases.claim(jobId, token))) return false;
    const job = await this.dataSource.getRepository(ExportJob).findOneByOrFail({ id: jobId });
    const key = this.files.keyOf(job.id, token);
    let finished = false;
    try {
      const written = await this.write(job, token, key);
      if (written === 'shutting_down') await this.leases.release(job.id, token);
      if (typeof written !== 'number') return false;
      await this.files.publish(key);
      finished = await this.leases.finish(job.id, token, { key, bytes: await this.files.size(key), rows: written });
      return finished;
    } catch (error) {
      this.logger.error(`export ${job.id} failed: ${(error as Error).stack ?? String(error)}`);
      await this.leases.fail(job.id, token, 'EXPORT_FAILED');
      return false;
    } finally {
      if (!finished) await this.files.remove(key);
    }
  }

  /** Lets runs in progress stop at their next batch and hand their jobs back, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
  }

  /** The number of rows written, or why it stopped early. */
  private async write(job: ExportJob, token: string, key: string): Promise<number | Interrupted> {
    const sheet = this.sheets.of(job.kind);
    const scope = await this.scopes.of(job);
    const total = await sheet.count(scope);
    if (!(await this.leases.progress(job.id, token, 0, total))) return 'lease_lost';

    const writer = new XlsxSheetWriter(await this.files.pathForWriting(key), sheet.title, sheet.columns(scope));
    let written = 0;
    let after: string | null = null;
    try {
      for (;;) {
        if (this.stopping) return 'shutting_down';
        const rows = await sheet.batch(scope, after, EXPORT_BATCH_ROWS);
        if (rows.length === 0) break;
        writer.add(await sheet.cells(scope, rows));
        written += rows.length;
        after = rows[rows.length - 1].id;
        // Rows added since the count make the total grow rather than the progress pass 100%.
        if (!(await this.leases.progress(job.id, token, written, Math.max(total, written)))) return 'lease_lost';
        if (rows.length < EXPORT_BATCH_ROWS) break;
        await writer.drain();
      }
    } finally {
      // Always closes the file; an interrupted one is deleted by run().
      await writer.close();
    }
    return written;
  }
}
