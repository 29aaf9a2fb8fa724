/** 住户: the grid worker's (and secretary's) people of the flats they keep — find, add, correct, move out. */
import { api } from './api-client';
import type { components } from './api-schema';

type Schemas = components['schemas'];
export type PersonMatch = Schemas['PersonMatchDto'];
export type FlatPeople = Schemas['FlatPeopleDto'];
export type FlatResident = Schemas['FlatResidentDto'];
export type AddPerson = Schemas['AddPersonDto'];
export type CorrectPerson = Schemas['CorrectPersonDto'];
export type MoveOutResult = Schemas['MoveOutResultDto'];

/** People living in a community, grid or building, by name, phone tail or flat. */
export function searchPeople(placeId: string, q: string): Promise<PersonMatch[]> {
  return api.get('/api/v1/places/{id}/people', { path: { id: placeId }, query: { q } });
}

export function flatPeople(householdId: string): Promise<FlatPeople> {
  return api.get('/api/v1/households/{id}/people', { path: { id: householdId } });
}

export function addPerson(householdId: string, body: AddPerson): Promise<FlatResident> {
  return api.post('/api/v1/households/{id}/people', { path: { id: householdId }, body });
}

export function correctPerson(householdId: string, userId: string, body: CorrectPerson): Promise<FlatResident> {
  return api.patch('/api/v1/households/{id}/people/{userId}', { path: { id: householdId, userId }, body });
}

export function moveOut(householdId: string, userId: string, movedOut: string): Promise<MoveOutResult> {
  return api.post('/api/v1/households/{id}/people/{userId}/move-out', { path: { id: householdId, userId }, body: { movedOut } });
}
