import { api } from './api-client';

/** The user's points balance in one community (积分 are counted per community). */
export async function myPointsBalance(communityId: string): Promise<number> {
  const summary = await api.get('/api/v1/me/points', { query: { communityId } });
  return summary.balance;
}
