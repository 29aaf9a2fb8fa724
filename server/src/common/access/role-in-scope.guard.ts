import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { holdsAnyOf, Role, rolesOver, rolesOverOrWithin } from '@linli/shared';
import { AuthUser } from '../auth/auth-user';
import { DomainError } from '../errors/domain-error';
import { AccessService, ScopedPlace } from './access.service';
import { ROLE_REQUIREMENT, RoleRequirement, ScopeSource } from './require-role.decorator';

export interface ScopedRequest {
  user: AuthUser;
  /** The place the guard checked the caller's role over; handlers may rely on it. */
  scopePlace?: ScopedPlace;
  /** Every role the caller holds over scopePlace (granted on it or above it), so handlers need not read grants again. */
  scopeRoles?: ReadonlySet<Role>;
}

/** What the guard reads: parsed params, query and body are whatever the client sent. */
type ScopeRequest = ScopedRequest & Partial<Record<'params' | 'query' | 'body', Record<string, unknown> | null>>;

@Injectable()
export class RoleInScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.get<RoleRequirement | undefined>(ROLE_REQUIREMENT, context.getHandler());
    if (!requirement) return true;
    const request = context.switchToHttp().getRequest<ScopeRequest>();
    const { place, grants } = await this.resolveScope(requirement.scope, request);
    const roles = rolesOver(grants, place.path);
    const allowed = holdsAnyOf(requirement.orBelow ? rolesOverOrWithin(grants, place.path) : roles, requirement.roles);
    if (!allowed) {
      // Records outside the caller's scope are reported as missing, not as forbidden.
      throw new DomainError(requirement.scope.kind === 'entity' ? requirement.scope.notFound : 'ACCESS_DENIED');
    }
    (request as ScopedRequest).scopePlace = place;
    (request as ScopedRequest).scopeRoles = roles;
    return true;
  }

  private async resolveScope(scope: ScopeSource, request: ScopeRequest) {
    const userId = request.user.id;
    if (scope.kind === 'place') {
      const placeId = request[scope.from]?.[scope.key];
      if (placeId === undefined || placeId === '') throw missingField(scope.key);
      if (typeof placeId !== 'string' || placeId.length > 64) throw new DomainError('PLACE_NOT_FOUND');
      const found = await this.access.scopeOf(userId, { placeId });
      if (!found) throw new DomainError('PLACE_NOT_FOUND');
      return found;
    }
    const id = request.params?.[scope.param];
    const found =
      typeof id === 'string' && id.length <= 64 ? await this.access.scopeOf(userId, { entity: scope.entity, id, placeColumn: scope.placeColumn }) : null;
    if (!found) throw new DomainError(scope.notFound);
    return found;
  }
}

/** The guard runs before validation, so it names a missing scope field itself. */
function missingField(field: string): DomainError {
  const message = `${field}：必须填写`;
  return new DomainError('VALIDATION_FAILED', [{ field, rule: 'isDefined', message }], `提交的内容有误：${message}`);
}
