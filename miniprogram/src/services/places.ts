/** The place tree (names of places are public). */
import { api } from './api-client';

export function getPlace(id: string) {
  return api.get('/api/v1/places/{id}', { path: { id } });
}
