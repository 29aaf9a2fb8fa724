import { Injectable } from '@nestjs/common';
import { HeldGrant, holdsAnyOf, Role, rolesOver } from '@linli/shared';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Place } from '../../places/place.entity';
import { quoted, selectRows } from '../../database/plain-sql';
import { DomainError } from '../errors/domain-error';

export type ScopedPlace = Pick<Place, 'id' | 'path' | 'level'>;

/**
 * Answers "does user U hold one of roles R over place P?". A grant on P or on any ancestor of P
 * counts; P's materialised path lists those ancestors, so the answer comes from U's grants (each
 * with its place's path, one indexed read) compared in memory by the pure rules in shared.
 *
 * The reads here run on every request, so they are plain SQL (see database/plain-sql.ts).
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async findPlace(placeId: string): Promise<ScopedPlace | null> {
    const rows = await selectRows<ScopedPlace>(this.dataSource.manager, 'SELECT id, path, level FROM place WHERE id = ?', [placeId]);
    return rows[0] ?? null;
  }

  async requirePlace(placeId: string): Promise<ScopedPlace> {
    const place = await this.findPlace(placeId);
    if (!place) throw new DomainError('PLACE_NOT_FOUND');
    return place;
  }

  /**
   * The place a request acts on and the caller's grants, read together in one statement (the
   * guard's, on every request): the place by id, or the place a row belongs to through its
   * `placeColumn`, joined with each of the caller's grants. Null when the place or row is missing.
   */
  async scopeOf(
    userId: string,
    source: { placeId: string } | { entity: EntityTarget<ObjectLiteral>; id: string; placeColumn: string },
  ): Promise<{ place: ScopedPlace; grants: HeldGrant[] } | null> {
    const manager = this.dataSource.manager;
    const grantsJoin = 'LEFT JOIN role_grant g ON g.user_id = ? LEFT JOIN place gp ON gp.id = g.place_id';
    const select = 'SELECT p.id, p.path, p.level, g.role, gp.path AS grant_path';
    type Row = ScopedPlace & { role: Role | null; grant_path: string | null };
    let rows: Row[];
    if ('placeId' in source) {
      rows = await selectRows<Row>(manager, `${select} FROM place p ${grantsJoin} WHERE p.id = ?`, [userId, source.placeId]);
    } else {
      const metadata = this.dataSource.getMetadata(source.entity);
      const column = metadata.findColumnWithPropertyName(source.placeColumn);
      if (!column) throw new Error(`${metadata.name} has no column ${source.placeColumn}`);
      const from = `${quoted(manager, metadata.tablePath)} e JOIN place p ON p.id = e.${quoted(manager, column.databaseName)}`;
      rows = await selectRows<Row>(manager, `${select} FROM ${from} ${grantsJoin} WHERE e.id = ?`, [userId, source.id]);
    }
    if (rows.length === 0) return null;
    const { id, path, level } = rows[0];
    const grants = rows.filter((r) => r.role !== null && r.grant_path !== null).map((r) => ({ role: r.role!, placePath: r.grant_path! }));
    return { place: { id, path, level }, grants };
  }

  /** Every role grant the user holds, with the path of the place it is on. */
  async grantsOf(userId: string): Promise<HeldGrant[]> {
    return selectRows<HeldGrant>(
      this.dataSource.manager,
      'SELECT g.role AS role, p.path AS placePath FROM role_grant g JOIN place p ON p.id = g.place_id WHERE g.user_id = ?',
      [userId],
    );
  }

  async rolesHeldOver(userId: string, place: ScopedPlace): Promise<Set<Role>> {
    return rolesOver(await this.grantsOf(userId), place.path);
  }

  async holdsAnyRoleOver(userId: string, roles: readonly Role[], place: ScopedPlace): Promise<boolean> {
    if (roles.length === 0) return false;
    return holdsAnyOf(await this.rolesHeldOver(userId, place), roles);
  }

  async assertAnyRoleOver(userId: string, roles: readonly Role[], place: ScopedPlace): Promise<void> {
    if (!(await this.holdsAnyRoleOver(userId, roles, place))) throw new DomainError('ACCESS_DENIED');
  }
}
