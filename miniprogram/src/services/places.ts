/** The place tree and who lives where (names of places are public; households and residents are for those who keep them). */
import { LIMITS } from '@linli/shared';
import { api } from './api-client';
import type { Flat, Household, HouseholdResident, Place } from './api-types';

export function getPlace(id: string): Promise<Place> {
  return api.get('/api/v1/places/{id}', { path: { id } });
}

/** The places right under one, e.g. the buildings of a grid. */
export function childPlaces(id: string): Promise<Place[]> {
  return api.get('/api/v1/places/{id}/children', { path: { id } });
}

/** Every household of a grid or building, page after page (a grid has a few dozen). */
export async function allHouseholds(placeId: string): Promise<Household[]> {
  const all: Household[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get('/api/v1/places/{id}/households', { path: { id: placeId }, query: { cursor, limit: LIMITS.pageSizeMax } });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** A building's flats by label (anyone in the community: naming households in a topic's scope). */
export function buildingFlats(buildingId: string): Promise<Flat[]> {
  return api.get('/api/v1/places/{id}/flats', { path: { id: buildingId } });
}

/** The people of a household, adults first (a grid worker posting a wish for one of them). */
export function householdResidents(householdId: string): Promise<HouseholdResident[]> {
  return api.get('/api/v1/households/{id}/members', { path: { id: householdId } });
}
