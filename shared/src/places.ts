/** The administrative tree 五级治理: district 区 → street 街道 → community 社区 → grid 网格 → building 楼栋. */
export enum PlaceLevel {
  District = 'district',
  Street = 'street',
  Community = 'community',
  Grid = 'grid',
  Building = 'building',
}

export const PLACE_LEVELS_TOP_DOWN: readonly PlaceLevel[] = [
  PlaceLevel.District,
  PlaceLevel.Street,
  PlaceLevel.Community,
  PlaceLevel.Grid,
  PlaceLevel.Building,
];

export const PLACE_LEVEL_LABELS: Record<PlaceLevel, string> = {
  [PlaceLevel.District]: '区',
  [PlaceLevel.Street]: '街道',
  [PlaceLevel.Community]: '社区',
  [PlaceLevel.Grid]: '网格',
  [PlaceLevel.Building]: '楼栋',
};

/** How people are attached to an exclusive unit (household 户). */
export enum HouseholdRelation {
  Owner = 'owner',
  Resident = 'resident',
  Tenant = 'tenant',
}

export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelation, string> = {
  [HouseholdRelation.Owner]: '业主',
  [HouseholdRelation.Resident]: '家庭成员',
  [HouseholdRelation.Tenant]: '租户',
};

/** Who holds the title to an exclusive unit, as the Art. 278 headcount rule needs it. */
export enum OwnerKind {
  Person = 'person',
  Developer = 'developer',
}
