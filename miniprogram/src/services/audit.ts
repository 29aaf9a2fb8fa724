/** 操作记录: who did what, when, in a place and everything inside it. */
import { api } from './api-client';
import type { AuditPage, AuditQuery } from './api-types';

/** Newest first; `action` is an area ("wish") or one action ("wish.approve"), dates YYYY-MM-DD inclusive. */
export function auditPage(placeId: string, query: AuditQuery): Promise<AuditPage> {
  return api.get('/api/v1/places/{placeId}/audit', { path: { placeId }, query });
}
