/** 单位报到 (a work unit reporting to the community where it is stationed, by its contact person). */
import { api } from './api-client';
import type { SubmitUnitRegistration, UnitRegistration } from './api-types';
import type { ReviewListQuery } from './review-list-query';

/** The caller becomes the unit's contact person. */
export function submitUnitRegistration(body: SubmitUnitRegistration): Promise<UnitRegistration> {
  return api.post('/api/v1/unit-registrations', { body });
}

/** The registrations I submitted as contact person, newest first. */
export function myUnitRegistrations(): Promise<UnitRegistration[]> {
  return api.get('/api/v1/me/unit-registrations');
}

export function getUnitRegistration(id: string): Promise<UnitRegistration> {
  return api.get('/api/v1/unit-registrations/{id}', { path: { id } });
}

export function withdrawUnitRegistration(id: string): Promise<UnitRegistration> {
  return api.post('/api/v1/unit-registrations/{id}/withdrawal', { path: { id } });
}

export function approveUnitRegistration(id: string): Promise<UnitRegistration> {
  return api.post('/api/v1/unit-registrations/{id}/approval', { path: { id } });
}

export function rejectUnitRegistration(id: string, reason: string): Promise<UnitRegistration> {
  return api.post('/api/v1/unit-registrations/{id}/rejection', { path: { id }, body: { reason } });
}

/** A community's unit registrations for review, oldest first; no status lists them all. */
export function communityUnitRegistrations(communityId: string, query: ReviewListQuery = {}) {
  return api.get('/api/v1/communities/{communityId}/unit-registrations', { path: { communityId }, query });
}
