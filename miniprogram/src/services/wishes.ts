/** 微心愿: the wall, a wish's life from posting to 已圆梦, and the secretary's review. */
import { api } from './api-client';
import type {
  ApproveWish,
  CoClaimerCandidate,
  ConfirmWish,
  PostWish,
  WallQuery,
  WishContact,
  WishCounts,
  WishHistory,
  WishManage,
  WishPage,
  WishPhoto,
  WishPublic,
} from './api-types';

export function communityWall(communityId: string, query: WallQuery = {}): Promise<WishPage> {
  return api.get('/api/v1/communities/{communityId}/wishes', { path: { communityId }, query });
}

/** Every community of a street: for members who help beyond their own community (newest first). */
export function streetWall(streetId: string, query: Omit<WallQuery, 'sort'> = {}): Promise<WishPage> {
  return api.get('/api/v1/streets/{streetId}/wishes', { path: { streetId }, query });
}

export function wishCounts(communityId: string): Promise<WishCounts> {
  return api.get('/api/v1/communities/{communityId}/wishes/counts', { path: { communityId } });
}

export function getWish(id: string): Promise<WishPublic> {
  return api.get('/api/v1/wishes/{id}', { path: { id } });
}

/** With the beneficiary's details: for the poster, the beneficiary, their agent and the secretary. */
export function getWishPrivate(id: string): Promise<WishManage> {
  return api.get('/api/v1/wishes/{id}/private', { path: { id } });
}

/** Who to deliver to and how to reach them: only the live claimer, only while the claim lasts. */
export function getWishContact(id: string): Promise<WishContact> {
  return api.get('/api/v1/wishes/{id}/contact', { path: { id } });
}

/** What happened to the wish, oldest first: for its poster, beneficiary, agent, claimer and secretary (403 for others). */
/** My proof photos of a wish I claimed, also those not public yet (403 for anyone but the claimer). */
export function getMyProofs(id: string): Promise<WishPhoto[]> {
  return api.get('/api/v1/wishes/{id}/my-proofs', { path: { id } });
}

export function getWishHistory(id: string): Promise<WishHistory> {
  return api.get('/api/v1/wishes/{id}/history', { path: { id } });
}

export function postWish(body: PostWish): Promise<WishManage> {
  return api.post('/api/v1/wishes', { body });
}

export function myWishes(): Promise<WishManage[]> {
  return api.get('/api/v1/me/wishes');
}

export function myWishClaims(): Promise<WishPublic[]> {
  return api.get('/api/v1/me/wish-claims');
}

/** Party members of the wish's community I may invite into a 帮帮团. */
export function coClaimerCandidates(id: string): Promise<CoClaimerCandidate[]> {
  return api.get('/api/v1/wishes/{id}/co-claimer-candidates', { path: { id } });
}

export function claimWish(id: string, coClaimerIds?: string[]): Promise<WishPublic> {
  return api.post('/api/v1/wishes/{id}/claims', { path: { id }, body: coClaimerIds?.length ? { coClaimerIds } : {} });
}

export function cancelWishClaim(id: string): Promise<WishPublic> {
  return api.post('/api/v1/wishes/{id}/claim-cancellation', { path: { id } });
}

export function fulfilWish(id: string, note: string): Promise<WishPublic> {
  return api.post('/api/v1/wishes/{id}/fulfilment', { path: { id }, body: { note } });
}

export function confirmWish(id: string, body: ConfirmWish): Promise<WishManage> {
  return api.post('/api/v1/wishes/{id}/confirmation', { path: { id }, body });
}

export function withdrawWish(id: string): Promise<WishManage> {
  return api.post('/api/v1/wishes/{id}/withdrawal', { path: { id } });
}

/** Wishes waiting for the secretary, oldest first. */
export function wishReviewQueue(communityId: string, cursor?: string) {
  return api.get('/api/v1/communities/{communityId}/wishes/review', { path: { communityId }, query: { cursor } });
}

export function approveWish(id: string, body: ApproveWish = {}): Promise<WishManage> {
  return api.post('/api/v1/wishes/{id}/approval', { path: { id }, body });
}

export function rejectWish(id: string, reason: string): Promise<WishManage> {
  return api.post('/api/v1/wishes/{id}/rejection', { path: { id }, body: { reason } });
}

/** Makes a photo public (the secretary has checked it shows no face or private detail). */
export function approveWishPhoto(photoId: string) {
  return api.post('/api/v1/wish-photos/{photoId}/approval', { path: { photoId } });
}
