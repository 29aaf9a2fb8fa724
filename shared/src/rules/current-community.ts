interface HasId {
  id: string;
}

export interface CommunityMembership<C extends HasId> {
  communities: C[];
  households: { householdId: string; community: HasId }[];
  homeHouseholdId: string | null;
}

/**
 * The community a user is looking at: the one they chose last time if they still belong to it,
 * else the community of their home household, else the first they belong to; null for none.
 */
export function chooseCommunity<C extends HasId>(me: CommunityMembership<C>, rememberedId: string | null): C | null {
  const homeCommunityId = me.households.find((h) => h.householdId === me.homeHouseholdId)?.community.id;
  return me.communities.find((c) => c.id === rememberedId) ?? me.communities.find((c) => c.id === homeCommunityId) ?? me.communities[0] ?? null;
}
