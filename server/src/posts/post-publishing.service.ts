import { Injectable } from '@nestjs/common';
import { PlaceLevel, PostKind, PostView, Role, ShiftClaimAction, ShiftClaimStatus, ShiftStatus, toMicroDegrees } from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { CreatePostDto, ShiftPlanDto, UpdatePostDto, UpdateShiftDto } from './dto/post-input.dto';
import { PostBoardService } from './post-board.service';
import { PostEvent } from './post-event.entity';
import { PostManagers } from './post-managers';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';
import { parseShiftPlan } from './shift-plans';
import { PointsRulesService } from '../points/points-rules.service';
import { lockShift, promoteWaiting } from './shift-seats';

/** Publishing and editing posts, planning, re-sizing and cancelling their shifts. */
@Injectable()
export class PostPublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly managers: PostManagers,
    private readonly board: PostBoardService,
    private readonly contentCheck: ContentCheck,
    private readonly pointsRules: PointsRulesService,
  ) {}

  /** The secretary publishes for the community; a unit contact publishes for their approved unit. */
  async create(actorId: string, community: ScopedPlace, body: CreatePostDto): Promise<PostView> {
    if (community.level !== PlaceLevel.Community) throw new DomainError('POST_COMMUNITY_REQUIRED');
    const isSecretary = await this.access.holdsAnyRoleOver(actorId, [Role.Secretary], community);
    const unitId = isSecretary ? null : await this.managers.unitOf(actorId, community.id);
    if (!isSecretary && !unitId) throw new DomainError('POST_PUBLISH_NOT_ALLOWED');
    if (body.kind === PostKind.Standing && body.shifts.length !== 1) throw new DomainError('POST_SHIFTS_REQUIRED');
    await this.checkText(actorId, body);
    const pointsPerHour = body.pointsPerHour ?? (await this.pointsRules.rulesOf(community.id)).pointsPerHour;
    const now = new Date();
    const plans = body.shifts.map((plan, index) => parseShiftPlan(body.kind, plan, now, index));

    const post = {
      id: newId(),
      communityId: community.id,
      title: body.title,
      type: body.type,
      kind: body.kind,
      description: body.description,
      address: body.address,
      latitudeE6: toMicroDegrees(body.latitude),
      longitudeE6: toMicroDegrees(body.longitude),
      radiusMetres: body.radiusMetres,
      pointsPerHour,
      requiredSkills: body.requiredSkills ?? [],
      publishedBy: actorId,
      publisherUnitId: unitId,
    };
    const shifts = plans.map((plan) => this.newShift(post, plan));
    // The post, its shifts, the history line and the audit record are one fact.
    await this.transactions.run(async (manager) => {
      await manager.insert(Post, post);
      await manager.insert(PostShift, shifts);
      await manager.insert(PostEvent, { id: newId(), postId: post.id, shiftId: null, claimId: null, kind: 'publish', actorId, recipientId: null, note: null });
      await this.audit.record(manager, {
        actorId,
        action: 'post.publish',
        targetType: 'post',
        targetId: post.id,
        placeId: community.id,
        after: { kind: post.kind, shifts: shifts.length },
      });
    });
    return this.board.detail(post.id, actorId);
  }

  async update(actorId: string, postId: string, body: UpdatePostDto): Promise<PostView> {
    const post = await this.requirePost(postId);
    await this.managers.assertCanManage(actorId, post);
    await this.checkText(actorId, body);
    const changes: Partial<Post> = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.type !== undefined ? { type: body.type } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.address !== undefined ? { address: body.address } : {}),
      ...(body.latitude !== undefined ? { latitudeE6: toMicroDegrees(body.latitude) } : {}),
      ...(body.longitude !== undefined ? { longitudeE6: toMicroDegrees(body.longitude) } : {}),
      ...(body.radiusMetres !== undefined ? { radiusMetres: body.radiusMetres } : {}),
      ...(body.pointsPerHour !== undefined ? { pointsPerHour: body.pointsPerHour } : {}),
      ...(body.requiredSkills !== undefined ? { requiredSkills: body.requiredSkills } : {}),
    };
    if (Object.keys(changes).length > 0) {
      // The edit and its audit record (with the values before) commit together.
      await this.transactions.run(async (manager) => {
        await manager.update(Post, { id: postId }, changes);
        await this.event(manager, post.id, null, 'edit', actorId);
        const before = Object.fromEntries(Object.keys(changes).map((key) => [key, post[key as keyof Post]]));
        await this.audit.record(manager, {
          actorId,
          action: 'post.edit',
          targetType: 'post',
          targetId: postId,
          placeId: post.communityId,
          before,
          after: changes,
        });
      });
    }
    return this.board.detail(postId, actorId);
  }

  async addShift(actorId: string, postId: string, body: ShiftPlanDto): Promise<PostView> {
    const post = await this.requirePost(postId);
    await this.managers.assertCanManage(actorId, post);
    if (post.kind !== PostKind.Shift) throw new DomainError('POST_KIND_MISMATCH');
    const shift = this.newShift(post, parseShiftPlan(post.kind, body, new Date()));
    // The shift and its history and audit lines are one fact.
    await this.transactions.run(async (manager) => {
      await manager.insert(PostShift, shift);
      await this.event(manager, post.id, shift.id, 'add_shift', actorId);
      await this.audit.record(manager, { actorId, action: 'post.shift.add', targetType: 'post_shift', targetId: shift.id, placeId: post.communityId });
    });
    return this.board.detail(postId, actorId);
  }

  /**
   * Capacity: lowered only down to the seats taken (the database refuses anything lower in the
   * same UPDATE), raised with the waiting list promoted into the new seats in the same transaction.
   * Times: only while nobody holds a claim on the shift, since members planned around them and
   * the overlap rule was checked against them.
   */
  async updateShift(actorId: string, shiftId: string, body: UpdateShiftDto): Promise<PostView> {
    const shift = await this.requireShift(shiftId);
    const post = await this.requirePost(shift.postId);
    await this.managers.assertCanManage(actorId, post);
    const now = new Date();
    const retimed = body.startsAt !== undefined || body.endsAt !== undefined;
    const times = retimed
      ? parseShiftPlan(
          post.kind,
          {
            startsAt: body.startsAt ?? shift.startsAt.toISOString(),
            endsAt: body.endsAt ?? shift.endsAt.toISOString(),
            capacity: body.capacity ?? shift.capacity,
          },
          now,
        )
      : null;
    // The new times or capacity, the promotions a raise allows, and the history and audit lines move together.
    await this.transactions.run(async (manager) => {
      const locked = await lockShift(manager, shiftId);
      if (locked.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
      if (times) {
        const claimed = await manager.getRepository(ShiftClaim).count({ where: { shiftId, live: 1 } });
        if (claimed > 0) throw new DomainError('SHIFT_HAS_CLAIMS');
        await manager.update(PostShift, { id: shiftId }, { startsAt: times.startsAt, endsAt: times.endsAt });
      }
      if (body.capacity !== undefined && body.capacity !== locked.capacity) {
        const resized = await manager
          .createQueryBuilder()
          .update(PostShift)
          .set({ capacity: body.capacity })
          .where('id = :shiftId AND confirmed_count <= :capacity', { shiftId, capacity: body.capacity })
          .execute();
        if (resized.affected !== 1) throw new DomainError('SHIFT_CAPACITY_BELOW_CONFIRMED', { taken: locked.confirmedCount });
        if (body.capacity > locked.capacity) await promoteWaiting(manager, { ...locked, capacity: body.capacity, ...(times ?? {}) }, actorId, now);
      }
      await this.event(manager, post.id, shiftId, 'edit_shift', actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.edit',
        targetType: 'post_shift',
        targetId: shiftId,
        placeId: post.communityId,
        before: { startsAt: locked.startsAt, endsAt: locked.endsAt, capacity: locked.capacity },
        after: body,
      });
    });
    return this.board.detail(post.id, actorId);
  }

  /** Cancels a shift before it starts (a term before it ends); every member on it is told (#8). */
  async cancelShift(actorId: string, shiftId: string, reason: string): Promise<PostView> {
    const shift = await this.requireShift(shiftId);
    const post = await this.requirePost(shift.postId);
    await this.managers.assertCanManage(actorId, post);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    const now = new Date();
    // The shift, all its claims, the notices and the audit record change together.
    await this.transactions.run(async (manager) => {
      const locked = await lockShift(manager, shiftId);
      if (locked.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
      const lastMoment = locked.kind === PostKind.Standing ? locked.endsAt : locked.startsAt;
      if (now >= lastMoment) throw new DomainError('SHIFT_STARTED');
      await manager.update(PostShift, { id: shiftId, status: ShiftStatus.Open }, { status: ShiftStatus.Cancelled, cancelReason: reason, confirmedCount: 0 });
      const claims = await manager.getRepository(ShiftClaim).find({
        select: { id: true, postId: true, shiftId: true, memberId: true },
        where: { shiftId, status: In([ShiftClaimStatus.Waiting, ShiftClaimStatus.Confirmed]) },
      });
      for (const claim of claims) {
        await moveClaim(manager, { claim, action: ShiftClaimAction.CancelShift, actorId, set: { endedAt: now }, note: reason, notify: claim.memberId });
      }
      await this.audit.record(manager, {
        actorId,
        action: 'post.shift.cancel',
        targetType: 'post_shift',
        targetId: shiftId,
        placeId: post.communityId,
        after: { reason, claims: claims.length },
      });
    });
    return this.board.detail(post.id, actorId);
  }

  private newShift(post: Pick<Post, 'id' | 'communityId' | 'kind'>, plan: { startsAt: Date; endsAt: Date; capacity: number }) {
    return {
      id: newId(),
      postId: post.id,
      communityId: post.communityId,
      kind: post.kind,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      capacity: plan.capacity,
      confirmedCount: 0,
      waitingNext: 0,
      status: ShiftStatus.Open,
      cancelReason: null,
      sweptAt: null,
    };
  }

  private async event(manager: EntityManager, postId: string, shiftId: string | null, kind: string, actorId: string): Promise<void> {
    await manager.insert(PostEvent, { id: newId(), postId, shiftId, claimId: null, kind, actorId, recipientId: null, note: null });
  }

  /** What members will read on the board passes the content check first; an unset field (an edit) is skipped. */
  private async checkText(actorId: string, body: { title?: string; description?: string; address?: string }): Promise<void> {
    await this.contentCheck.text(
      [
        { field: 'title', label: '岗位名称', text: body.title },
        { field: 'description', label: '岗位说明', text: body.description },
        { field: 'address', label: '地点', text: body.address },
      ],
      { userId: actorId, scene: ContentScene.Forum },
    );
  }

  private async requirePost(postId: string): Promise<Post> {
    const post = postId.length <= 64 ? await this.dataSource.getRepository(Post).findOne({ where: { id: postId } }) : null;
    if (!post) throw new DomainError('POST_NOT_FOUND');
    return post;
  }

  private async requireShift(shiftId: string): Promise<PostShift> {
    const shift = shiftId.length <= 64 ? await this.dataSource.getRepository(PostShift).findOne({ where: { id: shiftId } }) : null;
    if (!shift) throw new DomainError('SHIFT_NOT_FOUND');
    return shift;
  }
}
