/**
 * Who is logged in: the token, their profile (MeView) and the community they are looking at.
 * One small store shared by every page and by the API client, persisted in local storage so a
 * restart keeps the user logged in and the profile (with care mode) is there before the first
 * network answer.
 */
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { chooseCommunity } from '@linli/shared';
import type { LoginResult, Me, PlaceRef } from '@/services/api-types';

const TOKEN_KEY = 'linli.token';
const ME_KEY = 'linli.me';
/** The chosen community is remembered per user: one phone can be shared by a household. */
const communityKey = (userId: string) => `linli.community.${userId}`;

export interface SessionState {
  token: string | null;
  me: Me | null;
  /** The community the user is looking at; null when they belong to none. */
  community: PlaceRef | null;
}

let state: SessionState = restore();
const listeners = new Set<() => void>();

function restore(): SessionState {
  const token = read<string>(TOKEN_KEY);
  const me = token ? read<Me>(ME_KEY) : null;
  return { token, me, community: me ? currentCommunity(me) : null };
}

function read<T>(key: string): T | null {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return value === '' || value === undefined ? null : (value as T);
  } catch {
    return null;
  }
}

function update(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** The remembered community, else home's, else the first (rule in @linli/shared). */
function currentCommunity(me: Me): PlaceRef | null {
  return chooseCommunity(me, read<string>(communityKey(me.id)));
}

export const session = {
  get: (): SessionState => state,

  subscribe(this: void, listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  signIn(result: LoginResult): void {
    Taro.setStorageSync(TOKEN_KEY, result.token);
    Taro.setStorageSync(ME_KEY, result.user);
    update({ token: result.token, me: result.user, community: currentCommunity(result.user) });
  },

  /** Replaces the profile with a fresher copy from the server. */
  setMe(me: Me): void {
    if (!state.token) return; // signed out while the request was in flight
    Taro.setStorageSync(ME_KEY, me);
    update({ ...state, me, community: currentCommunity(me) });
  },

  selectCommunity(communityId: string): void {
    const community = state.me?.communities.find((c) => c.id === communityId);
    if (!state.me || !community) return;
    Taro.setStorageSync(communityKey(state.me.id), community.id);
    update({ ...state, community });
  },

  /** Forgets the token and profile (the per-user community choice stays for next time). */
  signOut(): void {
    Taro.removeStorageSync(TOKEN_KEY);
    Taro.removeStorageSync(ME_KEY);
    update({ token: null, me: null, community: null });
  },
};

/** The session, re-rendering the component whenever it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}
