/**
 * What the user may do in the community they are looking at, read from their role grants.
 * Party member, secretary and unit contact are granted on the community itself (see
 * ROLE_GRANT_LEVELS in @linli/shared), so a grant on the current community is what counts.
 */
import { Role } from '@linli/shared';
import type { Me, PlaceRef } from '@/services/api-types';
import { useSession } from './session';

export function holdsRoleIn(me: Me | null, role: Role, community: PlaceRef | null): boolean {
  if (!me || !community) return false;
  return me.roles.some((grant) => grant.role === role && grant.place.id === community.id);
}

export interface CommunityRoles {
  /** 在职党员: completed double reporting here; may claim wishes and posts. */
  isPartyMember: boolean;
  /** 社区书记: reviews the community's registrations and wishes. */
  isSecretary: boolean;
  /** 共建单位联络人: an approved unit's contact; may claim wishes for the unit. */
  isUnitContact: boolean;
  /** 网格员 of some grid: posts wishes for residents who cannot (代办). */
  isGridWorker: boolean;
  /** Lives in (or owns) a household of this community: may post a wish for themself. */
  livesHere: boolean;
}

/** The user's roles in the current community, re-rendering when the session changes. */
export function useCommunityRoles(): CommunityRoles {
  const { me, community } = useSession();
  return {
    isPartyMember: holdsRoleIn(me, Role.PartyMember, community),
    isSecretary: holdsRoleIn(me, Role.Secretary, community),
    isUnitContact: holdsRoleIn(me, Role.UnitContact, community),
    isGridWorker: me?.roles.some((grant) => grant.role === Role.GridWorker) ?? false,
    livesHere: !!community && (me?.households.some((h) => h.community.id === community.id) ?? false),
  };
}
