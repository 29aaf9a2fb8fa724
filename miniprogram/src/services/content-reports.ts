/** 举报处理: wishes and topics residents reported, and photos waiting for a person, for the community's secretary. */
import { api } from './api-client';
import type { MediaCheck, MediaCheckPage, ReportedContent, ReportedContentPage, ReportStatus } from './api-types';

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

/** Uploaded photos no machine could judge, oldest first: a person passes or refuses each. */
export function photosAwaitingReview(communityId: string, cursor?: string): Promise<MediaCheckPage> {
  return api.get('/api/v1/communities/{communityId}/media-checks', { path: { communityId }, query: { cursor } });
}

/** Shows the photo, or refuses it for good with a reason (the uploader sees it was refused). */
export function reviewPhoto(id: string, pass: boolean, reason?: string): Promise<MediaCheck> {
  return api.post('/api/v1/media-checks/{id}/review', { path: { id }, body: pass ? { pass } : { pass, reason } });
}
