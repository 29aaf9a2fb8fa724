import { RegistrationStatus } from '@linli/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ExportScope } from './export-sheet';

/** Registrations that put a member or unit in a community: approved, or approved and since ended. */
export const SERVED = [RegistrationStatus.Approved, RegistrationStatus.Ended];

/**
 * Restricts a registration query (alias `alias`) to those in force at some moment of the range:
 * approved before it ended and not ended before it began.
 */
export function inForceDuring<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, scope: ExportScope): SelectQueryBuilder<T> {
  return query
    .andWhere(`${alias}.communityId IN (:...communityIds)`, { communityIds: scope.communityIds })
    .andWhere(`${alias}.status IN (:...served)`, { served: SERVED })
    .andWhere(`${alias}.decidedAt < :end`, { end: scope.end })
    .andWhere(`(${alias}.endedAt IS NULL OR ${alias}.endedAt >= :start)`, { start: scope.start });
}
