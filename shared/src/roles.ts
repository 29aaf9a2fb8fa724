/**
 * Roles are always held over a place (role in scope), never globally.
 * A grant on a place covers every place below it in the tree.
 */
export enum Role {
  Resident = 'resident',
  PartyMember = 'party_member',
  GridWorker = 'grid_worker',
  /** The contact person of a work unit approved on the community's joint committee (单位报到). */
  UnitContact = 'unit_contact',
  Secretary = 'secretary',
  StreetOfficer = 'street_officer',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Resident]: '居民',
  [Role.PartyMember]: '在职党员',
  [Role.GridWorker]: '网格员',
  [Role.UnitContact]: '单位联络员',
  [Role.Secretary]: '社区书记',
  [Role.StreetOfficer]: '街道干部',
  [Role.Admin]: '管理员',
};

/** Any role that makes someone part of a place (used for views open to everyone there). */
export const MEMBER_ROLES: readonly Role[] = ALL_ROLES;
