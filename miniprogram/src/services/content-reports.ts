/** 举报处理: wishes and topics residents reported, for the community's secretary to hide or dismiss. */
import { api } from './api-client';
import type { ReportedContent, ReportedContentPage, ReportStatus } from './api-types';

/** Reported items in one state (open by default), oldest first. */
export function reportedContent(communityId: string, status: ReportStatus, cursor?: string): Promise<ReportedContentPage> {
  return api.get('/api/v1/communities/{communityId}/content-reports', { path: { communityId }, query: { status, cursor } });
}

/** Hides it for good, with a reason its author sees. */
export function hideReported(id: string, reason: string): Promise<ReportedContent> {
  return api.post('/api/v1/content-reports/{id}/hiding', { path: { id }, body: { reason } });
}

/** Nothing wrong found: the reports are closed (a new reporter opens it again). */
export function dismissReported(id: string): Promise<ReportedContent> {
  return api.post('/api/v1/content-reports/{id}/dismissal', { path: { id } });
}
