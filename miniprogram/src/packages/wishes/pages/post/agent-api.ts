/**
 * What a grid worker needs to post for a resident (代办): the buildings and households of their
 * grid, and who lives in a household.
 */
import { LIMITS } from '@linli/shared';
import { api } from '@/services/api-client';
import type { Household, HouseholdResident, Place } from '@/services/api-types';

/** The buildings of a grid (names of places are public). */
export function gridBuildings(gridId: string): Promise<Place[]> {
  return api.get('/api/v1/places/{id}/children', { path: { id: gridId } });
}

/** Every household of a grid, page after page (a grid has a few dozen). */
export async function gridHouseholds(gridId: string): Promise<Household[]> {
  const all: Household[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get('/api/v1/places/{id}/households', { path: { id: gridId }, query: { cursor, limit: LIMITS.pageSizeMax } });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** The people of a household, adults first. */
export function householdResidents(householdId: string): Promise<HouseholdResident[]> {
  return api.get('/api/v1/households/{id}/members', { path: { id: householdId } });
}
