/** 个人报到 (a Party member's double reporting to the community where they live). */
import { api } from './api-client';
import type { MemberRegistration, SubmitMemberRegistration } from './api-types';
import type { ReviewListQuery } from './review-list-query';

export function submitMemberRegistration(body: SubmitMemberRegistration): Promise<MemberRegistration> {
  return api.post('/api/v1/member-registrations', { body });
}

/** Mine, newest first: the first is the current one, the rest is history. */
export function myMemberRegistrations(): Promise<MemberRegistration[]> {
  return api.get('/api/v1/me/member-registrations');
}

export function getMemberRegistration(id: string): Promise<MemberRegistration> {
  return api.get('/api/v1/member-registrations/{id}', { path: { id } });
}

export function withdrawMemberRegistration(id: string): Promise<MemberRegistration> {
  return api.post('/api/v1/member-registrations/{id}/withdrawal', { path: { id } });
}

export function approveMemberRegistration(id: string): Promise<MemberRegistration> {
  return api.post('/api/v1/member-registrations/{id}/approval', { path: { id } });
}

export function rejectMemberRegistration(id: string, reason: string): Promise<MemberRegistration> {
  return api.post('/api/v1/member-registrations/{id}/rejection', { path: { id }, body: { reason } });
}

/** A community's registrations for review, oldest first; no status lists them all. */
export function communityMemberRegistrations(communityId: string, query: ReviewListQuery = {}) {
  return api.get('/api/v1/communities/{communityId}/member-registrations', { path: { communityId }, query });
}
