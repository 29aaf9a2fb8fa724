import { keepsShiftSlot, ShiftClaimAction, shiftClaimConflict, shiftClaimSources, shiftClaimTarget } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { noticeOfClaimMove } from '../notifications/shift-notices';
import { PostEvent } from './post-event.entity';
import { ShiftClaim } from './shift-claim.entity';

export interface ShiftClaimTransition {
  claim: Pick<ShiftClaim, 'id' | 'postId' | 'shiftId'>;
  action: ShiftClaimAction;
  actorId: string | null;
  set?: Partial<Record<keyof ShiftClaim, unknown>>;
  /** Further conditions, e.g. that the caller is the member. */
  andWhere?: { sql: string; params: Record<string, unknown> };
  note?: string | null;
  /** The member to notify (a notice in the same transaction, pushed by the notifications dispatcher); NULL for plain history. */
  notify?: string | null;
}

/**
 * Moves a claim by one conditional UPDATE: it changes only if it is still in a state the action
 * accepts, so of racing requests exactly one wins. The winner writes the history line in the same
 * transaction; a loser learns why it lost (or, with `quiet`, gets false). `live` follows the
 * target status, so a cancelled claim frees the member's slot on the shift in the same statement.
 */
export async function moveClaim(manager: EntityManager, transition: ShiftClaimTransition, quiet = false): Promise<boolean> {
  const target = shiftClaimTarget(transition.action);
  const query = manager
    .createQueryBuilder()
    .update(ShiftClaim)
    .set({ ...transition.set, status: target, live: keepsShiftSlot(target) ? 1 : null } as never)
    .where('id = :claimId AND status IN (:...from)', { claimId: transition.claim.id, from: [...shiftClaimSources(transition.action)] });
  if (transition.andWhere) query.andWhere(transition.andWhere.sql, transition.andWhere.params);
  const result = await query.execute();
  if (result.affected === 1) {
    const { claim } = transition;
    await manager.insert(PostEvent, {
      id: newId(),
      postId: claim.postId,
      shiftId: claim.shiftId,
      claimId: claim.id,
      kind: transition.action,
      actorId: transition.actorId,
      recipientId: transition.notify ?? null,
      note: transition.note ?? null,
    });
    if (transition.notify) await noticeOfClaimMove(manager, transition.action, claim, transition.notify, transition.note ?? null);
    return true;
  }
  if (quiet) return false;
  const current = await manager.getRepository(ShiftClaim).findOne({ select: { id: true, status: true }, where: { id: transition.claim.id } });
  if (!current) throw new DomainError('SHIFT_CLAIM_NOT_FOUND');
  throw new DomainError(shiftClaimConflict(transition.action, current.status), { status: current.status });
}
