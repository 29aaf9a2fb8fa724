/** 积分: balances, rankings, the ledger (with reversals) and the community's points rules. */
import { api } from './api-client';
import type { PointsEntry, PointsEntryPage, PointsPeriod, PointsRules, RankingRow, UnitRankingRow, UpdatePointsRules } from './api-types';

/** The user's points balance in one community (积分 are counted per community). */
export async function myPointsBalance(communityId: string): Promise<number> {
  const summary = await api.get('/api/v1/me/points', { query: { communityId } });
  return summary.balance;
}

/** My ledger in a community, newest first. */
export function myPointsEntries(communityId: string, cursor?: string): Promise<PointsEntryPage> {
  return api.get('/api/v1/me/points/entries', { query: { communityId, cursor } });
}

/** A member's balance in the community (secretary, street officer). */
export async function memberPointsBalance(communityId: string, userId: string): Promise<number> {
  const summary = await api.get('/api/v1/communities/{communityId}/points/members/{userId}', { path: { communityId, userId } });
  return summary.balance;
}

/** A member's ledger in the community, newest first (secretary, street officer). */
export function memberPointsEntries(communityId: string, userId: string, cursor?: string): Promise<PointsEntryPage> {
  return api.get('/api/v1/communities/{communityId}/points/members/{userId}/entries', { path: { communityId, userId }, query: { cursor } });
}

/** Reverses an entry with a new negative one, once per entry (secretary). */
export function reversePointsEntry(id: string, reason: string): Promise<PointsEntry> {
  return api.post('/api/v1/points/entries/{id}/reversal', { path: { id }, body: { reason } });
}

export function pointsRanking(communityId: string, period: PointsPeriod, limit = 50): Promise<RankingRow[]> {
  return api.get('/api/v1/communities/{communityId}/points/ranking', { path: { communityId }, query: { period, limit } });
}

/** Work units ranked by what their reported members earned here. */
export function unitPointsRanking(communityId: string, period: PointsPeriod, limit = 50): Promise<UnitRankingRow[]> {
  return api.get('/api/v1/communities/{communityId}/points/unit-ranking', { path: { communityId }, query: { period, limit } });
}

export function getPointsRules(communityId: string): Promise<PointsRules> {
  return api.get('/api/v1/communities/{communityId}/points/rules', { path: { communityId } });
}

/** Sets the rate per hour for new posts and the daily cap (null: none); secretary. */
export function updatePointsRules(communityId: string, body: UpdatePointsRules): Promise<PointsRules> {
  return api.put('/api/v1/communities/{communityId}/points/rules', { path: { communityId }, body });
}
