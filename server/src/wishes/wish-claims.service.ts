import { Injectable } from '@nestjs/common';
import {
  isWishParty,
  pointsPerClaimer,
  WISH_CLAIM_OTHER_COMMUNITY_MESSAGE,
  PointsSource,
  PrivateDataKind,
  Role,
  WishAction,
  WishContactView,
  WishManageView,
  WishPublicView,
  WishStatus,
} from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { newId } from '../database/ids';
import { execute } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { NotificationService } from '../notifications/notification.service';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { PointsLedger } from '../points/points-ledger.service';
import { AccessLogService } from '../privacy-rights/access-log.service';
import { RoleGrant } from '../roles/role-grant.entity';
import { ConfirmWishDto, ReassignWishDto } from './dto/wish-input.dto';
import { Wish } from './wish.entity';
import { WishClaim, WishCoClaimer } from './wish-claim.entity';
import { moveWish } from './wish-transition';
import { WishSettingsService } from './wish-settings.service';
import { WishViews } from './wish-views';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Who may claim a wish: an approved double-reported party member, or an approved unit's contact. */
const CLAIMER_ROLES = [Role.PartyMember, Role.UnitContact];
/** Who confirms in place of a beneficiary who has not, once the confirmation deadline passed. */
const ESCALATION_ROLES = [Role.GridWorker, Role.Secretary];
/** The history line of a confirmation made in the resident's place. */
const ON_BEHALF_NOTE = '受助居民超期未确认，由网格员或社区书记代为确认';

