import { useState } from 'react';
import { useLoad } from '@/hooks/useLoad';
import type { PlaceRef } from '@/services/api-types';
import { childPlaces } from '@/services/places';
import { useSession } from '@/state/session';
import { useWorkbenchAccess, type WorkbenchAccess } from '@/state/workbench-access';

/**
 * The places whose dashboard, audit trail and exports the user may see: each street they oversee
 * followed by its communities, then the community they look at if they keep it (secretary, admin).
 */
async function watchedPlaces(access: WorkbenchAccess, community: PlaceRef | null): Promise<PlaceRef[]> {
  const streets = await Promise.all(
    access.streets.map(async (street) => {
      const children = await childPlaces(street.id);
      return [street, ...children.filter((c) => c.level === 'community').map(({ id, name, level }) => ({ id, name, level }))];
    }),
  );
  const places = streets.flat();
  if (access.keeperHere && community && !places.some((p) => p.id === community.id)) places.push(community);
  return places;
}

/** The places to choose from and the chosen one (the first: a street officer's street, else the community). */
export function useWatchedPlaces() {
  const { community } = useSession();
  const access = useWorkbenchAccess();
  const key = `${access.streets.map((s) => s.id).join(',')}|${access.keeperHere ? community?.id : ''}`;
  const places = useLoad(() => watchedPlaces(access, community), [key]);
  const [chosenId, choose] = useState<string | null>(null);
  const options = places.loaded.state === 'ready' ? places.loaded.data : [];
  const chosen = options.find((p) => p.id === chosenId) ?? options[0] ?? null;
  return { places, options, chosen, choose };
}
