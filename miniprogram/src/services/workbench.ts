/** 社区工作台: the approval queue across every job (待办) and the dashboard of a community or a street. */
import { api } from './api-client';
import type { BulkApproval, Dashboard, QueueCounts, QueueKind, QueuePage } from './api-types';

/** What waits for the secretary, oldest first across the kinds (or of one kind). */
export function queuePage(communityId: string, kind: QueueKind | undefined, cursor?: string): Promise<QueuePage> {
  return api.get('/api/v1/communities/{communityId}/queue', { path: { communityId }, query: { kind, cursor } });
}

/** How many items wait, in all and per kind (the badge on 我的). */
export function queueCounts(communityId: string): Promise<QueueCounts> {
  return api.get('/api/v1/communities/{communityId}/queue/counts', { path: { communityId } });
}

/** Approves items as they stand (≤ 50, bulk-approvable kinds only); each lands or fails on its own. */
export function approveInBulk(communityId: string, items: { kind: QueueKind; id: string }[]): Promise<BulkApproval> {
  return api.post('/api/v1/communities/{communityId}/queue/approvals', { path: { communityId }, body: { items } });
}

/** The figures and 12-month series of a community, or of a street with a line per community. */
export function dashboardOf(placeId: string): Promise<Dashboard> {
  return api.get('/api/v1/places/{placeId}/dashboard', { path: { placeId } });
}