/** Claiming, fulfilling and confirming wishes; one live claim per wish, points once on confirmation. */
@Injectable()
export class WishClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly ledger: PointsLedger,
    private readonly views: WishViews,
    private readonly settings: WishSettingsService,
    private readonly contentCheck: ContentCheck,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Claims an open wish, optionally as a group (帮帮团). One transaction: the conditional UPDATE
   * on the wish decides the race (affected = 1 wins), and the live claim row, whose unique key on
   * (wish, live) backs that up, the co-claimers and the audit record commit with it.
   */
  async claim(actorId: string, wishId: string, coClaimerIds: string[] = []): Promise<WishPublicView> {
    const wish = await this.requireWish(wishId);
    if (wish.hidden) throw new DomainError('WISH_NOT_FOUND'); // hidden after reports: off the wall
    if (isWishParty(wish, actorId)) throw new DomainError('WISH_OWN_WISH');
    const community = await this.access.requirePlace(wish.communityId);
    if (!(await this.access.holdsAnyRoleOver(actorId, CLAIMER_ROLES, community))) throw await this.claimRefused(actorId);
    await this.assertCoClaimers(actorId, wish, coClaimerIds);

    // The rules are read before the transaction: a read there would fix MySQL's snapshot before
    // the conditional UPDATE, and the loser of a race could no longer see why it lost.
    const { fulfilDays } = await this.settings.rulesOf(wish.communityId);
    const now = new Date();
    const claimId = newId();
    await this.transactions.run(async (manager) => {
      // A claimer whose account is being deleted at this moment cannot end up holding the claim: the
      // claim and the deletion both write the claimer's guard row first, so on every engine one waits
      // for (or, on a cluster, is retried after) the other and then sees what it did.
      if ((await execute(manager, 'UPDATE app_user SET claim_guard = claim_guard + 1 WHERE id = ? AND deleted_at IS NULL', [actorId])) !== 1)
        throw new DomainError('AUTH_ACCOUNT_DELETED');
      await moveWish(manager, {
        wishId,
        action: WishAction.Claim,
        actorId,
        set: { claimId, claimerId: actorId, claimedAt: now, claimDueAt: daysAfter(now, fulfilDays), remindedAt: null, releaseDueAt: null },
        andWhere: { sql: 'hidden = :visible', params: { visible: false } },
        note: coClaimerIds.length ? `帮帮团 ${coClaimerIds.length + 1} 人` : null,
      });
      await manager.insert(WishClaim, { id: claimId, wishId, claimerId: actorId, live: 1, status: 'active' });
      if (coClaimerIds.length)
        await manager.insert(
          WishCoClaimer,
          coClaimerIds.map((userId) => ({ id: newId(), claimId, userId })),
        );
      await this.audit.record(manager, {
        actorId,
        action: 'wish.claim',
        targetType: 'wish',
        targetId: wishId,
        placeId: wish.communityId,
        after: { claimId, coClaimerIds },
      });
      await this.notifications.wishClaimed(manager, wishId, actorId);
    });
    return this.publicView(wishId);
  }

  /** The claimer gives the wish back to the wall before fulfilling it. */
  async cancel(actorId: string, wishId: string): Promise<WishPublicView> {
    const wish = await this.requireWish(wishId);
    if (wish.claimerId !== actorId) throw new DomainError('WISH_NOT_CLAIMER');
    await this.transactions.run(async (manager) => {
      await moveWish(manager, {
        wishId,
        action: WishAction.CancelClaim,
        actorId,
        set: openAgain,
        andWhere: { sql: 'claim_id = :claimId', params: { claimId: wish.claimId } },
      });
      await endClaim(manager, wish.claimId!, 'cancelled');
      await this.audit.record(manager, { actorId, action: 'wish.claim.cancel', targetType: 'wish', targetId: wishId, placeId: wish.communityId });
    });
    return this.publicView(wishId);
  }

  async fulfil(actorId: string, wishId: string, note: string): Promise<WishPublicView> {
    const wish = await this.requireWish(wishId);
    if (wish.claimerId !== actorId) throw new DomainError('WISH_NOT_CLAIMER');
    await this.contentCheck.text([{ field: 'note', label: '完成说明', text: note }], { userId: actorId, scene: ContentScene.Comment });
    const { confirmDays } = await this.settings.rulesOf(wish.communityId);
    const now = new Date();
    await this.transactions.run(async (manager) => {
      await moveWish(manager, {
        wishId,
        action: WishAction.Fulfil,
        actorId,
        set: { fulfilledAt: now, fulfilmentNote: note, confirmDueAt: daysAfter(now, confirmDays) },
        andWhere: { sql: 'claimer_id = :actorId', params: { actorId } },
      });
      await this.audit.record(manager, { actorId, action: 'wish.fulfil', targetType: 'wish', targetId: wishId, placeId: wish.communityId });
      await this.notifications.wishDelivered(manager, wishId, actorId);
    });
    return this.publicView(wishId);
  }

  /**
   * The beneficiary or their agent confirms receipt (or, once escalated, the grid worker or
   * secretary). One transaction: the wish becomes 已圆梦, its claim completes and every claimer's
   * points are credited, so points exist exactly when the confirmation does, and only once.
   */
  async confirm(actorId: string, wishId: string, body: ConfirmWishDto): Promise<WishManageView> {
    const wish = await this.requireWish(wishId);
    const isBeneficiarySide = actorId === wish.beneficiaryUserId || actorId === wish.agentUserId;
    if (!isBeneficiarySide) {
      const building = await this.access.requirePlace(wish.buildingId);
      const escalatedToMe = wish.escalatedAt !== null && (await this.access.holdsAnyRoleOver(actorId, ESCALATION_ROLES, building));
      if (!escalatedToMe) throw new DomainError('WISH_NOT_BENEFICIARY');
    }
    await this.contentCheck.text([{ field: 'thanks', label: '感谢的话', text: body.thanks }], { userId: actorId, scene: ContentScene.Comment });
    await this.transactions.run(async (manager) => {
      await moveWish(manager, {
        wishId,
        action: WishAction.Confirm,
        actorId,
        set: { confirmedAt: new Date(), confirmedBy: actorId, thanks: body.thanks || null, rating: body.rating ?? null },
        note: isBeneficiarySide ? null : ON_BEHALF_NOTE,
      });
      // Read the claim after the update: the row is ours now, and the claim read before may have been replaced.
      const confirmed = await manager.getRepository(Wish).findOneByOrFail({ id: wishId });
      await endClaim(manager, confirmed.claimId!, 'completed');
      const coClaimers = await manager.getRepository(WishCoClaimer).find({ where: { claimId: confirmed.claimId! } });
      const claimers = [confirmed.claimerId!, ...coClaimers.map((c) => c.userId)];
      const { pointsPerWish } = await this.settings.rulesOf(wish.communityId, manager);
      const each = pointsPerClaimer(pointsPerWish, claimers.length);
      for (const userId of each > 0 ? claimers : []) {
        await this.ledger.credit(manager, {
          userId,
          communityId: wish.communityId,
          amount: each,
          reason: `圆梦微心愿：${wish.title}`,
          sourceType: PointsSource.Wish,
          sourceId: wishId,
          createdBy: actorId,
        });
      }
      await this.audit.record(manager, {
        actorId,
        action: 'wish.confirm',
        targetType: 'wish',
        targetId: wishId,
        placeId: wish.communityId,
        after: { claimers, pointsEach: each, onBehalf: !isBeneficiarySide },
      });
      await this.notifications.wishFulfilled(manager, wishId, claimers, each, actorId);
    });
    return (await this.views.manageViews([await this.requireWish(wishId)]))[0];
  }

  /** The secretary hands a claimed wish to another member (the old claim ends, the new one is live). */
  async reassign(actorId: string, wishId: string, body: ReassignWishDto): Promise<WishPublicView> {
    const wish = await this.requireWish(wishId);
    const community = await this.access.requirePlace(wish.communityId);
    if (!(await this.access.holdsAnyRoleOver(body.claimerId, CLAIMER_ROLES, community))) throw new DomainError('WISH_CLAIM_NOT_ALLOWED');
    if (isWishParty(wish, body.claimerId)) throw new DomainError('WISH_OWN_WISH');
    const { fulfilDays } = await this.settings.rulesOf(wish.communityId);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: body.reason }], { userId: actorId, scene: ContentScene.Comment });
    const now = new Date();
    const claimId = newId();
    await this.transactions.run(async (manager) => {
      await moveWish(manager, {
        wishId,
        action: WishAction.Reassign,
        actorId,
        note: body.reason,
        set: { claimId, claimerId: body.claimerId, claimedAt: now, claimDueAt: daysAfter(now, fulfilDays), remindedAt: null, releaseDueAt: null },
        andWhere: { sql: 'claim_id = :old', params: { old: wish.claimId } },
      });
      await endClaim(manager, wish.claimId!, 'reassigned');
      await manager.insert(WishClaim, { id: claimId, wishId, claimerId: body.claimerId, live: 1, status: 'active' });
      await this.audit.record(manager, {
        actorId,
        action: 'wish.reassign',
        targetType: 'wish',
        targetId: wishId,
        placeId: wish.communityId,
        before: { claimerId: wish.claimerId },
        after: { claimerId: body.claimerId, reason: body.reason },
      });
    });
    return this.publicView(wishId);
  }

  /** Delivery details, for the live claimer only, only while the claim is live. */
  async contact(actorId: string, wishId: string): Promise<WishContactView> {
    const wish = await this.requireWish(wishId);
    if (wish.status !== WishStatus.Claimed || wish.claimerId !== actorId) throw new DomainError('WISH_NOT_CLAIMER');
    const [beneficiary, agent, household, community, building] = await Promise.all([
      this.dataSource.getRepository(User).findOneByOrFail({ id: wish.beneficiaryUserId }),
      wish.agentUserId ? this.dataSource.getRepository(User).findOneBy({ id: wish.agentUserId }) : null,
      this.dataSource.getRepository(Household).findOneByOrFail({ id: wish.householdId }),
      this.dataSource.getRepository(Place).findOneByOrFail({ id: wish.communityId }),
      this.dataSource.getRepository(Place).findOneByOrFail({ id: wish.buildingId }),
    ]);
    const purpose = '认领人送达心愿';
    await this.accessLog.record({
      viewerId: actorId,
      subjectUserId: wish.beneficiaryUserId,
      placeId: wish.communityId,
      kind: PrivateDataKind.WishContact,
      targetId: wishId,
      purpose,
    });
    return {
      wishId,
      beneficiaryName: wish.beneficiaryName,
      phone: beneficiary.phone,
      address: `${community.name} ${building.name} ${household.label}`,
      agentName: agent?.displayName ?? null,
      agentPhone: agent?.phone ?? null,
      claimDueAt: wish.claimDueAt!.toISOString(),
    };
  }

  /** Wishes I claim or claimed (alone or in a group), newest first. */
  async mine(userId: string): Promise<WishPublicView[]> {
    const claims = await this.dataSource
      .getRepository(WishClaim)
      .find({ select: { wishId: true }, where: { claimerId: userId }, order: { createdAt: 'DESC' }, take: 50 });
    const groups = await this.dataSource.getRepository(WishCoClaimer).find({ select: { claimId: true }, where: { userId }, take: 50 });
    const groupClaims = groups.length
      ? await this.dataSource.getRepository(WishClaim).find({ select: { wishId: true }, where: { id: In(groups.map((g) => g.claimId)) } })
      : [];
    const ids = [...new Set([...claims, ...groupClaims].map((c) => c.wishId))];
    if (ids.length === 0) return [];
    const wishes = await this.dataSource.getRepository(Wish).find({ where: { id: In(ids) }, order: { id: 'DESC' } });
    return this.views.publicViews(wishes);
  }

  /** Why this person may not claim: a member reported to another community is told so, not just that members claim. */
  private async claimRefused(actorId: string): Promise<DomainError> {
    const elsewhere = (await this.access.grantsOf(actorId)).some((g) => CLAIMER_ROLES.includes(g.role));
    return elsewhere
      ? new DomainError('WISH_CLAIM_NOT_ALLOWED', { reason: 'other_community' }, WISH_CLAIM_OTHER_COMMUNITY_MESSAGE)
      : new DomainError('WISH_CLAIM_NOT_ALLOWED');
  }

  private async assertCoClaimers(actorId: string, wish: Wish, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (ids.some((id) => id === actorId || isWishParty(wish, id))) throw new DomainError('WISH_CO_CLAIMER_INVALID');
    const members = await this.dataSource.getRepository(RoleGrant).count({ where: { userId: In(ids), role: Role.PartyMember, placeId: wish.communityId } });
    if (members !== ids.length) throw new DomainError('WISH_CO_CLAIMER_INVALID');
  }

  private async requireWish(wishId: string): Promise<Wish> {
    const wish = wishId.length <= 64 ? await this.dataSource.getRepository(Wish).findOne({ where: { id: wishId } }) : null;
    if (!wish) throw new DomainError('WISH_NOT_FOUND');
    return wish;
  }

  private async publicView(wishId: string): Promise<WishPublicView> {
    return (await this.views.publicViews([await this.requireWish(wishId)]))[0];
  }
}

/** The columns a wish sheds when it goes back on the wall. */
export const openAgain = { claimId: null, claimerId: null, claimedAt: null, claimDueAt: null, remindedAt: null, releaseDueAt: null };

export function daysAfter(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}

/** Closes a live claim (live → NULL frees the wish for the next claim). */
export async function endClaim(manager: EntityManager, claimId: string, status: WishClaim['status']): Promise<void> {
  await manager.update(WishClaim, { id: claimId, live: 1 }, { live: null, status, endedAt: new Date() });
}
