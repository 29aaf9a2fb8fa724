import { Role } from '../roles';
import { isWithin, placeIdsOnPath } from './place-tree';

/** One of a user's role grants, with the materialised path of the place it was granted on. */
export interface HeldGrant {
  role: Role;
  placePath: string;
}

/**
 * The roles a user holds over a place: those granted on the place itself or on one of its
 * ancestors (a grant covers everything below its place). Answered from the user's grants in
 * memory, so one read of the grants serves every check of a request.
 */
export function rolesOver(grants: readonly HeldGrant[], placePath: string): Set<Role> {
  return new Set(grants.filter((g) => isWithin(placePath, g.placePath)).map((g) => g.role));
}

/** As rolesOver, and grants on any place inside it count too (a street's wall for its communities' members). */
export function rolesOverOrWithin(grants: readonly HeldGrant[], placePath: string): Set<Role> {
  return new Set(grants.filter((g) => isWithin(placePath, g.placePath) || isWithin(g.placePath, placePath)).map((g) => g.role));
}

export function holdsAnyOf(held: ReadonlySet<Role>, wanted: readonly Role[]): boolean {
  return wanted.some((role) => held.has(role));
}

/** The ids of the places inside `placePath` (or it itself) on which the user holds `role`: e.g. a grid worker's grids in a community. */
export function placesHeldWithin(grants: readonly HeldGrant[], role: Role, placePath: string): string[] {
  return grants
    .filter((g) => g.role === role && isWithin(g.placePath, placePath))
    .map((g) => placeIdsOnPath(g.placePath).slice(-1)[0])
    .filter((id, index, ids) => ids.indexOf(id) === index);
}
