import { Injectable } from '@nestjs/common';
import { ALL_ROLES, canBeGrantedAt, grantersOf, LIMITS, Role, RoleGrantView } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { execute, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { CreateRoleGrantDto } from './dto/roles.dto';
import { RoleGrant } from './role-grant.entity';

@Injectable()
export class RolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Grants a role over a place. The caller must hold a role that may grant it (GRANTABLE_BY),
   * over that place. Granting what already exists returns the existing grant (safe to retry).
   */
  async grant(actorId: string, body: CreateRoleGrantDto): Promise<RoleGrantView> {
    const place = await this.dataSource.getRepository(Place).findOne({ where: { id: body.placeId } });
    if (!place) throw new DomainError('PLACE_NOT_FOUND');
    if (!(await this.access.holdsAnyRoleOver(actorId, grantersOf(body.role), place))) throw new DomainError('ROLE_GRANT_FORBIDDEN');
    if (!canBeGrantedAt(body.role, place.level)) throw new DomainError('ROLE_LEVEL_MISMATCH');
    if ((await this.dataSource.getRepository(User).count({ where: { id: body.userId } })) === 0) throw new DomainError('ROLE_USER_NOT_FOUND');

    const grant = { id: newId(), userId: body.userId, role: body.role, placeId: place.id, grantedBy: actorId };
    try {
      // The grant and its audit record commit together.
      await this.transactions.run(async (manager) => {
        await manager.insert(RoleGrant, grant);
        await this.audit.record(manager, { actorId, action: 'role.grant', targetType: 'role_grant', targetId: grant.id, placeId: place.id, after: grant });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const stored = await this.dataSource.getRepository(RoleGrant).findOneOrFail({ where: { userId: body.userId, role: body.role, placeId: place.id } });
    return { id: stored.id, userId: stored.userId, role: stored.role, place: toPlaceRef(place), grantedAt: stored.createdAt.toISOString() };
  }

  async revoke(actorId: string, grantId: string): Promise<void> {
    const grant = await this.dataSource.getRepository(RoleGrant).findOne({ where: { id: grantId } });
    const place = grant ? await this.access.findPlace(grant.placeId) : null;
    if (!grant || !place) throw new DomainError('ROLE_GRANT_NOT_FOUND');
    if (!(await this.access.holdsAnyRoleOver(actorId, grantersOf(grant.role), place))) {
      // Someone with no standing at that place does not learn that the grant exists.
      const seesPlace = await this.access.holdsAnyRoleOver(actorId, ALL_ROLES, place);
      throw new DomainError(seesPlace ? 'ROLE_GRANT_FORBIDDEN' : 'ROLE_GRANT_NOT_FOUND');
    }
    // The delete decides: only the request that actually removed the row writes the audit record.
    await this.transactions.run(async (manager) => {
      if (grant.role === Role.Secretary) {
        // A community always keeps a secretary. Every revocation of one first writes the place's guard,
        // so two secretaries revoking each other at once conflict (on one server or across a cluster) and
        // the second, reading what is committed after that write, finds herself the last.
        await execute(manager, 'UPDATE place SET write_guard = write_guard + 1 WHERE id = ?', [grant.placeId]);
        const secretaries = await selectRows<{ id: string }>(manager, 'SELECT id FROM role_grant WHERE place_id = ? AND role = ?', [
          grant.placeId,
          Role.Secretary,
        ]);
        if (secretaries.some((s) => s.id === grantId) && secretaries.length <= 1) throw new DomainError('ROLE_LAST_SECRETARY');
      }
      const affected = await execute(manager, 'DELETE FROM role_grant WHERE id = ?', [grantId]);
      if (!affected) throw new DomainError('ROLE_GRANT_NOT_FOUND');
      await this.audit.record(manager, { actorId, action: 'role.revoke', targetType: 'role_grant', targetId: grantId, placeId: grant.placeId, before: grant });
    });
  }

  /** Grants on a place and everything below it, a page at a time (one join on the place path). */
  async list(place: ScopedPlace, cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const after = decodeCursor(cursor);
    const query = this.dataSource
      .getRepository(RoleGrant)
      .createQueryBuilder('g')
      .innerJoinAndMapOne('g.place', Place, 'p', 'p.id = g.placeId')
      .innerJoinAndMapOne('g.user', User, 'u', 'u.id = g.userId')
      .where('p.path LIKE :prefix', { prefix: `${place.path}%` })
      .orderBy('g.id', 'ASC')
      .take(limit + 1);
    if (after) query.andWhere('g.id > :after', { after });
    const rows = (await query.getMany()) as (RoleGrant & { place: Place; user: User })[];
    const page = pageOf(rows, limit, (g) => g.id);
    return {
      // The secretary's 角色 page names who holds each role.
      items: page.items.map((g) => ({
        id: g.id,
        userId: g.userId,
        userName: g.user.displayName,
        role: g.role,
        place: toPlaceRef(g.place),
        grantedAt: g.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
