import { PlaceLevel } from '../places';
import { Role } from '../roles';

/**
 * Who may grant (and revoke) which role, over a place inside their own scope.
 * The street appoints community secretaries; a secretary appoints grid workers and
 * records residents; party_member is normally granted by an approved double reporting,
 * and the secretary may correct it by hand; unit_contact comes with an approved unit registration.
 * Within her community the secretary also names building leaders (楼栋长) and a deputy who may
 * approve in her place. Admins (per district) may grant anything.
 */
export const GRANTABLE_BY: Record<Role, readonly Role[]> = {
  [Role.Admin]: [
    Role.Admin,
    Role.StreetOfficer,
    Role.Secretary,
    Role.Deputy,
    Role.GridWorker,
    Role.BuildingLeader,
    Role.UnitContact,
    Role.PartyMember,
    Role.Resident,
  ],
  [Role.StreetOfficer]: [Role.Secretary, Role.Deputy, Role.GridWorker, Role.BuildingLeader, Role.Resident],
  [Role.Secretary]: [Role.Deputy, Role.GridWorker, Role.BuildingLeader, Role.PartyMember, Role.Resident],
  [Role.Deputy]: [],
  [Role.GridWorker]: [],
  [Role.BuildingLeader]: [],
  [Role.UnitContact]: [],
  [Role.PartyMember]: [],
  [Role.Resident]: [],
};

/** The roles that may grant `role`. */
export function grantersOf(role: Role): Role[] {
  return (Object.keys(GRANTABLE_BY) as Role[]).filter((granter) => GRANTABLE_BY[granter].includes(role));
}

/** The levels of the tree at which each role is granted (it then covers everything below). */
export const ROLE_GRANT_LEVELS: Record<Role, readonly PlaceLevel[]> = {
  [Role.Admin]: [PlaceLevel.District],
  [Role.StreetOfficer]: [PlaceLevel.Street],
  [Role.Secretary]: [PlaceLevel.Community],
  [Role.Deputy]: [PlaceLevel.Community],
  [Role.GridWorker]: [PlaceLevel.Community, PlaceLevel.Grid],
  [Role.BuildingLeader]: [PlaceLevel.Building],
  [Role.UnitContact]: [PlaceLevel.Community],
  [Role.PartyMember]: [PlaceLevel.Community],
  [Role.Resident]: [PlaceLevel.Community],
};

export function canBeGrantedAt(role: Role, level: PlaceLevel): boolean {
  return ROLE_GRANT_LEVELS[role].includes(level);
}
