import { Injectable } from '@nestjs/common';
import {
  BUSY_CLAIM_STATUSES,
  LIMITS,
  MyShiftView,
  PointsSource,
  PostView,
  ServiceHoursView,
  ShiftClaimStatus,
  ShiftListItemView,
  ShiftRosterView,
  ShiftStatus,
} from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { PointsEntry } from '../points/points-entry.entity';
import { decodeCursor, pageOf } from '../common/http/page';
import { MyShiftsQueryDto, PostListQueryDto, ShiftBoardQueryDto } from './dto/post-input.dto';
import { managesPost, PostManagers } from './post-managers';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';

const SHANGHAI_OFFSET = '+08:00';
/** Upcoming shifts shown on each post card in the list. */
const SHIFTS_PER_CARD = 10;
/** Shifts shown on a post's page: the most recent and upcoming ones. */
const SHIFTS_PER_POST = 100;
const MY_SHIFTS = 50;

/** What members and secretaries read: posts by type, shifts by date, a post, a roster, my shifts and hours. */
@Injectable()
export class PostBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: PostViews,
    private readonly managers: PostManagers,
  ) {}

  /** Posts of a community, newest first, each with its next shifts (keyset on id). */
  async posts(community: ScopedPlace, query: PostListQueryDto, viewerId: string): Promise<{ items: PostView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const after = decodeCursor(query.cursor);
    const q = this.dataSource
      .getRepository(Post)
      .createQueryBuilder('p')
      .where('p.communityId = :communityId', { communityId: community.id })
      .orderBy('p.id', 'DESC')
      .take(limit + 1);
    if (query.type) q.andWhere('p.type = :type', { type: query.type });
    if (after) q.andWhere('p.id < :after', { after });
    const page = pageOf(await q.getMany(), limit, (p) => p.id);
    if (page.items.length === 0) return { items: [], nextCursor: page.nextCursor };
    // A fixed number of queries per page, whatever its length: the cards' shifts, the summaries
    // and the shift views are each read for the whole page at once.
    const [scope, shifts] = await Promise.all([
      this.managers.scopeOf(viewerId, community.id),
      this.upcomingShifts(
        page.items.map((p) => p.id),
        new Date(),
      ),
    ]);
    const [summaries, shiftViews] = await Promise.all([this.views.summaries(page.items), this.views.shifts(shifts, viewerId)]);
    const items = page.items.map((post, i) => ({
      ...summaries[i],
      shifts: shiftViews.filter((shift) => shift.postId === post.id),
      canManage: managesPost(scope, post),
    }));
    return { items, nextCursor: page.nextCursor };
  }

  /** Open shifts of a community by start time (keyset on start, id), optionally of one type and from a date. */
  async shifts(community: ScopedPlace, query: ShiftBoardQueryDto, viewerId: string): Promise<{ items: ShiftListItemView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const after = decodeCursor(query.cursor);
    const q = this.dataSource
      .getRepository(PostShift)
      .createQueryBuilder('s')
      .where('s.communityId = :communityId AND s.status = :open', { communityId: community.id, open: ShiftStatus.Open })
      .orderBy('s.startsAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1); // one shift per row even with the post joined, so a plain LIMIT is right
    if (query.from) {
      const from = new Date(`${query.from}T00:00:00${SHANGHAI_OFFSET}`);
      if (Number.isNaN(from.getTime())) throw invalidFrom();
      q.andWhere('s.startsAt >= :from', { from });
    } else {
      q.andWhere('s.endsAt > :now', { now: new Date() });
    }
    if (query.type) q.innerJoin(Post, 'p', 'p.id = s.postId').andWhere('p.type = :type', { type: query.type });
    if (after) {
      const [startsAt, id] = after.split('|');
      const at = new Date(startsAt);
      if (!id || Number.isNaN(at.getTime())) throw invalidFrom('cursor');
      q.andWhere('(s.startsAt > :at OR (s.startsAt = :at AND s.id > :id))', { at, id });
    }
    const page = pageOf(await q.getMany(), limit, (s) => `${s.startsAt.toISOString()}|${s.id}`);
    const posts = await this.dataSource.getRepository(Post).find({ where: { id: In([...new Set(page.items.map((s) => s.postId))]) } });
    const summaries = new Map((await this.views.summaries(posts)).map((p) => [p.id, p]));
    const shifts = await this.views.shifts(page.items, viewerId);
    return { items: shifts.map((s) => ({ ...s, post: summaries.get(s.postId)! })), nextCursor: page.nextCursor };
  }

  /** A post with its shifts (the latest 100 by start), and whether the viewer manages it. */
  async detail(postId: string, viewerId: string): Promise<PostView> {
    const post = await this.dataSource.getRepository(Post).findOne({ where: { id: postId } });
    if (!post) throw new DomainError('POST_NOT_FOUND');
    const shifts = await this.dataSource.getRepository(PostShift).find({ where: { postId }, order: { startsAt: 'DESC' }, take: SHIFTS_PER_POST });
    return this.postView(post, shifts.reverse(), viewerId, await this.managers.canManage(viewerId, post));
  }

  /** Every claim on a shift for its managers: seat holders first, then the waiting list in order, then the rest. */
  async roster(actorId: string, shiftId: string): Promise<ShiftRosterView> {
    const shift = await this.dataSource.getRepository(PostShift).findOneOrFail({ where: { id: shiftId } });
    const post = await this.dataSource.getRepository(Post).findOneOrFail({ where: { id: shift.postId } });
    await this.managers.assertCanManage(actorId, post);
    const claims = await this.dataSource.getRepository(ShiftClaim).find({ where: { shiftId }, order: { id: 'ASC' } });
    const group = (c: ShiftClaim) => (c.status === ShiftClaimStatus.Waiting ? 1 : BUSY_CLAIM_STATUSES.includes(c.status) ? 0 : 2);
    claims.sort((a, b) => group(a) - group(b) || (group(a) === 1 ? a.waitingPosition! - b.waitingPosition! : 0));
    const [summary] = await this.views.summaries([post]);
    const [shiftView] = await this.views.shifts([shift], actorId);
    return { shift: shiftView, post: summary, claims: await this.views.claims(claims, new Map([[shift.id, shift]])) };
  }

  /** My claims: upcoming (shift not yet ended, still live) soonest first, or past ones latest first. */
  async mine(userId: string, query: MyShiftsQueryDto): Promise<MyShiftView[]> {
    const upcoming = (query.when ?? 'upcoming') === 'upcoming';
    const now = new Date();
    const q = this.dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .innerJoin(PostShift, 's', 's.id = c.shiftId')
      .where('c.memberId = :userId', { userId })
      // limit, not take: take with a joined order column makes TypeORM build a broken two-step query.
      .limit(MY_SHIFTS);
    if (upcoming) {
      q.andWhere('c.live = 1 AND c.status IN (:...busy) AND s.endsAt > :now', { busy: [...BUSY_CLAIM_STATUSES], now }).orderBy('s.startsAt', 'ASC');
    } else {
      q.andWhere('(s.endsAt <= :now OR c.live IS NULL OR c.status NOT IN (:...busy))', { busy: [...BUSY_CLAIM_STATUSES], now }).orderBy('s.startsAt', 'DESC');
    }
    const claims = await q.addOrderBy('c.id', 'ASC').getMany();
    if (claims.length === 0) return [];
    const shifts = await this.dataSource.getRepository(PostShift).find({ where: { id: In([...new Set(claims.map((c) => c.shiftId))]) } });
    const shiftById = new Map(shifts.map((s) => [s.id, s]));
    const posts = await this.dataSource.getRepository(Post).find({ where: { id: In([...new Set(claims.map((c) => c.postId))]) } });
    const [claimViews, shiftViews, postViews] = await Promise.all([
      this.views.claims(claims, shiftById),
      this.views.shifts(shifts, userId),
      this.views.summaries(posts),
    ]);
    const shiftView = new Map(shiftViews.map((s) => [s.id, s]));
    const postView = new Map(postViews.map((p) => [p.id, p]));
    return claimViews.map((claim) => ({ claim, shift: shiftView.get(claim.shiftId)!, post: postView.get(claim.postId)! }));
  }

  /**
   * My confirmed service in a community: shifts and minutes from the claims, points from the ledger
   * (shift credits net of their reversals), so the header never disagrees with the balance it feeds.
   */
  async hours(userId: string, communityId: string): Promise<ServiceHoursView> {
    const row = await this.dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .select('COUNT(*)', 'shifts')
      .addSelect('COALESCE(SUM(c.confirmedMinutes), 0)', 'minutes')
      .where('c.memberId = :userId AND c.communityId = :communityId AND c.status = :completed', { userId, communityId, completed: ShiftClaimStatus.Completed })
      .getRawOne<{ shifts: string | number; minutes: string | number }>();
    const credited = await this.dataSource
      .getRepository(PointsEntry)
      .createQueryBuilder('e')
      .select('COALESCE(SUM(e.amount), 0)', 'points')
      .where('e.userId = :userId AND e.communityId = :communityId', { userId, communityId })
      .andWhere(
        '(e.sourceType = :shift OR e.reversesEntryId IN (SELECT s.id FROM points_entry s WHERE s.user_id = :userId AND s.community_id = :communityId AND s.source_type = :shift))',
        { shift: PointsSource.Shift },
      )
      .getRawOne<{ points: string | number }>();
    return { communityId, completedShifts: Number(row?.shifts ?? 0), confirmedMinutes: Number(row?.minutes ?? 0), points: Number(credited?.points ?? 0) };
  }

  /** Each post's next SHIFTS_PER_CARD open shifts by start time, for a page of posts in one query. */
  private async upcomingShifts(postIds: string[], now: Date): Promise<PostShift[]> {
    const ranked = this.dataSource
      .getRepository(PostShift)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY s.post_id ORDER BY s.starts_at ASC, s.id ASC)', 'n')
      .where('s.postId IN (:...postIds) AND s.status = :open AND s.endsAt > :now', { postIds, open: ShiftStatus.Open, now });
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('r.id', 'id')
      .from(`(${ranked.getQuery()})`, 'r')
      .where('r.n <= :perCard', { perCard: SHIFTS_PER_CARD })
      .setParameters(ranked.getParameters())
      .getRawMany<{ id: string }>();
    if (rows.length === 0) return [];
    return this.dataSource.getRepository(PostShift).find({ where: { id: In(rows.map((r) => r.id)) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  private async postView(post: Post, shifts: PostShift[], viewerId: string, canManage?: boolean): Promise<PostView> {
    const [summary] = await this.views.summaries([post]);
    return { ...summary, shifts: await this.views.shifts(shifts, viewerId), canManage: canManage ?? (await this.managers.canManage(viewerId, post)) };
  }
}

function invalidFrom(field = 'from'): DomainError {
  const message = `${field}：无效的日期`;
  return new DomainError('VALIDATION_FAILED', [{ field, rule: field, message }], `提交的内容有误：${message}`);
}
