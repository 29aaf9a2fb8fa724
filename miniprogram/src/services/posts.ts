/** 先锋岗: posts and their shifts, claims with a waiting list, check-in and out, hours and points. */
import { api } from './api-client';
import type {
  CheckInCode,
  CheckProof,
  ConfirmHours,
  CreatePost,
  MyShift,
  Post,
  ServiceHours,
  ShiftBoardQuery,
  ShiftClaim,
  ShiftPage,
  ShiftPlan,
  ShiftRoster,
  UpdatePost,
  UpdateShift,
} from './api-types';

/** Open shifts of a community by start time: of a type, from a day (YYYY-MM-DD, Beijing). */
export function shiftBoard(communityId: string, query: ShiftBoardQuery = {}): Promise<ShiftPage> {
  return api.get('/api/v1/communities/{communityId}/shifts', { path: { communityId }, query });
}

export function getPost(id: string): Promise<Post> {
  return api.get('/api/v1/posts/{id}', { path: { id } });
}

export function createPost(communityId: string, body: CreatePost): Promise<Post> {
  return api.post('/api/v1/communities/{communityId}/posts', { path: { communityId }, body });
}

export function updatePost(id: string, body: UpdatePost): Promise<Post> {
  return api.patch('/api/v1/posts/{id}', { path: { id }, body });
}

export function addShift(postId: string, body: ShiftPlan): Promise<Post> {
  return api.post('/api/v1/posts/{id}/shifts', { path: { id: postId }, body });
}

/** Capacity (never below the seats taken) or, while nobody has claimed it, the times. */
export function updateShift(id: string, body: UpdateShift): Promise<Post> {
  return api.patch('/api/v1/shifts/{id}', { path: { id }, body });
}

export function cancelShift(id: string, reason: string): Promise<Post> {
  return api.post('/api/v1/shifts/{id}/cancellation', { path: { id }, body: { reason } });
}

/** A seat, or the waiting list when the shift is full. */
export function claimShift(shiftId: string): Promise<ShiftClaim> {
  return api.post('/api/v1/shifts/{id}/claims', { path: { id: shiftId } });
}

export function cancelClaim(claimId: string): Promise<ShiftClaim> {
  return api.post('/api/v1/shift-claims/{id}/cancellation', { path: { id: claimId } });
}

export function removeClaim(claimId: string, reason: string): Promise<ShiftClaim> {
  return api.post('/api/v1/shift-claims/{id}/removal', { path: { id: claimId }, body: { reason } });
}

/** Proof of presence: the scanned QR content (or the typed code), or the phone's location. */
export function checkIn(shiftId: string, proof: CheckProof): Promise<ShiftClaim> {
  return api.post('/api/v1/shifts/{id}/check-in', { path: { id: shiftId }, body: proof });
}

export function checkOut(shiftId: string, proof: CheckProof): Promise<ShiftClaim> {
  return api.post('/api/v1/shifts/{id}/check-out', { path: { id: shiftId }, body: proof });
}

/** The rotating code to show on site; fetch again before `expiresAt`. */
export function checkInCode(shiftId: string): Promise<CheckInCode> {
  return api.get('/api/v1/shifts/{id}/check-in-code', { path: { id: shiftId } });
}

export function shiftRoster(shiftId: string): Promise<ShiftRoster> {
  return api.get('/api/v1/shifts/{id}/claims', { path: { id: shiftId } });
}

/** Confirms the computed hours of every checked-out member (secretary). */
export function confirmAllHours(shiftId: string): Promise<ShiftRoster> {
  return api.post('/api/v1/shifts/{id}/hours-confirmation', { path: { id: shiftId } });
}

/** Confirms one member's computed hours (no minutes), or sets the minutes with a reason (secretary). */
export function confirmHours(claimId: string, body: ConfirmHours = {}): Promise<ShiftClaim> {
  return api.post('/api/v1/shift-claims/{id}/hours', { path: { id: claimId }, body });
}

export function myShifts(when: 'upcoming' | 'past' = 'upcoming'): Promise<MyShift[]> {
  return api.get('/api/v1/me/shift-claims', { query: { when } });
}

export function myServiceHours(communityId: string): Promise<ServiceHours> {
  return api.get('/api/v1/me/service-hours', { query: { communityId } });
}
