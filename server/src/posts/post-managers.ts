import { Injectable } from '@nestjs/common';
import { RegistrationStatus, Role } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { Post } from './post.entity';

type ManagedPost = Pick<Post, 'communityId' | 'publisherUnitId'>;

export interface ManagerScope {
  secretary: boolean;
  /** The unit the user is the approved contact of, in this community. */
  unitId: string | null;
}

export function managesPost(scope: ManagerScope, post: ManagedPost): boolean {
  return scope.secretary || (scope.unitId !== null && scope.unitId === post.publisherUnitId);
}

/** Who publishes posts: the community's secretary, or the contact of a unit approved there (单位报到). */
export const PUBLISHER_ROLES = [Role.Secretary, Role.UnitContact];

/**
 * Who manages a post (edits it, plans and cancels shifts, shows the check-in code, sees the
 * roster): the secretary of its community, or the current contact of the unit that published it.
 * A unit contact never manages another unit's or the community's own posts.
 */
@Injectable()
export class PostManagers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async canManage(userId: string, post: ManagedPost): Promise<boolean> {
    return managesPost(await this.scopeOf(userId, post.communityId), post);
  }

  /** What the user may manage in a community, worked out once for a whole page of posts. */
  async scopeOf(userId: string, communityId: string): Promise<ManagerScope> {
    const community = await this.access.requirePlace(communityId);
    if (await this.access.holdsAnyRoleOver(userId, [Role.Secretary], community)) return { secretary: true, unitId: null };
    if (!(await this.access.holdsAnyRoleOver(userId, [Role.UnitContact], community))) return { secretary: false, unitId: null };
    return { secretary: false, unitId: await this.unitOf(userId, communityId) };
  }

  async assertCanManage(userId: string, post: ManagedPost): Promise<void> {
    if (!(await this.canManage(userId, post))) throw new DomainError('POST_NOT_MANAGER');
  }

  /** The unit a contact speaks for in a community: their approved unit registration there. */
  async unitOf(userId: string, communityId: string): Promise<string | null> {
    const registration = await this.dataSource.getRepository(UnitRegistration).findOne({
      select: { id: true, unitId: true },
      where: { contactUserId: userId, communityId, status: RegistrationStatus.Approved },
    });
    return registration?.unitId ?? null;
  }
}
