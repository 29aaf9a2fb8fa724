/** 入户: find a flat (QR code or picker) and join it; a verified phone matching the register joins at once. */
import Taro from '@tarojs/taro';
import { session } from '@/state/session';
import { api, apiUrl, authHeader, failure } from './api-client';
import { ApiError } from './api-error';
import { refreshMe } from './profile';
import type { components } from './api-schema';

type Schemas = components['schemas'];
export type JoinPlace = Schemas['JoinPlaceDto'];
export type JoinChoice = Schemas['JoinChoiceDto'];
export type JoinRequest = Schemas['JoinRequestDto'];
export type JoinResult = Schemas['JoinResultDto'];

/** What a QR code's p=<placeId> names: a building or one flat, with the building's flats. */
export function joinPlace(placeId: string): Promise<JoinPlace> {
  return api.get('/api/v1/join/places/{placeId}', { path: { placeId } });
}

export function joinCommunities(): Promise<JoinChoice[]> {
  return api.get('/api/v1/join/communities');
}

export function joinBuildings(communityId: string): Promise<JoinChoice[]> {
  return api.get('/api/v1/join/communities/{communityId}/buildings', { path: { communityId } });
}

export function myJoinRequests(): Promise<JoinRequest[]> {
  return api.get('/api/v1/me/join-requests');
}

/**
 * Joins a flat. When the register vouched for the person, the server answers with the session of
 * the register's person (who they are from now on): it replaces the current one.
 */
export async function joinHousehold(body: { householdId: string; communityId?: string; name: string; phoneCode?: string }): Promise<JoinResult> {
  const result = await api.post('/api/v1/join', { body });
  if (result.outcome === 'joined' && result.token) {
    const current = session.get().me;
    if (current) session.signIn({ token: result.token, expiresAt: result.expiresAt ?? '', user: current });
    await refreshMe();
  }
  return result;
}

/** One join request, for the grid worker of its grid or the secretary (the phone in full). */
export function getJoinRequest(id: string): Promise<JoinRequest> {
  return api.get('/api/v1/join-requests/{id}', { path: { id } });
}

export function approveJoinRequest(id: string): Promise<JoinRequest> {
  return api.post('/api/v1/join-requests/{id}/approval', { path: { id } });
}

/** The applicant is told the reason. */
export function refuseJoinRequest(id: string, reason: string): Promise<JoinRequest> {
  return api.post('/api/v1/join-requests/{id}/refusal', { path: { id }, body: { reason } });
}

/**
 * 扫码入户 in the mini-program: WeChat's own code for a building or a flat (a PNG the server gets
 * from wxacode.getUnlimited), downloaded with the session's header; resolves to a local file to show.
 */
export async function joinCodeFile(placeId: string, kind: 'building' | 'flat'): Promise<string> {
  const path = kind === 'building' ? '/api/v1/places/{id}/join-code' : '/api/v1/households/{id}/join-code';
  const token = session.get().token;
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({ url: apiUrl(path, { path: { id: placeId } }), header: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw failure(result.statusCode, null, token);
  return result.tempFilePath;
}
