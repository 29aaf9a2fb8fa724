import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiParam } from '@nestjs/swagger';
import { ErrorCode, Role } from '@linli/shared';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { ErrorBodyDto } from '../errors/error-body';

/** Where the guard finds the place a request acts on. */
export type ScopeSource =
  | { kind: 'place'; from: 'params' | 'query' | 'body'; key: string }
  | {
      kind: 'entity';
      param: string;
      entity: EntityTarget<ObjectLiteral>;
      placeColumn: string;
      /** Returned both when the row does not exist and when it lies outside the caller's scope. */
      notFound: ErrorCode;
    };

export interface RoleRequirement {
  roles: readonly Role[];
  scope: ScopeSource;
  /**
   * Also let in callers whose role is on a place inside the scope, not only on it or above it:
   * for what is public to a whole area, e.g. a street's wish wall for the residents of its communities.
   */
  orBelow?: boolean;
}

export const ROLE_REQUIREMENT = 'linli:role-requirement';

/** The place id is in a route parameter, e.g. /communities/:communityId/... */
export const placeParam = (key: string): ScopeSource => ({ kind: 'place', from: 'params', key });
export const placeInBody = (key: string): ScopeSource => ({ kind: 'place', from: 'body', key });
export const placeInQuery = (key: string): ScopeSource => ({ kind: 'place', from: 'query', key });

/** The resource named by a route parameter belongs to the place in one of its columns. */
export const placeOf = <T extends ObjectLiteral>(entity: EntityTarget<T>, placeColumn: keyof T & string, notFound: ErrorCode, param = 'id'): ScopeSource => ({
  kind: 'entity',
  entity,
  placeColumn,
  notFound,
  param,
});

/**
 * Declares "the caller must hold one of these roles over the place this request belongs to".
 * Checked by RoleInScopeGuard before the handler runs.
 */
export const RequireRole = (roles: readonly Role[], scope: ScopeSource, options: { orBelow?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(ROLE_REQUIREMENT, { roles, scope, orBelow: options.orBelow } satisfies RoleRequirement),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: `需要以下角色之一：${roles.join(', ')}` }),
    // The guard reads the route parameter, so the handler may never name it: document it here.
    ...scopeParam(scope),
  );

function scopeParam(scope: ScopeSource): MethodDecorator[] {
  if (scope.kind === 'entity') return [ApiParam({ name: scope.param, type: String })];
  return scope.from === 'params' ? [ApiParam({ name: scope.key, type: String })] : [];
}
