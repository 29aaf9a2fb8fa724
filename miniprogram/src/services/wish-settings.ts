/** 心愿规则: a community's wish rules (value cap, deadlines, points); the secretary edits them. */
import { api } from './api-client';
import type { UpdateWishSettings, WishSettings } from './api-types';

/** The rules in force (the defaults until the secretary changes them); anyone in the community. */
export function getWishSettings(communityId: string): Promise<WishSettings> {
  return api.get('/api/v1/communities/{communityId}/wish-settings', { path: { communityId } });
}

/** Replaces the rules (secretary); resolves to them as saved, with who saved them and when. */
export function updateWishSettings(communityId: string, body: UpdateWishSettings): Promise<WishSettings> {
  return api.put('/api/v1/communities/{communityId}/wish-settings', { path: { communityId }, body });
}
