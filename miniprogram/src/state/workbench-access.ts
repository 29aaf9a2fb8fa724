/**
 * Who gets the 社区工作台 (workbench), read from the role grants: the community's secretary
 * works its queue and points; a street officer watches the street and each community in it;
 * the admin may stand in for either. Grants cover the places below them (see @linli/shared).
 */
import { Role } from '@linli/shared';
import type { Me, PlaceRef } from '@/services/api-types';
import { holdsRoleIn } from './community-roles';
import { useSession } from './session';

export interface WorkbenchAccess {
  /** Holds any workbench role anywhere: 我的 shows the 社区工作台 group. */
  any: boolean;
  /** May approve, keep points and moderate in the community being looked at. */
  keeperHere: boolean;
  /**
   * Reads the community's 待办: its keeper, or a grid worker (who finds there only the wishes of their
   * grids waiting for a confirmation in the resident's place, 待代确认; the server narrows it).
   */
  queueHere: boolean;
  /** The streets the user oversees as a street officer. */
  streets: PlaceRef[];
}

function grantsOf(me: Me | null, role: Role): PlaceRef[] {
  return me?.roles.filter((grant) => grant.role === role).map((grant) => grant.place) ?? [];
}

export function workbenchAccess(me: Me | null, community: PlaceRef | null): WorkbenchAccess {
  const isAdmin = grantsOf(me, Role.Admin).length > 0;
  const streets = grantsOf(me, Role.StreetOfficer).filter((place) => place.level === 'street');
  const secretaryOf = grantsOf(me, Role.Secretary);
  const keeperHere = !!community && (isAdmin || holdsRoleIn(me, Role.Secretary, community));
  return {
    any: isAdmin || streets.length > 0 || secretaryOf.length > 0,
    keeperHere,
    // 副书记 approves in the secretary's place (APPROVER_ROLES): the queue and its approval pages are hers too.
    queueHere: keeperHere || holdsRoleIn(me, Role.Deputy, community) || (!!community && grantsOf(me, Role.GridWorker).length > 0),
    streets,
  };
}

/** The workbench access of the signed-in user in the current community, re-rendering on change. */
export function useWorkbenchAccess(): WorkbenchAccess {
  const { me, community } = useSession();
  return workbenchAccess(me, community);
}
