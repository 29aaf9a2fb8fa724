import { PLACE_LEVELS_TOP_DOWN, PlaceLevel } from '../places';

/** The level a child of `parent` must have; null for a building (households hang below it). */
export function childLevelOf(parent: PlaceLevel): PlaceLevel | null {
  const index = PLACE_LEVELS_TOP_DOWN.indexOf(parent);
  return PLACE_LEVELS_TOP_DOWN[index + 1] ?? null;
}

/** A place may only hang directly below the level above it; only districts are roots. */
export function isValidParent(child: PlaceLevel, parent: PlaceLevel | null): boolean {
  if (parent === null) return child === PlaceLevel.District;
  return childLevelOf(parent) === child;
}

/**
 * Places carry a materialised path of their ancestors' ids and their own: "/d/s/c/".
 * It lets "is A inside B" and "which grants cover A" be answered from one row, with no recursion.
 */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The ids on a path, root first, the place itself last. */
export function placeIdsOnPath(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/** The community a place lies in (itself if it is one); null for a district or street. */
export function communityIdOnPath(path: string): string | null {
  return placeIdsOnPath(path)[PLACE_LEVELS_TOP_DOWN.indexOf(PlaceLevel.Community)] ?? null;
}

export function isWithin(placePath: string, ancestorPath: string): boolean {
  return placePath.startsWith(ancestorPath);
}
