import { Injectable } from '@nestjs/common';
import {
  formatServedMinutes,
  pointsForMinutes,
  PointsSource,
  PostKind,
  servedMinutes,
  ShiftClaimAction,
  shiftClaimConflict,
  shiftClaimSources,
  ShiftClaimStatus,
  ShiftClaimView,
  shiftMinutes,
  ShiftRosterView,
} from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { TransactionRunner } from '../database/transaction-runner';
import { PointsLedger } from '../points/points-ledger.service';
import { ConfirmHoursDto } from './dto/post-input.dto';
import { PostBoardService } from './post-board.service';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';

interface HoursDecision {
  action: ShiftClaimAction.ConfirmHours | ShiftClaimAction.AdjustHours;
  minutes: number;
  reason: string | null;
}

/**
 * The secretary confirms the minutes check-in and check-out yield, or sets them by hand with a
 * reason; hours × points per hour are credited to the ledger in the same transaction, exactly once.
 */
@Injectable()
export class ShiftHoursService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly ledger: PointsLedger,
    private readonly views: PostViews,
    private readonly board: PostBoardService,
    private readonly contentCheck: ContentCheck,
  ) {}

  async confirm(actorId: string, claimId: string, body: ConfirmHoursDto): Promise<ShiftClaimView> {
    const claim = await this.requireClaim(claimId);
    const shift = await this.dataSource.getRepository(PostShift).findOneOrFail({ where: { id: claim.shiftId } });
    const post = await this.dataSource.getRepository(Post).findOneOrFail({ where: { id: claim.postId } });
    if (post.kind !== PostKind.Shift) throw new DomainError('POST_KIND_MISMATCH');
    const decision = decide(claim, shift, body);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: decision.reason }], { userId: actorId, scene: ContentScene.Comment });
    await this.credit(actorId, claim, shift, post, decision);
    return (await this.views.claims([await this.requireClaim(claimId)], new Map([[shift.id, shift]])))[0];
  }

  /** Confirms, as computed, every checked-out claim of a shift (确认时长, in bulk); each in its own transaction. */
  async confirmAll(actorId: string, shiftId: string): Promise<ShiftRosterView> {
    const shift = await this.dataSource.getRepository(PostShift).findOneOrFail({ where: { id: shiftId } });
    const post = await this.dataSource.getRepository(Post).findOneOrFail({ where: { id: shift.postId } });
    if (post.kind !== PostKind.Shift) throw new DomainError('POST_KIND_MISMATCH');
    const claims = await this.dataSource.getRepository(ShiftClaim).find({ where: { shiftId, status: ShiftClaimStatus.CheckedOut } });
    for (const claim of claims) {
      await this.credit(actorId, claim, shift, post, decide(claim, shift, {}), true);
    }
    return this.board.roster(actorId, shiftId);
  }

  /**
   * One transaction: the claim moves to completed by a conditional UPDATE (so of two confirmations
   * one wins) and the ledger entry, keyed uniquely by (shift, claim, member), is written with it.
   */
  private async credit(actorId: string, claim: ShiftClaim, shift: PostShift, post: Post, decision: HoursDecision, quiet = false): Promise<void> {
    const points = pointsForMinutes(decision.minutes, post.pointsPerHour);
    await this.transactions.run(async (manager) => {
      const moved = await moveClaim(
        manager,
        {
          claim,
          action: decision.action,
          actorId,
          note: decision.reason,
          set: {
            confirmedMinutes: decision.minutes,
            points,
            hoursConfirmedBy: actorId,
            hoursConfirmedAt: new Date(),
            ...(decision.reason ? { note: decision.reason } : {}),
          },
        },
        quiet,
      );
      if (!moved) return;
      if (points > 0) {
        await this.ledger.credit(manager, {
          userId: claim.memberId,
          communityId: claim.communityId,
          amount: points,
          reason: `先锋岗服务：${post.title}（${formatServedMinutes(decision.minutes)}）`,
          sourceType: PointsSource.Shift,
          sourceId: claim.id,
          createdBy: actorId,
        });
      }
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.hours',
        targetType: 'shift_claim',
        targetId: claim.id,
        placeId: claim.communityId,
        after: { minutes: decision.minutes, points, reason: decision.reason, startsAt: shift.startsAt },
      });
    });
  }

  private async requireClaim(claimId: string): Promise<ShiftClaim> {
    const claim = claimId.length <= 64 ? await this.dataSource.getRepository(ShiftClaim).findOne({ where: { id: claimId } }) : null;
    if (!claim) throw new DomainError('SHIFT_CLAIM_NOT_FOUND');
    return claim;
  }
}

/**
 * Confirm as computed (no minutes given, or the same minutes) needs a check-out; any other number
 * is an adjustment, which needs a reason and works also for a forgotten check-out or a no-show.
 */
function decide(claim: ShiftClaim, shift: PostShift, body: ConfirmHoursDto): HoursDecision {
  const served =
    claim.checkedInAt && claim.checkedOutAt
      ? servedMinutes({
          checkedInAt: claim.checkedInAt.getTime(),
          checkedOutAt: claim.checkedOutAt.getTime(),
          startsAt: shift.startsAt.getTime(),
          endsAt: shift.endsAt.getTime(),
        })
      : null;
  if (body.minutes === undefined || (body.minutes === served && claim.status === ShiftClaimStatus.CheckedOut)) {
    if (!shiftClaimSources(ShiftClaimAction.ConfirmHours).includes(claim.status))
      throw new DomainError(shiftClaimConflict(ShiftClaimAction.ConfirmHours, claim.status));
    return { action: ShiftClaimAction.ConfirmHours, minutes: served ?? 0, reason: body.reason ?? null };
  }
  if (!shiftClaimSources(ShiftClaimAction.AdjustHours).includes(claim.status))
    throw new DomainError(shiftClaimConflict(ShiftClaimAction.AdjustHours, claim.status));
  if (body.minutes > shiftMinutes(shift.startsAt.getTime(), shift.endsAt.getTime())) throw new DomainError('SHIFT_HOURS_TOO_LONG');
  if (!body.reason) throw new DomainError('SHIFT_HOURS_REASON_REQUIRED');
  return { action: ShiftClaimAction.AdjustHours, minutes: body.minutes, reason: body.reason };
}
