import { Injectable } from '@nestjs/common';
import {
  APPROVER_ROLES,
  CONSENT_KIND_OF_SENSITIVE,
  isAcceptableWantedBy,
  isOnWall,
  likelySensitiveKinds,
  missingSensitiveConsents,
  isWishParty,
  isWithinValueCap,
  LIMITS,
  placeIdsOnPath,
  Role,
  shanghaiDateOf,
  WishAction,
  WishManageView,
  WishStatus,
} from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { decodeCursor, pageOf } from '../common/http/page';
import { newId } from '../database/ids';
import { execute, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { NotificationService } from '../notifications/notification.service';
import { User } from '../identity/user.entity';
import { ConsentService, IN_APP } from '../privacy/consent.service';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Place } from '../places/place.entity';
import { ApproveWishDto, PostWishDto } from './dto/wish-input.dto';
import { Wish } from './wish.entity';
import { WishEvent } from './wish-event.entity';
import { moveWish } from './wish-transition';
import { WishSettingsService } from './wish-settings.service';
import { WishViews } from './wish-views';

/** Who may post for a resident (代办): the grid worker of their building, or the community's secretary. */
const AGENT_ROLES = [Role.GridWorker, Role.Secretary];
export const WISH_REVIEWERS = APPROVER_ROLES;

