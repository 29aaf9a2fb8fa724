import { Injectable } from '@nestjs/common';
import { canCancelClaim, holdsSeat, ShiftClaimAction, shiftClaimConflict, shiftClaimSources, ShiftClaimView } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { TransactionRunner } from '../database/transaction-runner';
import { PostViews } from './post-views';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';
import { lockShift, promoteWaiting, releaseSeat } from './shift-seats';

/** A member cancelling their claim, and the secretary removing a member (claiming is ShiftClaimingService). */
@Injectable()
export class ShiftClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly views: PostViews,
    private readonly contentCheck: ContentCheck,
  ) {}

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
        throw new DomainError(
          shiftClaimSources(ShiftClaimAction.Cancel).includes(current.status)
            ? 'SHIFT_CANCEL_CLOSED'
            : shiftClaimConflict(ShiftClaimAction.Cancel, current.status),
        );
      }
      await moveClaim(manager, {
        claim: current,
        action: ShiftClaimAction.Cancel,
        actorId,
        set: { endedAt: now },
        andWhere: { sql: 'member_id = :actorId AND status = :seen', params: { actorId, seen: current.status } },
      });
      if (holdsSeat(current.status)) {
        await releaseSeat(manager, claim.shiftId);
        await promoteWaiting(manager, locked, actorId, now);
      }
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.claim.cancel',
        targetType: 'shift_claim',
        targetId: claimId,
        placeId: claim.communityId,
        before: { status: current.status },
      });
    });
    return this.views.claimById(claimId);
  }

  /**
   * The secretary takes a member off a shift, with a reason the member is told (#8). A seat freed
   * before the shift starts goes to the first waiting member in the same transaction.
   */
  async remove(actorId: string, claimId: string, reason: string): Promise<ShiftClaimView> {
    const claim = await this.requireClaim(claimId);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    const now = new Date();
    // The removal, the seat count, the promotion and the audit record move together.
    await this.transactions.run(async (manager) => {
      const locked = await lockShift(manager, claim.shiftId);
      const current = await manager.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
      await moveClaim(manager, {
        claim: current,
        action: ShiftClaimAction.Remove,
        actorId,
        set: { endedAt: now, note: reason },
        note: reason,
        notify: current.memberId,
        andWhere: { sql: 'status = :seen', params: { seen: current.status } },
      });
      if (holdsSeat(current.status)) {
        await releaseSeat(manager, claim.shiftId);
        await promoteWaiting(manager, locked, actorId, now);
      }
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.claim.remove',
        targetType: 'shift_claim',
        targetId: claimId,
        placeId: claim.communityId,
        before: { status: current.status },
        after: { reason },
      });
    });
    return this.views.claimById(claimId);
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
