/** Work units (工作单位 / 驻区单位) and, for their contact person, the unit's reported members. */
import { api } from './api-client';
import type { WorkUnit } from './api-types';

/** Units approved on some community's joint committee whose name contains `q`. */
export function searchWorkUnits(q: string): Promise<WorkUnit[]> {
  return api.get('/api/v1/work-units', { query: { q } });
}

/** The units I am the approved contact person of. */
export function myWorkUnits(): Promise<WorkUnit[]> {
  return api.get('/api/v1/me/work-units');
}

/** A unit's reported members with their service record for `year`. */
export function unitMembers(unitId: string, year: number, cursor?: string) {
  return api.get('/api/v1/work-units/{unitId}/members', { path: { unitId }, query: { year, cursor } });
}
