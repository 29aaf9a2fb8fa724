import { Injectable } from '@nestjs/common';
import {
  canCancelClaim, hasRequiredSkills, holdsSeat, isClaimOpen, PostKind, RegistrationStatus, Role, ShiftClaimAction, shiftClaimConflict, shiftClaimSources,
  ShiftClaimStatus, ShiftClaimView, ShiftStatus,
} from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { PostEvent } from './post-event.entity';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';
import { hasOverlappingClaim, lockMember, lockShift, nextWaitingPosition, promoteWaiting, releaseSeat, takeSeat } from './shift-seats';

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
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly views: PostViews,
  ) {}

  /**
   * Claims a seat, or a place on the waiting list when the shift is full. One transaction, in
   * lock order: the member's row (serialising their claims, so the overlap check is sound), then
   * the shift row; the seat is taken by the conditional UPDATE on the shift, a waiting position
   * from its counter, and the claim row, its history line and the audit record commit with them.
   * A retried claim returns the member's existing claim; the unique key on (shift, member, live)
   * backs that up.
   */
  async claim(actorId: string, shiftId: string): Promise<ClaimResult> {
    const shift = await this.requireShift(shiftId);
    const post = await this.dataSource.getRepository(Post).findOneOrFail({ where: { id: shift.postId } });
    const community = await this.access.requirePlace(shift.communityId);
    if (!(await this.access.holdsAnyRoleOver(actorId, CLAIMER_ROLES, community))) throw new DomainError('SHIFT_CLAIM_NOT_ALLOWED');
    if (post.requiredSkills.length > 0 && !hasRequiredSkills(await this.skillsOf(actorId, shift.communityId), post.requiredSkills)) {
      throw new DomainError('SHIFT_SKILLS_REQUIRED', { requiredSkills: post.requiredSkills });
    }
    const now = new Date();
    let outcome: { id: string; created: boolean };
    try {
      outcome = await this.transactions.run(async (manager) => {
        await lockMember(manager, actorId);
        const locked = await lockShift(manager, shiftId);
        if (locked.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
        if (!isClaimOpen(locked.kind, { startsAt: locked.startsAt.getTime(), endsAt: locked.endsAt.getTime() }, now.getTime())) throw new DomainError('SHIFT_CLOSED');
        const existing = await manager.getRepository(ShiftClaim).findOne({ select: { id: true, status: true }, where: { shiftId, memberId: actorId, live: 1 } });
        if (existing?.status === ShiftClaimStatus.Removed) throw new DomainError('SHIFT_CLAIM_REMOVED');
        if (existing) return { id: existing.id, created: false };
        if (locked.kind === PostKind.Shift && (await hasOverlappingClaim(manager, actorId, locked))) throw new DomainError('SHIFT_OVERLAP');

        const seated = await takeSeat(manager, shiftId);
        const waitingPosition = seated ? null : await nextWaitingPosition(manager, shiftId);
        const id = newId();
        await manager.insert(ShiftClaim, {
          id, shiftId, postId: post.id, communityId: shift.communityId, memberId: actorId, live: 1,
          status: seated ? ShiftClaimStatus.Confirmed : ShiftClaimStatus.Waiting, waitingPosition,
        });
        await manager.insert(PostEvent, {
          id: newId(), postId: post.id, shiftId, claimId: id, kind: seated ? 'claim' : 'join_waiting_list', actorId, recipientId: null,
          note: seated ? null : `候补第 ${waitingPosition} 位`,
        });
        await this.audit.record(manager, { actorId, action: 'post.shift.claim', targetType: 'shift_claim', targetId: id, placeId: shift.communityId, after: { shiftId, seated, waitingPosition } });
        return { id, created: true };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.dataSource.getRepository(ShiftClaim).findOne({ select: { id: true }, where: { shiftId, memberId: actorId, live: 1 } });
      if (!existing) throw error;
      outcome = { id: existing.id, created: false };
    }
    return { claim: await this.view(outcome.id), created: outcome.created };
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
