import { ErrorCode, EXPORT_RULES, exportProgress, ExportJobView, ExportStatus, PlaceRef } from '@linli/shared';
import { ExportJob } from './export-job.entity';

export function toExportJobView(job: ExportJob, place: PlaceRef): ExportJobView {
  const done = job.status === ExportStatus.Done;
  return {
    id: job.id,
    place,
    kind: job.kind,
    from: job.rangeFrom,
    to: job.rangeTo,
    status: job.status,
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    progress: exportProgress(job.rowsDone, job.rowsTotal, done || job.status === ExportStatus.Expired),
    fileName: job.fileName,
    fileBytes: done ? job.fileBytes : null,
    errorCode: (job.errorCode as ErrorCode | null) ?? null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: done && job.finishedAt ? new Date(job.finishedAt.getTime() + EXPORT_RULES.fileRetentionHours * 3_600_000).toISOString() : null,
  };
}
