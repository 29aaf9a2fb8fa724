import { HouseholdRelation, OwnerKind, PlaceLevel } from '../places';
import { Role } from '../roles';

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: MeView;
}

export interface PlaceRef {
  id: string;
  name: string;
  level: PlaceLevel;
}

export interface RoleGrantView {
  id: string;
  userId: string;
  role: Role;
  place: PlaceRef;
  grantedAt: string;
}

export interface MyHouseholdView {
  householdId: string;
  label: string;
  relation: HouseholdRelation;
  building: PlaceRef;
  community: PlaceRef;
}

export interface MeView {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  /** Masked (138****5678): the full number never leaves the server in a profile. */
  phoneMasked: string | null;
  careMode: boolean;
  homeHouseholdId: string | null;
  households: MyHouseholdView[];
  roles: RoleGrantView[];
  /** Every community the user belongs to, by household or by role: the mini-program's community switcher. */
  communities: PlaceRef[];
}

export interface PlaceView extends PlaceRef {
  parentId: string | null;
}

/** A flat as anyone in the community may see it (to name households in a topic's scope): no owner, no area. */
export interface FlatView {
  id: string;
  /** e.g. "2单元 301". */
  label: string;
}

export interface HouseholdView {
  id: string;
  label: string;
  buildingId: string;
  communityId: string;
  /** Registered exclusive floor area in m², exactly two decimals ("89.50"). */
  area: string;
  ownerName: string | null;
  ownerKind: OwnerKind | null;
}

export interface DevUserView {
  id: string;
  displayName: string;
  /** What this demo user is for, e.g. "东湖社区 书记". */
  description: string;
}
