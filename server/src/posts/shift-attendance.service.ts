import { Injectable } from '@nestjs/common';
import {
  CheckInCodeView,
  CheckInMethod,
  checkInPhase,
  distanceMetres,
  fromMicroDegrees,
  isCheckOutOpen,
  isShortCheckInCode,
  parseQrContent,
  POST_DEFAULTS,
  PostKind,
  qrContentOf,
  ShiftClaimAction,
  shiftClaimConflict,
  shiftClaimSources,
  ShiftClaimView,
  ShiftStatus,
} from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { ConsentService } from '../privacy/consent.service';
import { CheckProofDto } from './dto/post-input.dto';
import { PostManagers } from './post-managers';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';
import { ShiftQrTokens } from './shift-qr-tokens';

interface Presence {
  method: CheckInMethod;
  distanceM: number | null;
}

/**
 * On-site check-in and check-out, proven by the rotating QR code shown by the secretary or by the
 * phone's location within the post's radius (the server computes the distance; the client only
 * reports coordinates). Each is one conditional UPDATE on the member's own claim.
 */
@Injectable()
export class ShiftAttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly managers: PostManagers,
    private readonly tokens: ShiftQrTokens,
    private readonly views: PostViews,
    private readonly consents: ConsentService,
  ) {}

  /** The current code for the screen on site; it rotates every 30 s, so the screen refetches. */
  async code(actorId: string, shiftId: string): Promise<CheckInCodeView> {
    const { shift, post } = await this.load(shiftId);
    await this.managers.assertCanManage(actorId, post);
    if (post.kind !== PostKind.Shift) throw new DomainError('POST_KIND_MISMATCH');
    if (shift.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
    const { token, shortCode, expiresAt } = this.tokens.issue(shift.id);
    return {
      shiftId: shift.id,
      token,
      qrContent: qrContentOf(shift.id, token),
      shortCode,
      expiresAt: expiresAt.toISOString(),
      rotateSeconds: POST_DEFAULTS.qrRotationSeconds,
    };
  }

  async checkIn(actorId: string, shiftId: string, proof: CheckProofDto): Promise<ShiftClaimView> {
    const { shift, post, claim } = await this.ownClaim(actorId, shiftId);
    const now = new Date();
    precheck(ShiftClaimAction.CheckIn, claim);
    const phase = checkInPhase(spanOf(shift), now.getTime());
    if (phase === 'early') throw new DomainError('SHIFT_CHECK_IN_EARLY');
    if (phase === 'closed') throw new DomainError('SHIFT_CHECK_IN_CLOSED');
    const presence = await this.verify(actorId, shift, post, claim, proof, now);
    // The check-in and its audit record commit together.
    await this.transactions.run(async (manager) => {
      await moveClaim(manager, {
        claim,
        action: ShiftClaimAction.CheckIn,
        actorId,
        note: presence.distanceM === null ? '扫码签到' : `定位签到，距岗位 ${presence.distanceM} 米`,
        set: { checkedInAt: now, checkInMethod: presence.method, checkInDistanceM: presence.distanceM, codeTries: 0 }, // present: the tries start afresh
        andWhere: { sql: 'member_id = :actorId', params: { actorId } },
      });
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.check_in',
        targetType: 'shift_claim',
        targetId: claim.id,
        placeId: shift.communityId,
        after: presence,
      });
    });
    return this.view(claim.id, shift);
  }

  /** Check-out needs the same proof of presence; the hours it yields are capped at the shift. */
  async checkOut(actorId: string, shiftId: string, proof: CheckProofDto): Promise<ShiftClaimView> {
    const { shift, post, claim } = await this.ownClaim(actorId, shiftId);
    const now = new Date();
    precheck(ShiftClaimAction.CheckOut, claim);
    if (!isCheckOutOpen(spanOf(shift), now.getTime())) throw new DomainError('SHIFT_CHECK_OUT_CLOSED');
    const presence = await this.verify(actorId, shift, post, claim, proof, now);
    // The check-out and its audit record commit together.
    await this.transactions.run(async (manager) => {
      await moveClaim(manager, {
        claim,
        action: ShiftClaimAction.CheckOut,
        actorId,
        note: presence.distanceM === null ? '扫码签退' : `定位签退，距岗位 ${presence.distanceM} 米`,
        set: { checkedOutAt: now, codeTries: 0 },
        andWhere: { sql: 'member_id = :actorId', params: { actorId } },
      });
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.check_out',
        targetType: 'shift_claim',
        targetId: claim.id,
        placeId: shift.communityId,
        after: presence,
      });
    });
    return this.view(claim.id, shift);
  }

  /**
   * Exactly one proof: a QR token (or the 6-digit code under it) for this shift that is current, or
   * a location within the radius, the latter only from someone who agreed to location use (a
   * separate consent, PIPL Art. 14).
   */
  private async verify(actorId: string, shift: PostShift, post: Post, claim: ShiftClaim, proof: CheckProofDto, now: Date): Promise<Presence> {
    const hasQr = proof.qrToken !== undefined;
    const hasLocation = proof.latitude !== undefined || proof.longitude !== undefined;
    if (hasQr === hasLocation) throw new DomainError('SHIFT_CHECK_PROOF_REQUIRED');
    if (hasQr && isShortCheckInCode(proof.qrToken!)) {
      await this.spendCodeTry(claim.id, now);
      const verdict = this.tokens.verifyShort(shift.id, proof.qrToken!, now.getTime());
      if (verdict === 'invalid') throw new DomainError('SHIFT_CODE_INVALID');
      if (verdict === 'expired') throw new DomainError('SHIFT_QR_EXPIRED');
      return { method: CheckInMethod.Qr, distanceM: null };
    }
    if (hasQr) {
      const scanned = parseQrContent(proof.qrToken!);
      if (scanned && scanned.shiftId !== shift.id) throw new DomainError('SHIFT_QR_INVALID');
      const verdict = this.tokens.verify(shift.id, scanned ? scanned.token : proof.qrToken!.trim(), now.getTime());
      if (verdict === 'invalid') throw new DomainError('SHIFT_QR_INVALID');
      if (verdict === 'expired') throw new DomainError('SHIFT_QR_EXPIRED');
      return { method: CheckInMethod.Qr, distanceM: null };
    }
    if (proof.latitude === undefined || proof.longitude === undefined) throw new DomainError('SHIFT_CHECK_PROOF_REQUIRED');
    if (!(await this.consents.hasLocationConsent(actorId))) throw new DomainError('PRIVACY_LOCATION_CONSENT_REQUIRED');
    const distance = distanceMetres(
      { latitude: proof.latitude, longitude: proof.longitude },
      { latitude: fromMicroDegrees(post.latitudeE6), longitude: fromMicroDegrees(post.longitudeE6) },
    );
    if (distance > post.radiusMetres) {
      throw new DomainError(
        'SHIFT_OUTSIDE_RADIUS',
        { distanceMetres: Math.round(distance), radiusMetres: post.radiusMetres },
        `您距岗位约 ${Math.round(distance)} 米，超出签到范围（${post.radiusMetres} 米），请到现场后再签到`,
      );
    }
    return { method: CheckInMethod.Location, distanceM: Math.round(distance) };
  }

  /**
   * Takes one of the claim's typed-code tries before the code is compared, in one conditional UPDATE
   * committed on its own (a wrong guess must count even though the check-in fails): a new period
   * starts once the last has run out; none is left → 429. Concurrent guesses cannot overspend.
   */
  private async spendCodeTry(claimId: string, now: Date): Promise<void> {
    const cut = new Date(now.getTime() - POST_DEFAULTS.shortCodeTryMinutes * 60_000);
    const fresh = '(code_tries_since IS NULL OR code_tries_since <= :cut)';
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ShiftClaim)
      .set({
        codeTries: () => `CASE WHEN ${fresh} THEN 1 ELSE code_tries + 1 END`,
        codeTriesSince: () => `CASE WHEN ${fresh} THEN :now ELSE code_tries_since END`,
      })
      .where(`id = :claimId AND (${fresh} OR code_tries < :max)`, { claimId, cut, now, max: POST_DEFAULTS.shortCodeTries })
      .execute();
    if (result.affected !== 1) throw new DomainError('SHIFT_CODE_LOCKED');
  }

  private async ownClaim(actorId: string, shiftId: string): Promise<{ shift: PostShift; post: Post; claim: ShiftClaim }> {
    const { shift, post } = await this.load(shiftId);
    if (post.kind !== PostKind.Shift) throw new DomainError('POST_KIND_MISMATCH');
    if (shift.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
    const claim = await this.dataSource.getRepository(ShiftClaim).findOne({ where: { shiftId, memberId: actorId, live: 1 } });
    if (!claim) throw new DomainError('SHIFT_NOT_CLAIMER');
    return { shift, post, claim };
  }

  private async load(shiftId: string): Promise<{ shift: PostShift; post: Post }> {
    const shift = await this.dataSource.getRepository(PostShift).findOne({ where: { id: shiftId } });
    if (!shift) throw new DomainError('SHIFT_NOT_FOUND');
    return { shift, post: await this.dataSource.getRepository(Post).findOneOrFail({ where: { id: shift.postId } }) };
  }

  private async view(claimId: string, shift: PostShift): Promise<ShiftClaimView> {
    const claim = await this.dataSource.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
    return (await this.views.claims([claim], new Map([[shift.id, shift]])))[0];
  }
}

/** Reports the state problem (not checked in, already checked out…) before asking for proof. */
function precheck(action: ShiftClaimAction, claim: ShiftClaim): void {
  if (!shiftClaimSources(action).includes(claim.status)) throw new DomainError(shiftClaimConflict(action, claim.status));
}

function spanOf(shift: PostShift): { startsAt: number; endsAt: number } {
  return { startsAt: shift.startsAt.getTime(), endsAt: shift.endsAt.getTime() };
}
