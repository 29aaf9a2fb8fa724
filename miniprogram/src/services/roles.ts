/** 角色: the secretary grants and revokes grid worker, 楼栋长 and 副书记 in her community. */
import { api } from './api-client';
import type { components } from './api-schema';

type Schemas = components['schemas'];
export type RoleGrantPage = Schemas['RoleGrantPageDto'];
export type Grant = Schemas['RoleGrantDto'];

export function roleGrants(placeId: string, cursor?: string): Promise<RoleGrantPage> {
  return api.get('/api/v1/places/{placeId}/role-grants', { path: { placeId }, query: { cursor } });
}

export function grantRole(body: Schemas['CreateRoleGrantDto']): Promise<Grant> {
  return api.post('/api/v1/role-grants', { body });
}

export function revokeRole(id: string): Promise<void> {
  return api.delete('/api/v1/role-grants/{id}', { path: { id } });
}
