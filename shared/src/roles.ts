/**
 * Roles are always held over a place (role in scope), never globally.
 * A grant on a place covers every place below it in the tree.
 */
export enum Role {
  Resident = 'resident',
  PartyMember = 'party_member',
  GridWorker = 'grid_worker',
  /** 楼栋长: a resident who looks after one building's households with the grid worker. */
  BuildingLeader = 'building_leader',
  /** The contact person of a work unit approved on the community's joint committee (单位报到). */
  UnitContact = 'unit_contact',
  Secretary = 'secretary',
  /** 副书记 (or another member the secretary names) who may approve in the secretary's place. */
  Deputy = 'deputy',
  StreetOfficer = 'street_officer',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Resident]: '居民',
  [Role.PartyMember]: '在职党员',
  [Role.GridWorker]: '网格员',
  [Role.BuildingLeader]: '楼栋长',
  [Role.UnitContact]: '单位联络员',
  [Role.Secretary]: '社区书记',
  [Role.Deputy]: '副书记（可审批）',
  [Role.StreetOfficer]: '街道干部',
  [Role.Admin]: '管理员',
};

/** Any role that makes someone part of a place (used for views open to everyone there). */
export const MEMBER_ROLES: readonly Role[] = ALL_ROLES;

/**
 * Who decides what waits for approval in a community (registrations, wishes, hours, the queue):
 * the secretary, and the deputy she names. Every approval endpoint takes its list from here.
 */
export const APPROVER_ROLES: readonly Role[] = [Role.Secretary, Role.Deputy];

/** Who keeps the households of the places they hold a role over (search, flats, people). */
export const HOUSEHOLD_KEEPER_ROLES: readonly Role[] = [Role.Secretary, Role.GridWorker, Role.BuildingLeader];
