import { LIMITS } from '@linli/shared';
import { communityMemberRegistrations } from '@/services/member-registrations';
import { communityUnitRegistrations } from '@/services/unit-registrations';

/** How many member and unit registrations await a decision ("100+" past one full page). */
export async function pendingCounts(communityId: string): Promise<{ member: string; unit: string }> {
  const query = { status: 'pending' as const, limit: LIMITS.pageSizeMax };
  const [member, unit] = await Promise.all([communityMemberRegistrations(communityId, query), communityUnitRegistrations(communityId, query)]);
  const count = (page: { items: unknown[]; nextCursor: string | null }) => `${page.items.length}${page.nextCursor ? '+' : ''}`;
  return { member: count(member), unit: count(unit) };
}
