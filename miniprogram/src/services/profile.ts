import { session } from '@/state/session';
import { api } from './api-client';
import type { components } from './api-schema';
import type { Me } from './api-types';

export type ProfileChanges = components['schemas']['UpdateProfileDto'];

/** Fetches the profile again (roles, households and care mode may have changed elsewhere). */
export async function refreshMe(): Promise<Me> {
  const me = await api.get('/api/v1/me');
  session.setMe(me);
  return me;
}

export async function updateProfile(changes: ProfileChanges): Promise<Me> {
  const me = await api.patch('/api/v1/me', { body: changes });
  session.setMe(me);
  return me;
}

/**
 * Turns 关怀模式 on or off. The change shows at once (the switch must not lag for someone who
 * needs large type) and is undone if the server refuses it.
 */
export async function setCareMode(careMode: boolean): Promise<void> {
  const before = session.get().me;
  if (!before) return;
  session.setMe({ ...before, careMode });
  try {
    await updateProfile({ careMode });
  } catch (error) {
    const current = session.get().me;
    if (current) session.setMe({ ...current, careMode: before.careMode });
    throw error;
  }
}
