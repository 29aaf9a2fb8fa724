import { HOUSEHOLD_KEEPER_ROLES, Role } from '@linli/shared';
import type { Me, PlaceRef } from '@/services/api-types';

/**
 * The places whose households the user keeps: a grid worker's grids, a 楼栋长's building, a
 * secretary's community (each once, the narrowest first: that is where a grid worker works).
 */
export function keeperPlaces(me: Me | null): PlaceRef[] {
  const order: Role[] = [Role.GridWorker, Role.BuildingLeader, Role.Secretary];
  const places = (me?.roles ?? [])
    .filter((g) => HOUSEHOLD_KEEPER_ROLES.includes(g.role as Role))
    .sort((a, b) => order.indexOf(a.role as Role) - order.indexOf(b.role as Role))
    .map((g) => g.place);
  return places.filter((p, i) => places.findIndex((q) => q.id === p.id) === i);
}