/** Posting and reviewing wishes: post (for oneself or as an agent), approve with edits, reject, withdraw. */
@Injectable()
export class WishPostingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly views: WishViews,
    private readonly settings: WishSettingsService,
    private readonly contentCheck: ContentCheck,
    private readonly consents: ConsentService,
  ) {}

  async post(actorId: string, body: PostWishDto): Promise<WishManageView> {
    const household = await this.dataSource.getRepository(Household).findOne({ where: { id: body.householdId } });
    if (!household) throw new DomainError('HOUSEHOLD_NOT_FOUND');
    const building = await this.dataSource.getRepository(Place).findOneByOrFail({ id: household.buildingId });
    const [, streetId, , gridId] = placeIdsOnPath(building.path);

    const beneficiaryId = body.beneficiaryUserId ?? actorId;
    const agentId = beneficiaryId === actorId ? null : actorId;
    if (agentId) {
      if (!(await this.access.holdsAnyRoleOver(actorId, AGENT_ROLES, building))) throw new DomainError('ACCESS_DENIED');
      if (!body.consentNote) throw new DomainError('WISH_AGENT_CONSENT_REQUIRED');
    }
    const lives = await this.dataSource.getRepository(HouseholdMember).count({ where: { householdId: household.id, userId: beneficiaryId } });
    if (lives === 0) throw new DomainError(agentId ? 'WISH_BENEFICIARY_NOT_RESIDENT' : 'HOUSEHOLD_NOT_YOURS');
    const { valueCapFen } = await this.settings.rulesOf(household.communityId);
    if (!isWithinValueCap(body.valueFen, valueCapFen)) {
      throw new DomainError('WISH_VALUE_OVER_CAP', { capFen: valueCapFen });
    }
    if (!isAcceptableWantedBy(body.wantedBy, shanghaiDateOf(new Date()))) throw new DomainError('WISH_WANTED_BY_INVALID');
    // Sensitive information needs its own consent (PIPL Art. 29): the poster's ticks, checked against what the story probably holds.
    const sensitiveConsents = body.sensitiveConsents ?? [];
    const missing = missingSensitiveConsents(likelySensitiveKinds(body.title, body.story), sensitiveConsents);
    if (missing.length > 0) throw new DomainError('PRIVACY_SENSITIVE_CONSENT_REQUIRED', { kinds: missing });
    const beneficiary = await this.dataSource.getRepository(User).findOneByOrFail({ id: beneficiaryId });
    // The secretary reviews every wish before the wall shows it, so WeChat's "unsure" may pass here.
    await this.contentCheck.text(
      [
        { field: 'title', label: '标题', text: body.title },
        { field: 'story', label: '心愿描述', text: body.story },
      ],
      { userId: actorId, scene: ContentScene.Forum, reviewedBeforePublic: true },
    );

    const wish = {
      id: newId(),
      communityId: household.communityId,
      streetId,
      gridId,
      buildingId: building.id,
      householdId: household.id,
      beneficiaryUserId: beneficiaryId,
      beneficiaryName: beneficiary.displayName,
      beneficiaryGender: body.beneficiaryGender ?? null,
      postedBy: actorId,
      agentUserId: agentId,
      consentNote: agentId ? body.consentNote! : null,
      title: body.title,
      story: body.story,
      category: body.category,
      valueFen: body.valueFen,
      wantedBy: body.wantedBy,
      status: WishStatus.PendingReview,
    };
    // The wish, its first history line, the consents to its sensitive information and the audit record are one fact.
    await this.transactions.run(async (manager) => {
      // A move-out racing this post either lands first (and the post is refused) or after the wish is
      // recorded: both write the beneficiary's guard, so they conflict on every engine (a row lock on
      // one server, certification on a cluster), and the membership is read after that write.
      await execute(manager, 'UPDATE app_user SET claim_guard = claim_guard + 1 WHERE id = ?', [beneficiaryId]);
      const [living] = await selectRows(manager, 'SELECT id FROM household_member WHERE household_id = ? AND user_id = ?', [household.id, beneficiaryId]);
      if (!living) throw new DomainError(agentId ? 'WISH_BENEFICIARY_NOT_RESIDENT' : 'HOUSEHOLD_NOT_YOURS');
      await manager.insert(Wish, wish);
      for (const kind of sensitiveConsents) {
        // Given by the resident in the app, or recorded by the agent with how the resident (or guardian) agreed.
        await this.consents.record(manager, {
          userId: beneficiaryId,
          kind: CONSENT_KIND_OF_SENSITIVE[kind],
          subjectId: wish.id,
          givenBy: actorId,
          method: agentId ? body.consentNote! : IN_APP,
        });
      }
      await manager.insert(WishEvent, { id: newId(), wishId: wish.id, kind: 'post', actorId, note: agentId ? '网格员代发' : null });
      await this.audit.record(manager, { actorId, action: 'wish.post', targetType: 'wish', targetId: wish.id, placeId: wish.communityId });
    });
    return this.manageView(wish.id);
  }

  /** Approves, optionally with the title and story edited to take out private details. */
  async approve(actorId: string, wishId: string, body: ApproveWishDto): Promise<WishManageView> {
    // The secretary's edits go onto the wall at once: nobody reads them after her.
    await this.contentCheck.text(
      [
        { field: 'title', label: '标题', text: body.title },
        { field: 'story', label: '心愿描述', text: body.story },
      ],
      { userId: actorId, scene: ContentScene.Forum },
    );
    await this.transactions.run(async (manager) => {
      const edits = { ...(body.title ? { title: body.title } : {}), ...(body.story ? { story: body.story } : {}) };
      await moveWish(manager, {
        wishId,
        action: WishAction.Approve,
        actorId,
        set: { ...edits, reviewedBy: actorId },
        note: Object.keys(edits).length ? '审核时修改了内容' : null,
      });
      await this.audit.record(manager, {
        actorId,
        action: 'wish.approve',
        targetType: 'wish',
        targetId: wishId,
        placeId: await communityOfWish(manager, wishId),
        after: edits,
      });
      await this.notifications.wishReviewed(manager, wishId, actorId);
    });
    return this.manageView(wishId);
  }

  async reject(actorId: string, wishId: string, reason: string): Promise<WishManageView> {
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    await this.transactions.run(async (manager) => {
      await moveWish(manager, { wishId, action: WishAction.Reject, actorId, set: { reviewedBy: actorId, rejectReason: reason }, note: reason });
      await this.audit.record(manager, {
        actorId,
        action: 'wish.reject',
        targetType: 'wish',
        targetId: wishId,
        placeId: await communityOfWish(manager, wishId),
        after: { reason },
      });
      await this.notifications.wishReviewed(manager, wishId, actorId);
    });
    return this.manageView(wishId);
  }

  /** The poster (or the beneficiary) takes the wish back, only before anyone claims it. */
  async withdraw(actorId: string, wishId: string): Promise<WishManageView> {
    const wish = await this.dataSource
      .getRepository(Wish)
      .findOne({ select: { id: true, postedBy: true, beneficiaryUserId: true, communityId: true, status: true, hidden: true }, where: { id: wishId } });
    if (!wish) throw new DomainError('WISH_NOT_FOUND');
    // Someone the wall shows the wish to is told why; a wish off the wall stays unseen.
    if (wish.postedBy !== actorId && wish.beneficiaryUserId !== actorId)
      throw new DomainError(isOnWall(wish.status) && !wish.hidden ? 'WISH_NOT_POSTER' : 'WISH_NOT_FOUND');
    await this.transactions.run(async (manager) => {
      await moveWish(manager, { wishId, action: WishAction.Withdraw, actorId });
      await this.audit.record(manager, { actorId, action: 'wish.withdraw', targetType: 'wish', targetId: wishId, placeId: wish.communityId });
    });
    return this.manageView(wishId);
  }

  /** The secretary's review queue: wishes waiting for review, oldest first. */
  async reviewQueue(community: ScopedPlace, cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const after = decodeCursor(cursor);
    const query = this.dataSource
      .getRepository(Wish)
      .createQueryBuilder('w')
      .where('w.communityId = :communityId AND w.status = :status', { communityId: community.id, status: WishStatus.PendingReview })
      .orderBy('w.id', 'ASC')
      .take(limit + 1);
    if (after) query.andWhere('w.id > :after', { after });
    const page = pageOf(await query.getMany(), limit, (w) => w.id);
    return { items: await this.views.manageViews(page.items), nextCursor: page.nextCursor };
  }

  /** Wishes I posted or that were posted for me, newest first. */
  async mine(userId: string): Promise<WishManageView[]> {
    const rows = await this.dataSource.getRepository(Wish).find({
      where: [{ postedBy: userId }, { beneficiaryUserId: userId }],
      order: { id: 'DESC' },
      take: 50,
    });
    return this.views.manageViews(rows);
  }

  /** The private view: the poster, the beneficiary, the agent, or the secretary over the community. */
  async privateView(userId: string, wishId: string): Promise<WishManageView> {
    const wish = wishId.length <= 64 ? await this.dataSource.getRepository(Wish).findOne({ where: { id: wishId } }) : null;
    if (!wish) throw new DomainError('WISH_NOT_FOUND');
    if (!isWishParty(wish, userId)) {
      const community = await this.access.requirePlace(wish.communityId);
      if (!(await this.access.holdsAnyRoleOver(userId, WISH_REVIEWERS, community))) throw new DomainError('WISH_NOT_FOUND');
    }
    return (await this.views.manageViews([wish]))[0];
  }

  private async manageView(wishId: string): Promise<WishManageView> {
    return (await this.views.manageViews([await this.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })]))[0];
  }
}

/** The community a wish belongs to (it never changes), for the audit record of a change made by id. */
async function communityOfWish(manager: EntityManager, wishId: string): Promise<string> {
  const wish = await manager.getRepository(Wish).findOneOrFail({ select: { id: true, communityId: true }, where: { id: wishId } });
  return wish.communityId;
}
