import {
  ErrorCode,
  registrationConflict,
  RegistrationAction,
  registrationSlot,
  registrationSources,
  registrationTarget,
  RegistrationStatus,
} from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { decodeCursor, pageOf } from '../common/http/page';
import { DomainError } from '../common/errors/domain-error';
import { MemberRegistration } from './member-registration.entity';
import { UnitRegistration } from './unit-registration.entity';

type RegistrationEntity = typeof MemberRegistration | typeof UnitRegistration;

export interface TransitionRequest {
  id: string;
  action: RegistrationAction;
  /** Extra columns written with the new status (decided_by, reject_reason…). */
  set?: Record<string, unknown>;
  /**
   * Only this applicant may make the transition (withdrawal). Anyone else is told the registration
   * does not exist, whatever its state.
   */
  applicant?: { column: 'user_id' | 'contact_user_id'; property: 'userId' | 'contactUserId'; userId: string };
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
    .set({ ...request.set, status: to, slot: request.deferSlot ? null : registrationSlot(to) })
    .where('id = :id AND status IN (:...from)', { id: request.id, from: [...registrationSources(request.action)] });
  if (request.applicant) query.andWhere(`${request.applicant.column} = :applicantId`, { applicantId: request.applicant.userId });
  const result = await query.execute();
  if (result.affected === 1) return;
  const current = (await manager.getRepository(entity).findOne({ where: { id: request.id } })) as Record<string, unknown> | null;
  if (!current) throw new DomainError(request.notFound);
  if (request.applicant && current[request.applicant.property] !== request.applicant.userId) throw new DomainError(request.notFound);
  throw new DomainError(registrationConflict(current.status as RegistrationStatus), { status: current.status });
}

/**
 * Rejects a pending registration with its reason, audited in the caller's transaction.
 * `kind` names the table and the audit action prefix.
 */
export async function rejectRegistration(
  manager: EntityManager,
  audit: AuditService,
  entity: RegistrationEntity,
  kind: 'member_registration' | 'unit_registration',
  actorId: string,
  id: string,
  reason: string,
): Promise<void> {
  await applyTransition(manager, entity, {
    id,
    action: RegistrationAction.Reject,
    notFound: 'REGISTRATION_NOT_FOUND',
    set: { decidedBy: actorId, decidedAt: new Date(), rejectReason: reason },
  });
  const { communityId } = await manager.getRepository(entity).findOneOrFail({ select: { id: true, communityId: true }, where: { id } });
  await audit.record(manager, {
    actorId,
    action: `${kind}.reject`,
    targetType: kind,
    targetId: id,
    placeId: communityId,
    after: { status: RegistrationStatus.Rejected, reason },
  });
}

/** A community's registrations of one kind, oldest first (the review queue's order), optionally by status. */
export async function communityRegistrations<T extends MemberRegistration | UnitRegistration>(
  dataSource: DataSource,
  entity: new () => T,
  community: ScopedPlace,
  status: RegistrationStatus | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const query = dataSource
    .getRepository(entity)
    .createQueryBuilder('r')
    .where('r.communityId = :communityId', { communityId: community.id })
    .orderBy('r.id', 'ASC')
    .take(limit + 1);
  if (status) query.andWhere('r.status = :status', { status });
  if (after) query.andWhere('r.id > :after', { after });
  return pageOf(await query.getMany(), limit, (r) => r.id);
}
