import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { DomainError } from '../errors/domain-error';
import { AccessService, ScopedPlace } from './access.service';
import { ROLE_REQUIREMENT, RoleRequirement, ScopeSource } from './require-role.decorator';

export interface ScopedRequest {
  user: AuthUser;
  /** The place the guard checked the caller's role over; handlers may rely on it. */
  scopePlace?: ScopedPlace;
}

@Injectable()
export class RoleInScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.get<RoleRequirement | undefined>(ROLE_REQUIREMENT, context.getHandler());
    if (!requirement) return true;
    const request = context.switchToHttp().getRequest();
    const place = await this.resolvePlace(requirement.scope, request);
    const allowed = requirement.orBelow
      ? await this.access.holdsAnyRoleOverOrWithin(request.user.id, requirement.roles, place)
      : await this.access.holdsAnyRoleOver(request.user.id, requirement.roles, place);
    if (!allowed) {
      // Records outside the caller's scope are reported as missing, not as forbidden.
      throw new DomainError(requirement.scope.kind === 'entity' ? requirement.scope.notFound : 'ACCESS_DENIED');
    }
    (request as ScopedRequest).scopePlace = place;
    return true;
  }

  private async resolvePlace(scope: ScopeSource, request: Record<string, any>): Promise<ScopedPlace> {
    if (scope.kind === 'place') {
      const placeId = request[scope.from]?.[scope.key];
      if (placeId === undefined || placeId === '') throw missingField(scope.key);
      if (typeof placeId !== 'string' || placeId.length > 64) throw new DomainError('PLACE_NOT_FOUND');
      return this.access.requirePlace(placeId);
    }
    const id = request.params?.[scope.param];
    const row =
      typeof id === 'string' && id.length <= 64
        ? await this.dataSource.getRepository(scope.entity).findOne({ select: { [scope.placeColumn]: true }, where: { id } })
        : null;
    const placeId = row?.[scope.placeColumn];
    const place = typeof placeId === 'string' ? await this.access.findPlace(placeId) : null;
    if (!place) throw new DomainError(scope.notFound);
    return place;
  }
}

/** The guard runs before validation, so it names a missing scope field itself. */
function missingField(field: string): DomainError {
  const message = `${field}：必须填写`;
  return new DomainError('VALIDATION_FAILED', [{ field, rule: 'isDefined', message }], `提交的内容有误：${message}`);
}
