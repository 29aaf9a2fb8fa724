import { Injectable } from '@nestjs/common';
import { ExportStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { ExportJob } from './export-job.entity';

/** How long a worker owns a job without reporting progress; renewed after every batch. */
export const EXPORT_LEASE_MS = 2 * 60 * 1000;
/** Workers that may take a job before it is given up (a job that crashes every worker). */
export const EXPORT_MAX_ATTEMPTS = 3;

/**
 * Every change of an export job's state, each one conditional UPDATE: claimed only while queued
 * or abandoned, and afterwards written only by the worker holding the lease token. Run through
 * TransactionRunner so that on SQLite's one shared connection they never land inside another
 * request's open transaction.
 */
@Injectable()
export class ExportJobLeases {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Takes a queued job, or a running one whose worker stopped renewing its lease. */
  claim(jobId: string, token: string, now = new Date()): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ status: ExportStatus.Running, leaseToken: token, leaseUntil: leaseEnd(now), attempts: () => 'attempts + 1', startedAt: now, rowsDone: 0 })
        .where('id = :jobId AND attempts < :max', { jobId, max: EXPORT_MAX_ATTEMPTS })
        .andWhere('(status = :queued OR (status = :running AND lease_until < :now))', { queued: ExportStatus.Queued, running: ExportStatus.Running, now }),
    );
  }

  /** Records progress and extends the lease; false when another worker has taken the job over. */
  progress(jobId: string, token: string, rowsDone: number, rowsTotal: number): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ rowsDone, rowsTotal, leaseUntil: leaseEnd(new Date()) })
        .where('id = :jobId AND lease_token = :token AND status = :running', { jobId, token, running: ExportStatus.Running }),
    );
  }

  /** Hands a job back unfinished (the server is shutting down): queued again, the attempt not counted. */
  release(jobId: string, token: string): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ status: ExportStatus.Queued, leaseToken: null, leaseUntil: null, rowsDone: 0, attempts: () => 'attempts - 1' })
        .where('id = :jobId AND lease_token = :token AND status = :running', { jobId, token, running: ExportStatus.Running }),
    );
  }

  /** The file is written: the job is done, its slot freed, the row points at this worker's file. */
  finish(jobId: string, token: string, file: { key: string; bytes: number; rows: number }): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({
          status: ExportStatus.Done,
          activeSlot: null,
          fileKey: file.key,
          fileBytes: file.bytes,
          rowsDone: file.rows,
          rowsTotal: file.rows,
          leaseToken: null,
          leaseUntil: null,
          finishedAt: new Date(),
        })
        .where('id = :jobId AND lease_token = :token AND status = :running', { jobId, token, running: ExportStatus.Running }),
    );
  }

  fail(jobId: string, token: string, errorCode: string): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ status: ExportStatus.Failed, activeSlot: null, errorCode, leaseToken: null, leaseUntil: null, finishedAt: new Date() })
        .where('id = :jobId AND lease_token = :token AND status = :running', { jobId, token, running: ExportStatus.Running }),
    );
  }

  /** Gives up jobs that every allowed worker abandoned, so their owners' slots free up. */
  async giveUpAbandoned(now = new Date()): Promise<number> {
    return this.transactions.run(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ status: ExportStatus.Failed, activeSlot: null, errorCode: 'EXPORT_FAILED', leaseToken: null, leaseUntil: null, finishedAt: now })
        .where('attempts >= :max', { max: EXPORT_MAX_ATTEMPTS })
        .andWhere('(status = :queued OR (status = :running AND lease_until < :now))', { queued: ExportStatus.Queued, running: ExportStatus.Running, now })
        .execute();
      return result.affected ?? 0;
    });
  }

  /** A done job past its retention: the row says expired before the file goes, so no one is sent to a missing file. */
  expire(jobId: string, finishedBefore: Date): Promise<boolean> {
    return this.update((m) =>
      m
        .createQueryBuilder()
        .update(ExportJob)
        .set({ status: ExportStatus.Expired, fileKey: null })
        .where('id = :jobId AND status = :done AND finished_at < :finishedBefore', { jobId, done: ExportStatus.Done, finishedBefore }),
    );
  }

  private update(statement: (manager: EntityManager) => { execute(): Promise<{ affected?: number | null }> }): Promise<boolean> {
    return this.transactions.run(async (manager) => (await statement(manager).execute()).affected === 1);
  }
}

function leaseEnd(now: Date): Date {
  return new Date(now.getTime() + EXPORT_LEASE_MS);
}
