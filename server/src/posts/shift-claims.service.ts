import { Injectable } from '@nestjs/common';
import {
  canCancelClaim, hasRequiredSkills, holdsAnyOf, holdsSeat, isClaimOpen, PostKind, RegistrationStatus, Role, Skill, ShiftClaimAction, shiftClaimConflict, shiftClaimSources,
  ShiftClaimStatus, ShiftClaimView, ShiftStatus,
} from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { columnValue, hydrate, insertRow, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { PostEvent } from './post-event.entity';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';
import { hasOverlappingClaim, lockMember, lockShift, nextWaitingPosition, promoteWaiting, releaseSeat, takeSeat } from './shift-seats';

/** Thrown inside the seat transaction to roll it back when the conditional UPDATE found no seat. */
class NoFreeSeat extends Error {}

/** A claim needs an open shift inside its claim window. */
function assertClaimable(shift: PostShift, now: Date): void {
  if (shift.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
  if (!isClaimOpen(shift.kind, { startsAt: shift.startsAt.getTime(), endsAt: shift.endsAt.getTime() }, now.getTime())) throw new DomainError('SHIFT_CLOSED');
}

/** Who may claim a shift: an approved double-reported party member of the post's community. */
const CLAIMER_ROLES = [Role.PartyMember];

export interface ClaimResult {
  claim: ShiftClaimView;
  /** False when the member already had this claim (a retried request): nothing new was written. */
  created: boolean;
}

/** Claiming shifts (seat or waiting list), cancelling, and the secretary removing a member. */
@Injectable()
export class ShiftClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly views: PostViews,
  ) {}

  /**
   * Claims a seat, or a place on the waiting list when the shift is full. `rolesHere` are the
   * caller's roles over the shift's community, as the role-in-scope guard read them.
   *
   * While seats are free (the common case, and the hot one: hundreds of members on one shift) the
   * claim runs in one transaction that reaches the contended shift row as late as it can, so the
   * row is locked only for the claim INSERT and the COMMIT: the member's row first (serialising
   * their claims, so the overlap check is sound), the history line and audit record, then the seat
   * by the conditional UPDATE, then the claim row. If the UPDATE finds no seat, that transaction
   * is rolled back whole and the claim goes the locked way (the shift row first, then a seat freed
   * meanwhile or a waiting position). A retried claim meets the unique key on (shift, member,
   * live), rolls back, and gets the member's existing claim.
   */
  async claim(actorId: string, shiftId: string, rolesHere: ReadonlySet<Role>): Promise<ClaimResult> {
    if (!holdsAnyOf(rolesHere, CLAIMER_ROLES)) throw new DomainError('SHIFT_CLAIM_NOT_ALLOWED');
    const { shift, requiredSkills } = await this.shiftToClaim(shiftId);
    if (requiredSkills.length > 0 && !hasRequiredSkills(await this.skillsOf(actorId, shift.communityId), requiredSkills)) {
      throw new DomainError('SHIFT_SKILLS_REQUIRED', { requiredSkills });
    }
    const now = new Date();
    assertClaimable(shift, now);
    try {
      const seated = shift.confirmedCount < shift.capacity ? await this.claimFreeSeat(actorId, shift, now) : null;
      if (seated) return { claim: seated, created: true };
      return { claim: await this.view(await this.claimLocked(actorId, shiftId, now)), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.dataSource.getRepository(ShiftClaim).findOne({ select: { id: true, status: true }, where: { shiftId, memberId: actorId, live: 1 } });
      if (!existing) throw error;
      if (existing.status === ShiftClaimStatus.Removed) throw new DomainError('SHIFT_CLAIM_REMOVED');
      return { claim: await this.view(existing.id), created: false };
    }
  }

  /** The seat path of claim(): the claim's view, or null when the UPDATE found no free seat (nothing was kept). */
  private async claimFreeSeat(actorId: string, shift: PostShift, now: Date): Promise<ShiftClaimView | null> {
    const claim = this.newClaim(actorId, shift, ShiftClaimStatus.Confirmed, null, now);
    try {
      return await this.transactions.run(async (manager) => {
        const member = await lockMember(manager, actorId);
        if (shift.kind === PostKind.Shift && (await hasOverlappingClaim(manager, actorId, shift))) throw new DomainError('SHIFT_OVERLAP');
        await this.recordClaim(manager, claim);
        // The seat is only taken if the shift still has the times the checks above used.
        if (!(await takeSeat(manager, shift.id, { startsAt: shift.startsAt, endsAt: shift.endsAt }))) throw new NoFreeSeat();
        await insertRow(manager, ShiftClaim, claim);
        return this.views.claimView(claim, shift, member.displayName, null);
      });
    } catch (error) {
      if (error instanceof NoFreeSeat) return null;
      throw error;
    }
  }

  /**
   * The locked path of claim(): the shift row first, so what it reads is what it decides on; then a
   * seat if one is free after all, or the next waiting position from the shift's counter. Returns the claim's id.
   */
  private async claimLocked(actorId: string, shiftId: string, now: Date): Promise<string> {
    // The claim, the seat or waiting position, its history line and the audit record commit together.
    return this.transactions.run(async (manager) => {
      await lockMember(manager, actorId);
      const locked = await lockShift(manager, shiftId);
      assertClaimable(locked, now);
      if (locked.kind === PostKind.Shift && (await hasOverlappingClaim(manager, actorId, locked))) throw new DomainError('SHIFT_OVERLAP');
      const seated = await takeSeat(manager, shiftId);
      const waitingPosition = seated ? null : await nextWaitingPosition(manager, shiftId);
      const claim = this.newClaim(actorId, locked, seated ? ShiftClaimStatus.Confirmed : ShiftClaimStatus.Waiting, waitingPosition, now);
      await insertRow(manager, ShiftClaim, claim);
      await this.recordClaim(manager, claim);
      return claim.id;
    });
  }

  private newClaim(memberId: string, shift: PostShift, status: ShiftClaimStatus, waitingPosition: number | null, now: Date): ShiftClaim {
    return Object.assign(new ShiftClaim(), {
      id: newId(), shiftId: shift.id, postId: shift.postId, communityId: shift.communityId, memberId, live: 1, status, waitingPosition,
      promotedAt: null, checkedInAt: null, checkedOutAt: null, checkInMethod: null, checkInDistanceM: null, confirmedMinutes: null, points: null,
      hoursConfirmedBy: null, hoursConfirmedAt: null, note: null, endedAt: null, createdAt: now, updatedAt: now,
    } satisfies ShiftClaim);
  }

  /** The claim's history line and audit record. */
  private async recordClaim(manager: EntityManager, claim: ShiftClaim): Promise<void> {
    const seated = claim.status === ShiftClaimStatus.Confirmed;
    await insertRow(manager, PostEvent, {
      id: newId(), postId: claim.postId, shiftId: claim.shiftId, claimId: claim.id, kind: seated ? 'claim' : 'join_waiting_list', actorId: claim.memberId, recipientId: null,
      note: seated ? null : `候补第 ${claim.waitingPosition} 位`,
    });
    await this.audit.record(manager, {
      actorId: claim.memberId, action: 'post.shift.claim', targetType: 'shift_claim', targetId: claim.id, placeId: claim.communityId,
      after: { shiftId: claim.shiftId, seated, waitingPosition: claim.waitingPosition },
    });
  }

  /** The shift as last committed, with the skills its post requires, in one read. */
  private async shiftToClaim(shiftId: string): Promise<{ shift: PostShift; requiredSkills: Skill[] }> {
    const manager = this.dataSource.manager;
    const [row] = shiftId.length <= 64
      ? await selectRows<Record<string, unknown>>(manager, 'SELECT s.*, p.required_skills FROM post_shift s JOIN post p ON p.id = s.post_id WHERE s.id = ?', [shiftId])
      : [];
    if (!row) throw new DomainError('SHIFT_NOT_FOUND');
    return { shift: hydrate(manager, PostShift, row), requiredSkills: columnValue(manager, Post, 'requiredSkills', row.required_skills) as Skill[] };
  }

  /**
   * The member withdraws: a seat until the cutoff before the start, the waiting list until the
   * start. A freed seat goes to the first waiting member in the same transaction, with a notice.
   */
  async cancel(actorId: string, claimId: string): Promise<ShiftClaimView> {
    const claim = await this.requireClaim(claimId);
    if (claim.memberId !== actorId) throw new DomainError('SHIFT_NOT_CLAIMER');
    const shift = await this.requireShift(claim.shiftId);
    const now = new Date();
    if (!shiftClaimSources(ShiftClaimAction.Cancel).includes(claim.status)) throw new DomainError(shiftClaimConflict(ShiftClaimAction.Cancel, claim.status));
    if (!canCancelClaim(claim.status, shift.startsAt.getTime(), now.getTime())) throw new DomainError('SHIFT_CANCEL_CLOSED');
    // The claim, the seat count, the promotion of the next member and the audit record move together.
    await this.transactions.run(async (manager) => {
      const locked = await lockShift(manager, claim.shiftId);
      const current = await manager.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
      if (!canCancelClaim(current.status, locked.startsAt.getTime(), now.getTime())) {
        throw new DomainError(shiftClaimSources(ShiftClaimAction.Cancel).includes(current.status) ? 'SHIFT_CANCEL_CLOSED' : shiftClaimConflict(ShiftClaimAction.Cancel, current.status));
      }
      await moveClaim(manager, {
        claim: current, action: ShiftClaimAction.Cancel, actorId, set: { endedAt: now },
        andWhere: { sql: 'member_id = :actorId AND status = :seen', params: { actorId, seen: current.status } },
      });
      if (holdsSeat(current.status)) {
        await releaseSeat(manager, claim.shiftId);
        await promoteWaiting(manager, locked, actorId, now);
      }
      await this.audit.record(manager, { actorId, action: 'post.shift.claim.cancel', targetType: 'shift_claim', targetId: claimId, placeId: claim.communityId, before: { status: current.status } });
    });
    return this.view(claimId);
  }

  /**
   * The secretary takes a member off a shift, with a reason the member is told (#8). A seat freed
   * before the shift starts goes to the first waiting member in the same transaction.
   */
  async remove(actorId: string, claimId: string, reason: string): Promise<ShiftClaimView> {
    const claim = await this.requireClaim(claimId);
    const now = new Date();
    // The removal, the seat count, the promotion and the audit record move together.
    await this.transactions.run(async (manager) => {
      const locked = await lockShift(manager, claim.shiftId);
      const current = await manager.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
      await moveClaim(manager, {
        claim: current, action: ShiftClaimAction.Remove, actorId, set: { endedAt: now, note: reason }, note: reason, notify: current.memberId,
        andWhere: { sql: 'status = :seen', params: { seen: current.status } },
      });
      if (holdsSeat(current.status)) {
        await releaseSeat(manager, claim.shiftId);
        await promoteWaiting(manager, locked, actorId, now);
      }
      await this.audit.record(manager, { actorId, action: 'post.shift.claim.remove', targetType: 'shift_claim', targetId: claimId, placeId: claim.communityId, before: { status: current.status }, after: { reason } });
    });
    return this.view(claimId);
  }

  /** Skills (专长) from the member's approved double reporting to this community. */
  private async skillsOf(userId: string, communityId: string): Promise<string[]> {
    const registration = await this.dataSource.getRepository(MemberRegistration).findOne({
      select: { id: true, skills: true }, where: { userId, communityId, status: RegistrationStatus.Approved },
    });
    return registration?.skills ?? [];
  }

  private async view(claimId: string): Promise<ShiftClaimView> {
    const claim = await this.dataSource.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
    const shift = await this.dataSource.getRepository(PostShift).findOneOrFail({ where: { id: claim.shiftId } });
    return (await this.views.claims([claim], new Map([[shift.id, shift]])))[0];
  }

  private async requireShift(shiftId: string): Promise<PostShift> {
    const shift = shiftId.length <= 64 ? await this.dataSource.getRepository(PostShift).findOne({ where: { id: shiftId } }) : null;
    if (!shift) throw new DomainError('SHIFT_NOT_FOUND');
    return shift;
  }

  private async requireClaim(claimId: string): Promise<ShiftClaim> {
    const claim = claimId.length <= 64 ? await this.dataSource.getRepository(ShiftClaim).findOne({ where: { id: claimId } }) : null;
    if (!claim) throw new DomainError('SHIFT_CLAIM_NOT_FOUND');
    return claim;
  }
}
