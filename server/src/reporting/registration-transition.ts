import { ErrorCode, registrationConflict, RegistrationAction, registrationSlot, registrationSources, registrationTarget, RegistrationStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { MemberRegistration } from './member-registration.entity';
import { UnitRegistration } from './unit-registration.entity';

type RegistrationEntity = typeof MemberRegistration | typeof UnitRegistration;

export interface TransitionRequest {
  id: string;
  action: RegistrationAction;
  /** Extra columns written with the new status (decided_by, reject_reason…). */
  set?: Record<string, unknown>;
  /** Extra condition on the row, e.g. that the caller is its applicant. */
  andWhere?: { sql: string; params: Record<string, unknown> };
  notFound: ErrorCode;
  /**
   * Write the slot of the new status now (default) or leave it NULL for the caller to set once an
   * older registration has left that slot (approval supersedes the previous approved one).
   */
  deferSlot?: boolean;
}

/**
 * Applies one state-machine transition as a single conditional UPDATE: the row changes only if it
 * is still in a source state, so of two racing decisions exactly one matches. The loser is told
 * what happened instead (withdrawn, already decided, ended).
 */
export async function applyTransition(manager: EntityManager, entity: RegistrationEntity, request: TransitionRequest): Promise<void> {
  const to = registrationTarget(request.action);
  const query = manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...request.set, status: to, slot: request.deferSlot ? null : registrationSlot(to) } as never)
    .where('id = :id AND status IN (:...from)', { id: request.id, from: [...registrationSources(request.action)] });
  if (request.andWhere) query.andWhere(request.andWhere.sql, request.andWhere.params);
  const result = await query.execute();
  if (result.affected === 1) return;
  const current = await manager.getRepository(entity).findOne({ select: { id: true, status: true }, where: { id: request.id } });
  if (!current) throw new DomainError(request.notFound);
  throw new DomainError(registrationConflict(current.status as RegistrationStatus), { status: current.status });
}
