import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { EXPORT_RULES, ExportStatus } from '@linli/shared';
import { DataSource, LessThan } from 'typeorm';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { ExportFiles } from './export-files';
import { ExportJob } from './export-job.entity';
import { ExportJobLeases } from './export-job-leases';
import { ExportRunner } from './export-runner.service';

/** Jobs picked up per sweep; the rest wait for the next one. */
const JOBS_PER_SWEEP = 10;
const EXPIRIES_PER_SWEEP = 200;
const HOUR = 60 * 60 * 1000;

/**
 * On the sweep interval: runs jobs nobody is running (queued ones whose instance stopped before
 * starting them, and running ones whose worker stopped renewing its lease), gives up jobs that
 * failed every attempt, and deletes files past their retention. Safe on every instance at once:
 * each job is claimed by a conditional UPDATE, each expiry is one too.
 */
@Injectable()
export class ExportSweepJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly dataSource: DataSource,
    private readonly leases: ExportJobLeases,
    private readonly runner: ExportRunner,
    private readonly files: ExportFiles,
  ) {
    super('export-sweep', config, scheduler);
  }

  async sweep(now = new Date()): Promise<{ ran: number; expired: number }> {
    await this.leases.giveUpAbandoned(now);
    const waiting = await this.dataSource.getRepository(ExportJob).find({
      select: { id: true },
      where: [{ status: ExportStatus.Queued }, { status: ExportStatus.Running, leaseUntil: LessThan(now) }],
      order: { id: 'ASC' },
      take: JOBS_PER_SWEEP,
    });
    let ran = 0;
    for (const job of waiting) if (await this.runner.run(job.id)) ran++;
    return { ran, expired: await this.expire(now) };
  }

  private async expire(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - EXPORT_RULES.fileRetentionHours * HOUR);
    const old = await this.dataSource.getRepository(ExportJob).find({
      select: { id: true, fileKey: true },
      where: { status: ExportStatus.Done, finishedAt: LessThan(cutoff) },
      take: EXPIRIES_PER_SWEEP,
    });
    let expired = 0;
    for (const job of old) {
      if (!(await this.leases.expire(job.id, cutoff))) continue;
      if (job.fileKey) await this.files.remove(job.fileKey);
      expired++;
    }
    // Files no row points at (a worker that died mid-write), with an hour's margin over the retention.
    await this.files.removeOlderThan(new Date(cutoff.getTime() - HOUR));
    return expired;
  }
}
