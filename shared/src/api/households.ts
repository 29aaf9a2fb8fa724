import { HouseholdRelation } from '../places';

/** How a person without a phone of their own agreed to be kept in the app by the grid worker (代管居民). */
export enum ConsentMethod {
  Oral = 'oral',
  Written = 'written',
}

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  [ConsentMethod.Oral]: '口头同意',
  [ConsentMethod.Written]: '书面同意',
};

/** One person found by the grid worker's search: where they live and how to reach them. */
export interface PersonMatchView {
  userId: string;
  name: string;
  /** In full for the secretary and the grid worker (they call residents); masked for anyone else. */
  phone: string | null;
  householdId: string;
  flat: string;
  buildingName: string;
  relation: HouseholdRelation;
  /** False for a person kept by the grid worker (代管居民): no WeChat account yet. */
  hasAccount: boolean;
}

/** A person living in a flat as its keepers see it. */
export interface FlatResidentView {
  userId: string;
  name: string;
  phone: string | null;
  relation: HouseholdRelation;
  kinship: string | null;
  isAdult: boolean;
  /** YYYY-MM-DD, when known. */
  movedIn: string | null;
  hasAccount: boolean;
  /** For a person kept without an account: how they agreed, who recorded it and when. */
  consent: { method: ConsentMethod; recordedBy: string; recordedAt: string } | null;
}

/** Someone who lived in the flat and moved out: the flat's history. */
export interface PastResidentView {
  userId: string;
  name: string;
  relation: HouseholdRelation;
  movedIn: string | null;
  movedOut: string;
}

export interface FlatPeopleView {
  householdId: string;
  flat: string;
  buildingName: string;
  residents: FlatResidentView[];
  past: PastResidentView[];
}

/** What moving a person out ended with it (what depended on their living there). */
export interface MoveOutView {
  householdId: string;
  userId: string;
  movedOut: string;
  /** Their resident role in the community ended (they live nowhere else there). */
  residentRoleEnded: boolean;
  /** Pending registrations that named this flat, now flagged for the reviewer. */
  registrationsFlagged: number;
}
