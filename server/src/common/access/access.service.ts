import { Injectable } from '@nestjs/common';
import { placeIdsOnPath, Role } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { Place } from '../../places/place.entity';
import { RoleGrant } from '../../roles/role-grant.entity';
import { DomainError } from '../errors/domain-error';

export type ScopedPlace = Pick<Place, 'id' | 'path' | 'level'>;

/**
 * Answers "does user U hold one of roles R over place P?". A grant on P or on any ancestor of P
 * counts; P's materialised path lists those ancestors, so it is one indexed query.
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async findPlace(placeId: string): Promise<ScopedPlace | null> {
    return this.dataSource.getRepository(Place).findOne({ select: { id: true, path: true, level: true }, where: { id: placeId } });
  }

  async requirePlace(placeId: string): Promise<ScopedPlace> {
    const place = await this.findPlace(placeId);
    if (!place) throw new DomainError('PLACE_NOT_FOUND');
    return place;
  }

  async holdsAnyRoleOver(userId: string, roles: readonly Role[], place: ScopedPlace): Promise<boolean> {
    if (roles.length === 0) return false;
    const count = await this.dataSource.getRepository(RoleGrant).count({
      where: { userId, role: In([...roles]), placeId: In(placeIdsOnPath(place.path)) },
    });
    return count > 0;
  }

  /** As holdsAnyRoleOver, and a grant on any place inside P counts too (P's path prefixes theirs). */
  async holdsAnyRoleOverOrWithin(userId: string, roles: readonly Role[], place: ScopedPlace): Promise<boolean> {
    if (roles.length === 0) return false;
    const count = await this.dataSource
      .getRepository(RoleGrant)
      .createQueryBuilder('g')
      .innerJoin(Place, 'p', 'p.id = g.placeId')
      .where('g.userId = :userId AND g.role IN (:...roles)', { userId, roles: [...roles] })
      .andWhere('(g.placeId IN (:...above) OR p.path LIKE :within)', { above: placeIdsOnPath(place.path), within: `${place.path}%` })
      .getCount();
    return count > 0;
  }

  async assertAnyRoleOver(userId: string, roles: readonly Role[], place: ScopedPlace): Promise<void> {
    if (!(await this.holdsAnyRoleOver(userId, roles, place))) throw new DomainError('ACCESS_DENIED');
  }
}
