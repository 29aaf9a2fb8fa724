import { BUSY_CLAIM_STATUSES, isClaimOpen, PostKind, ShiftClaimAction, ShiftClaimStatus, ShiftStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { execute, forUpdate, placeholders, selectEntities, selectRows } from '../database/plain-sql';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';

/*
 * The row locks and counters behind a shift's seats and waiting list. Lock order, everywhere:
 * the member's user row (claims only), then the shift row, then claim rows. Every change to a
 * shift's seats or waiting list starts by locking the shift row, so those changes queue on it and
 * read fresh state once they hold it; the one exception is claims taking free seats, whose
 * conditional UPDATE (the seat count and the checked times decide) is what locks the row, last.
 * On SQLite the transaction runner already runs transactions one at a time, and SQLite has no
 * FOR UPDATE, so the locks are skipped there. On Galera a FOR UPDATE holds on its own node only:
 * what keeps these rules there is that every path also writes the row it locked (the member's
 * claim_guard, the shift's counters), and a write conflicts with the other node's at certification.
 */

/**
 * Serialises one member's claims across all shifts, so the overlap check that follows cannot be
 * raced by the same member claiming an overlapping shift at the same moment. The member's row is
 * written (claim_guard + 1), not merely locked: on one MariaDB the second claim waits on the row
 * until the first commits and then, its reads being READ COMMITTED (TransactionRunner), sees the
 * first claim; on Galera, where a lock holds on its own node only, the two writes conflict at
 * certification and the loser is run again, seeing the winner's claim. MySQL unique keys cannot
 * express "no overlapping intervals", hence a guard on the member's own row rather than a constraint.
 */
export async function lockMember(manager: EntityManager, userId: string): Promise<{ id: string; displayName: string }> {
  const [member] = (await lockMembers(manager, [userId])).entries();
  if (!member) throw new DomainError('AUTH_USER_NOT_FOUND');
  return { id: member[0], displayName: member[1] };
}

/**
 * lockMember for several members at once (claims combined in one transaction). One UPDATE walks
 * the primary key in id order, as every multi-member lock does, so two such transactions cannot
 * deadlock on each other's members. Returns each found member's display name.
 */
export async function lockMembers(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
  const list = placeholders(userIds.length);
  await execute(manager, `UPDATE app_user SET claim_guard = claim_guard + 1 WHERE id IN (${list})`, userIds);
  const rows = await selectRows<{ id: string; displayName: string }>(
    manager,
    // Read after the guard write: a member whose account a racing deletion removed is not found.
    `SELECT id, display_name AS displayName FROM app_user WHERE id IN (${list}) AND deleted_at IS NULL`,
    userIds,
  );
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Locks the shift row and returns it as last committed. */
export async function lockShift(manager: EntityManager, shiftId: string): Promise<PostShift> {
  const [shift] = await selectEntities(manager, PostShift, `SELECT * FROM post_shift WHERE id = ?${forUpdate(manager)}`, [shiftId]);
  if (!shift) throw new DomainError('SHIFT_NOT_FOUND');
  return shift;
}

/**
 * Takes `seats` seats if that many are free, or none: the database decides
 * (`confirmed_count + seats <= capacity`), never a read. `asChecked` are the times a caller that
 * did not lock the shift checked the claims against: the seats are then only taken if the shift
 * still has them.
 */
export async function takeSeats(manager: EntityManager, shiftId: string, seats: number, asChecked?: { startsAt: Date; endsAt: Date }): Promise<boolean> {
  const sql = 'UPDATE post_shift SET confirmed_count = confirmed_count + ?, updated_at = ? WHERE id = ? AND confirmed_count + ? <= capacity AND status = ?';
  const values: unknown[] = [seats, new Date(), shiftId, seats, ShiftStatus.Open];
  if (!asChecked) return (await execute(manager, sql, values)) === 1;
  return (await execute(manager, `${sql} AND starts_at = ? AND ends_at = ?`, [...values, asChecked.startsAt, asChecked.endsAt])) === 1;
}

/** Takes a seat if one is free (see takeSeats). */
export function takeSeat(manager: EntityManager, shiftId: string, asChecked?: { startsAt: Date; endsAt: Date }): Promise<boolean> {
  return takeSeats(manager, shiftId, 1, asChecked);
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
 * The next waiting-list position (the first of `count` consecutive ones): the shift's counter
 * bumped in this transaction. It commits or rolls back with the claims that use it, so positions
 * are 1, 2, 3… with no gaps, in commit order.
 */
export async function nextWaitingPosition(manager: EntityManager, shiftId: string, count = 1): Promise<number> {
  await manager
    .createQueryBuilder()
    .update(PostShift)
    .set({ waitingNext: () => `waiting_next + ${Math.trunc(count)}` })
    .where('id = :shiftId', { shiftId })
    .execute();
  const shift = await manager.getRepository(PostShift).findOneOrFail({ select: { id: true, waitingNext: true }, where: { id: shiftId } });
  return shift.waitingNext - Math.trunc(count) + 1;
}

/**
 * Fills free seats from the head of the waiting list, lowest position first, while the shift still
 * takes claims. Runs inside the transaction that freed the seats (a cancellation, a removal, a
 * capacity raise), with the shift row already locked; each promotion records a notice for the
 * member (sent by #8). Returns the promoted claims' ids.
 */
export async function promoteWaiting(manager: EntityManager, shift: PostShift, actorId: string | null, now: Date): Promise<string[]> {
  const promoted: string[] = [];
  if (shift.status !== ShiftStatus.Open || !isClaimOpen(shift.kind, { startsAt: shift.startsAt.getTime(), endsAt: shift.endsAt.getTime() }, now.getTime()))
    return promoted;
  for (;;) {
    const next = await manager.getRepository(ShiftClaim).findOne({
      select: { id: true, postId: true, shiftId: true, memberId: true },
      where: { shiftId: shift.id, status: ShiftClaimStatus.Waiting },
      order: { waitingPosition: 'ASC' },
    });
    if (!next || !(await takeSeat(manager, shift.id))) return promoted;
    await moveClaim(manager, {
      claim: next,
      action: ShiftClaimAction.Promote,
      actorId,
      set: { promotedAt: now },
      notify: next.memberId,
      note: '候补递补成功，请按时到岗',
    });
    promoted.push(next.id);
  }
}

/**
 * Which of the members already have a live claim (seat or waiting list) on a shift-kind shift that
 * overlaps [startsAt, endsAt). Sound only after lockMember(s) in the same transaction.
 */
export async function membersWithOverlappingClaims(
  manager: EntityManager,
  memberIds: readonly string[],
  span: { id: string; startsAt: Date; endsAt: Date },
): Promise<Set<string>> {
  const busy = [...BUSY_CLAIM_STATUSES];
  const rows = await selectRows<{ memberId: string }>(
    manager,
    `SELECT DISTINCT c.member_id AS memberId FROM shift_claim c JOIN post_shift s ON s.id = c.shift_id
      WHERE c.member_id IN (${placeholders(memberIds.length)}) AND c.live = 1 AND c.status IN (${placeholders(busy.length)})
        AND s.kind = ? AND s.id <> ? AND s.starts_at < ? AND s.ends_at > ?`,
    [...memberIds, ...busy, PostKind.Shift, span.id, span.endsAt, span.startsAt],
  );
  return new Set(rows.map((r) => r.memberId));
}

export async function hasOverlappingClaim(manager: EntityManager, memberId: string, span: { id: string; startsAt: Date; endsAt: Date }): Promise<boolean> {
  return (await membersWithOverlappingClaims(manager, [memberId], span)).size > 0;
}

/** The members' live claims (seat, waiting list, or removed and kept off) on one shift. */
export async function liveClaimsOn(
  manager: EntityManager,
  shiftId: string,
  memberIds: readonly string[],
): Promise<Map<string, { id: string; status: ShiftClaimStatus }>> {
  const rows = await selectRows<{ id: string; memberId: string; status: ShiftClaimStatus }>(
    manager,
    `SELECT id, member_id AS memberId, status FROM shift_claim WHERE shift_id = ? AND member_id IN (${placeholders(memberIds.length)}) AND live = 1`,
    [shiftId, ...memberIds],
  );
  return new Map(rows.map((r) => [r.memberId, { id: r.id, status: r.status }]));
}
