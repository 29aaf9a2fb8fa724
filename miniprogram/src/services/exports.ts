/** 导出: Excel exports of a community or street over a date range, written in the background. */
import { api } from './api-client';
import type { ExportJob, ExportJobPage, ExportKind } from './api-types';
import { downloadXlsx } from './download';

export function startExport(placeId: string, kind: ExportKind, from: string, to: string): Promise<ExportJob> {
  return api.post('/api/v1/places/{placeId}/exports', { path: { placeId }, body: { kind, from, to } });
}

/** A job and its progress (the requester's own). */
export function getExport(id: string): Promise<ExportJob> {
  return api.get('/api/v1/exports/{id}', { path: { id } });
}

/** My exports of the place, newest first. */
export function myExports(placeId: string, cursor?: string): Promise<ExportJobPage> {
  return api.get('/api/v1/places/{placeId}/exports', { path: { placeId }, query: { cursor } });
}

/** Saves (H5) or opens (WeChat) a finished export's .xlsx. */
export function downloadExport(job: ExportJob): Promise<void> {
  return downloadXlsx('/api/v1/exports/{id}/file', { path: { id: job.id } }, job.fileName);
}
