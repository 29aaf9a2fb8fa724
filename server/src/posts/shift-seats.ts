import { BUSY_CLAIM_STATUSES, isClaimOpen, PostKind, ShiftClaimAction, ShiftClaimStatus, ShiftStatus } from '@linli/shared';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { User } from '../identity/user.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';

/*
 * The row locks and counters behind a shift's seats and waiting list. Lock order, everywhere:
 * the member's user row (claims only), then the shift row, then claim rows. Every change to a
 * shift's seats or waiting list starts by locking the shift row, so those changes queue on it and
 * read fresh state once they hold it. On SQLite the transaction runner already runs transactions
 * one at a time, and SQLite has no FOR UPDATE, so the locks are skipped there.
 */

function forUpdate<T extends object>(manager: EntityManager, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return manager.connection.options.type === 'better-sqlite3' ? query : query.setLock('pessimistic_write');
}

/**
 * Serialises one member's claims across all shifts, so the overlap check that follows cannot be
 * raced by the same member claiming an overlapping shift at the same moment: the second claim waits
 * here until the first commits, and then (this being its first lock and no read having run yet in
 * the transaction) sees the first claim. MySQL unique keys cannot express "no overlapping
 * intervals", hence a lock on the member's own row rather than a constraint.
 */
export async function lockMember(manager: EntityManager, userId: string): Promise<void> {
  await forUpdate(manager, manager.getRepository(User).createQueryBuilder('u').select('u.id').where('u.id = :userId', { userId })).getOne();
}

/** Locks the shift row and returns it as last committed. */
export async function lockShift(manager: EntityManager, shiftId: string): Promise<PostShift> {
  const shift = await forUpdate(manager, manager.getRepository(PostShift).createQueryBuilder('s').where('s.id = :shiftId', { shiftId })).getOne();
  if (!shift) throw new DomainError('SHIFT_NOT_FOUND');
  return shift;
}

/** Takes a seat if one is free: the database decides (`confirmed_count < capacity`), never a read. */
export async function takeSeat(manager: EntityManager, shiftId: string): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(PostShift)
    .set({ confirmedCount: () => 'confirmed_count + 1' })
    .where('id = :shiftId AND confirmed_count < capacity AND status = :open', { shiftId, open: ShiftStatus.Open })
    .execute();
  return result.affected === 1;
}

export async function releaseSeat(manager: EntityManager, shiftId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(PostShift)
    .set({ confirmedCount: () => 'confirmed_count - 1' })
    .where('id = :shiftId AND confirmed_count > 0', { shiftId })
    .execute();
}

/**
 * The next waiting-list position: the shift's counter bumped in this transaction. It commits or
 * rolls back with the claim that uses it, so positions are 1, 2, 3… with no gaps, in commit order.
 */
export async function nextWaitingPosition(manager: EntityManager, shiftId: string): Promise<number> {
  await manager.createQueryBuilder().update(PostShift).set({ waitingNext: () => 'waiting_next + 1' }).where('id = :shiftId', { shiftId }).execute();
  const shift = await manager.getRepository(PostShift).findOneOrFail({ select: { id: true, waitingNext: true }, where: { id: shiftId } });
  return shift.waitingNext;
}

/**
 * Fills free seats from the head of the waiting list, lowest position first, while the shift still
 * takes claims. Runs inside the transaction that freed the seats (a cancellation, a removal, a
 * capacity raise), with the shift row already locked; each promotion records a notice for the
 * member (sent by #8). Returns the promoted claims' ids.
 */
export async function promoteWaiting(manager: EntityManager, shift: PostShift, actorId: string | null, now: Date): Promise<string[]> {
  const promoted: string[] = [];
  if (shift.status !== ShiftStatus.Open || !isClaimOpen(shift.kind, { startsAt: shift.startsAt.getTime(), endsAt: shift.endsAt.getTime() }, now.getTime())) return promoted;
  for (;;) {
    const next = await manager.getRepository(ShiftClaim).findOne({
      select: { id: true, postId: true, shiftId: true, memberId: true },
      where: { shiftId: shift.id, status: ShiftClaimStatus.Waiting },
      order: { waitingPosition: 'ASC' },
    });
    if (!next || !(await takeSeat(manager, shift.id))) return promoted;
    await moveClaim(manager, {
      claim: next, action: ShiftClaimAction.Promote, actorId, set: { promotedAt: now }, notify: next.memberId, note: '候补递补成功，请按时到岗',
    });
    promoted.push(next.id);
  }
}

/**
 * Whether the member already has a live claim (seat or waiting list) on a shift-kind shift that
 * overlaps [startsAt, endsAt). Sound only after lockMember in the same transaction.
 */
export async function hasOverlappingClaim(manager: EntityManager, memberId: string, span: { id: string; startsAt: Date; endsAt: Date }): Promise<boolean> {
  const row = await manager
    .getRepository(ShiftClaim)
    .createQueryBuilder('c')
    .innerJoin(PostShift, 's', 's.id = c.shiftId')
    .select('c.id', 'id')
    .where('c.memberId = :memberId AND c.live = 1 AND c.status IN (:...busy)', { memberId, busy: [...BUSY_CLAIM_STATUSES] })
    .andWhere('s.kind = :kind AND s.id <> :shiftId AND s.startsAt < :endsAt AND s.endsAt > :startsAt', {
      kind: PostKind.Shift, shiftId: span.id, startsAt: span.startsAt, endsAt: span.endsAt,
    })
    .limit(1)
    .getRawOne();
  return row !== undefined;
}
