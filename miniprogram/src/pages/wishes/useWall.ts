import { useLoad } from '@/hooks/useLoad';
import { usePaged } from '@/hooks/usePaged';
import type { PlaceRef, WishCategory, WishStatus } from '@/services/api-types';
import { getPlace } from '@/services/places';
import { communityWall, streetWall } from '@/services/wishes';

export type WallScope = 'community' | 'street';
export type WallStatus = Extract<WishStatus, 'open' | 'claimed' | 'fulfilled' | 'confirmed'>;

export interface WallFilters {
  scope: WallScope;
  status: WallStatus;
  category: WishCategory | null;
  /** A street's wall is newest first only. */
  sort: 'newest' | 'urgent';
}

export const DEFAULT_FILTERS: WallFilters = { scope: 'community', status: 'open', category: null, sort: 'newest' };

/** The wall as the filters say: the community's, or its street's; a page at a time. */
export function useWall(community: PlaceRef | null, filters: WallFilters) {
  const communityId = community?.id ?? null;
  // The street is the community's parent in the place tree.
  const place = useLoad(() => (communityId ? getPlace(communityId) : Promise.resolve(null)), [communityId]);
  const streetId = place.loaded.state === 'ready' ? (place.loaded.data?.parentId ?? null) : null;
  const placeFailure = place.loaded.state === 'failed' ? place.loaded.error : null;

  const query = { status: filters.status, category: filters.category ?? undefined };
  const wall = usePaged(
    (cursor?: string) => {
      if (!communityId) return Promise.resolve({ items: [], nextCursor: null });
      if (filters.scope === 'street') {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the page's own load error, passed on as it came
        if (placeFailure) return Promise.reject(placeFailure);
        // Until the street is known (one request), the list waits rather than showing the community's.
        return streetId ? streetWall(streetId, { ...query, cursor }) : new Promise<never>(() => undefined);
      }
      return communityWall(communityId, { ...query, sort: filters.sort, cursor });
    },
    [communityId, streetId, placeFailure, filters.scope, filters.status, filters.category, filters.sort],
  );
  return wall;
}
