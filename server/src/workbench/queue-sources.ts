import { Injectable } from '@nestjs/common';
import {
  BULK_APPROVABLE_KINDS,
  formatServedMinutes,
  JoinRequestStatus,
  MediaCheckStatus,
  MediaKind,
  QueueItemView,
  QueueKind,
  RegistrationStatus,
  ReportStatus,
  ReportTarget,
  servedMinutes,
  ShiftClaimStatus,
  TopicStatus,
  WishStatus,
} from '@linli/shared';
import { MediaCheck } from '../content-safety/media-check.entity';
import { ReportedContent } from '../content-safety/reported-content.entity';
import { DataSource, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { TopicComment } from '../deliberation/topic-comment.entity';
import { Topic } from '../deliberation/topic.entity';
import { User } from '../identity/user.entity';
import { PostShift } from '../posts/post-shift.entity';
import { Post } from '../posts/post.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { Wish } from '../wishes/wish.entity';
import { JoinRequest } from '../onboarding/join-request.entity';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';

/** Whose queue is read: a community's whole queue, or only what waits in some of its grids (a grid worker's). */
export interface QueueScope {
  communityId: string;
  /** Null: the whole community. */
  gridIds: readonly string[] | null;
}

/** Where a page starts: after the item that started waiting at `since` with this id. */
export interface QueueCursor {
  since: Date;
  id: string;
}

/** One kind of waiting work: which rows wait in a community, since when, and how each reads in the queue. */
interface QueueSource<T extends ObjectLiteral> {
  kind: QueueKind;
  repository: (dataSource: DataSource) => Repository<T>;
  /** Restricts `alias` to the rows of this kind that wait in the scope. */
  waiting: (query: SelectQueryBuilder<T>, alias: string, scope: QueueScope) => SelectQueryBuilder<T>;
  /**
   * The property holding when a row started waiting. The queue is read in (since, id) order on an
   * index that starts with the `waiting` equalities followed by (since, id), so a page is an index range.
   */
  since: keyof T & string;
  toItems: (rows: T[], dataSource: DataSource) => Promise<QueueItemView[]>;
}

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

const item = (kind: QueueKind, id: string, title: string, detail: string, since: Date, parentId: string | null = null): QueueItemView => ({
  kind,
  id,
  parentId,
  title,
  detail,
  waitingSince: since.toISOString(),
  bulkApprovable: BULK_APPROVABLE_KINDS.includes(kind),
});

async function byId<T extends { id: string }>(dataSource: DataSource, entity: new () => T, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await dataSource.getRepository(entity).createQueryBuilder('r').whereInIds(unique).getMany();
  return new Map(rows.map((r) => [r.id, r]));
}

const wishReview: QueueSource<Wish> = {
  kind: QueueKind.WishReview,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(Wish),
  waiting: (q, a, { communityId }) => q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: WishStatus.PendingReview }),
  toItems: async (rows) => rows.map((w) => item(QueueKind.WishReview, w.id, w.title, excerpt(w.story), w.createdAt)),
};

const memberRegistration: QueueSource<MemberRegistration> = {
  kind: QueueKind.MemberRegistration,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(MemberRegistration),
  waiting: (q, a, { communityId }) => q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: RegistrationStatus.Pending }),
  toItems: async (rows, ds) => {
    const units = await byId(
      ds,
      WorkUnit,
      rows.map((r) => r.unitId),
    );
    return rows.map((r) => item(QueueKind.MemberRegistration, r.id, r.realName, units.get(r.unitId)?.name ?? '', r.createdAt));
  },
};

const unitRegistration: QueueSource<UnitRegistration> = {
  kind: QueueKind.UnitRegistration,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(UnitRegistration),
  waiting: (q, a, { communityId }) => q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: RegistrationStatus.Pending }),
  toItems: async (rows, ds) => {
    const units = await byId(
      ds,
      WorkUnit,
      rows.map((r) => r.unitId),
    );
    return rows.map((r) => item(QueueKind.UnitRegistration, r.id, units.get(r.unitId)?.name ?? '', `联系人 ${r.contactName}`, r.createdAt));
  },
};

const shiftHours: QueueSource<ShiftClaim> = {
  kind: QueueKind.ShiftHours,
  since: 'checkedOutAt',
  repository: (ds) => ds.getRepository(ShiftClaim),
  waiting: (q, a, { communityId }) =>
    q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: ShiftClaimStatus.CheckedOut }),
  toItems: async (rows, ds) => {
    const [members, shifts, posts] = await Promise.all([
      byId(
        ds,
        User,
        rows.map((r) => r.memberId),
      ),
      byId(
        ds,
        PostShift,
        rows.map((r) => r.shiftId),
      ),
      byId(
        ds,
        Post,
        rows.map((r) => r.postId),
      ),
    ]);
    return rows.map((r) => {
      const shift = shifts.get(r.shiftId)!;
      const minutes = servedMinutes({
        checkedInAt: r.checkedInAt!.getTime(),
        checkedOutAt: r.checkedOutAt!.getTime(),
        startsAt: shift.startsAt.getTime(),
        endsAt: shift.endsAt.getTime(),
      });
      return item(
        QueueKind.ShiftHours,
        r.id,
        `${members.get(r.memberId)?.displayName ?? ''} · ${posts.get(r.postId)?.title ?? ''}`,
        `服务 ${formatServedMinutes(minutes)}`,
        r.checkedOutAt!,
        r.shiftId,
      );
    });
  },
};

const topicReview: QueueSource<Topic> = {
  kind: QueueKind.TopicReview,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(Topic),
  waiting: (q, a, { communityId }) => q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: TopicStatus.Proposed }),
  toItems: async (rows) => rows.map((t) => item(QueueKind.TopicReview, t.id, t.title, excerpt(t.body), t.createdAt)),
};

const commentReport: QueueSource<TopicComment> = {
  kind: QueueKind.CommentReport,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(TopicComment),
  waiting: (q, a, { communityId }) =>
    q.where(`${a}.communityId = :communityId AND ${a}.hidden = :hidden AND (${a}.reportCount > 0 OR ${a}.held = :held)`, {
      communityId,
      hidden: false,
      held: true,
    }),
  toItems: async (rows) =>
    rows.map((c) =>
      item(QueueKind.CommentReport, c.id, excerpt(c.body), c.held ? '待审核：微信内容安全存疑' : `被举报 ${c.reportCount} 次`, c.createdAt, c.topicId),
    ),
};

const contentReport: QueueSource<ReportedContent> = {
  kind: QueueKind.ContentReport,
  since: 'lastReportedAt',
  repository: (ds) => ds.getRepository(ReportedContent),
  waiting: (q, a, { communityId }) => q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: ReportStatus.Open }),
  toItems: async (rows, ds) => {
    const [wishes, topics] = await Promise.all([
      byId(
        ds,
        Wish,
        rows.filter((r) => r.targetType === ReportTarget.Wish).map((r) => r.targetId),
      ),
      byId(
        ds,
        Topic,
        rows.filter((r) => r.targetType === ReportTarget.Topic).map((r) => r.targetId),
      ),
    ]);
    return rows.map((r) => {
      const title = r.targetType === ReportTarget.Wish ? `心愿：${wishes.get(r.targetId)?.title ?? ''}` : `议题：${topics.get(r.targetId)?.title ?? ''}`;
      return item(QueueKind.ContentReport, r.id, title, `被举报 ${r.reportCount} 次`, r.lastReportedAt);
    });
  },
};

const photoReview: QueueSource<MediaCheck> = {
  kind: QueueKind.PhotoReview,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(MediaCheck),
  waiting: (q, a, { communityId }) =>
    q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: MediaCheckStatus.AwaitingReview }),
  toItems: async (rows) =>
    rows.map((m) => item(QueueKind.PhotoReview, m.id, m.kind === MediaKind.WishPhoto ? '心愿照片' : '议事照片', '需要人工看一下再公开', m.createdAt)),
};

const wishConfirm: QueueSource<Wish> = {
  kind: QueueKind.WishConfirm,
  since: 'escalatedAt',
  repository: (ds) => ds.getRepository(Wish),
  waiting: (q, a, { communityId, gridIds }) => {
    q.where(`${a}.communityId = :communityId AND ${a}.status = :status AND ${a}.escalatedAt IS NOT NULL`, { communityId, status: WishStatus.Fulfilled });
    return gridIds ? q.andWhere(`${a}.gridId IN (:...gridIds)`, { gridIds: gridIds.length ? gridIds : [''] }) : q;
  },
  toItems: async (rows) =>
    rows.map((w) => item(QueueKind.WishConfirm, w.id, w.title, `认领人已完成，受助居民超期未确认：${excerpt(w.fulfilmentNote ?? '')}`, w.escalatedAt!)),
};

const joinRequest: QueueSource<JoinRequest> = {
  kind: QueueKind.JoinRequest,
  since: 'createdAt',
  repository: (ds) => ds.getRepository(JoinRequest),
  waiting: (q, a, { communityId, gridIds }) => {
    q.where(`${a}.communityId = :communityId AND ${a}.status = :status`, { communityId, status: JoinRequestStatus.Pending });
    return gridIds ? q.andWhere(`${a}.gridId IN (:...gridIds)`, { gridIds: gridIds.length ? gridIds : [''] }) : q;
  },
  toItems: async (rows, ds) => {
    const [households, buildings] = await Promise.all([
      byId(
        ds,
        Household,
        rows.map((r) => r.householdId),
      ),
      byId(
        ds,
        Place,
        rows.map((r) => r.buildingId),
      ),
    ]);
    return rows.map((r) =>
      item(
        QueueKind.JoinRequest,
        r.id,
        `${r.name} 申请入户`,
        `${buildings.get(r.buildingId)?.name ?? ''} ${households.get(r.householdId)?.label ?? ''} · ${r.phone ? '手机号已验证' : '手机号未验证'}`,
        r.createdAt,
      ),
    );
  },
};

/** Every source of waiting work, in the order the counts are shown. */
export const QUEUE_SOURCES: readonly QueueSource<ObjectLiteral & { id: string }>[] = [
  wishReview,
  memberRegistration,
  unitRegistration,
  shiftHours,
  topicReview,
  commentReport,
  contentReport,
  photoReview,
  wishConfirm,
  joinRequest,
] as unknown as QueueSource<ObjectLiteral & { id: string }>[];

/**
 * Reads the queue of one community, oldest waiting first across every kind. Each source is read in
 * (waiting since, id) order after the cursor on its own index, limit + 1 rows; a page is the merge of
 * those, so it needs no offsets and a cursor (since, id) neither skips nor repeats an item.
 */
@Injectable()
export class QueueSources {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    scope: QueueScope,
    kinds: readonly QueueKind[],
    after: QueueCursor | null,
    limit: number,
  ): Promise<{ rows: { kind: QueueKind; id: string; since: Date }[]; items: QueueItemView[] }> {
    const perSource = await Promise.all(
      QUEUE_SOURCES.filter((s) => kinds.includes(s.kind)).map(async (source) => {
        const since = `r.${source.since}`;
        const query = source
          .waiting(source.repository(this.dataSource).createQueryBuilder('r'), 'r', scope)
          .orderBy(since, 'ASC')
          .addOrderBy('r.id', 'ASC')
          .take(limit + 1);
        if (after) query.andWhere(`(${since} > :afterSince OR (${since} = :afterSince AND r.id > :afterId))`, { afterSince: after.since, afterId: after.id });
        const rows = await query.getMany();
        return { source, rows: rows.map((row) => ({ row, since: row[source.since] as Date })) };
      }),
    );
    const merged = perSource
      .flatMap(({ source, rows }) => rows.map(({ row, since }) => ({ source, row, since })))
      .sort((a, b) => a.since.getTime() - b.since.getTime() || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0))
      .slice(0, limit + 1);
    const items: QueueItemView[] = [];
    for (const { source } of perSource) {
      const mine = merged.filter((m) => m.source === source).map((m) => m.row);
      if (mine.length) items.push(...(await source.toItems(mine, this.dataSource)));
    }
    const order = new Map(merged.map((m, index) => [`${m.source.kind}:${m.row.id}`, index]));
    items.sort((a, b) => order.get(`${a.kind}:${a.id}`)! - order.get(`${b.kind}:${b.id}`)!);
    return { rows: merged.map((m) => ({ kind: m.source.kind, id: m.row.id, since: m.since })), items };
  }

  async counts(scope: QueueScope, kinds: readonly QueueKind[] = QUEUE_SOURCES.map((s) => s.kind)): Promise<Record<QueueKind, number>> {
    const counts = await Promise.all(
      QUEUE_SOURCES.map(
        async (source) =>
          [
            source.kind,
            kinds.includes(source.kind) ? await source.waiting(source.repository(this.dataSource).createQueryBuilder('r'), 'r', scope).getCount() : 0,
          ] as const,
      ),
    );
    return Object.fromEntries(counts) as Record<QueueKind, number>;
  }

  /**
   * Whether anything in the scope started waiting at or after `after`. At, too: SQLite keeps the
   * default timestamps to the second, and an item of the same second as the last notice is better
   * told twice than missed.
   */
  async anyWaitingSince(scope: QueueScope, after: Date): Promise<boolean> {
    for (const source of QUEUE_SOURCES) {
      const query = source.waiting(source.repository(this.dataSource).createQueryBuilder('r'), 'r', scope).andWhere(`r.${source.since} >= :after`, { after });
      if ((await query.limit(1).getCount()) > 0) return true;
    }
    return false;
  }

  /** Whether an item is waiting in the community (not decided, hidden or gone). */
  async waitingIn(kind: QueueKind, id: string, communityId: string): Promise<boolean> {
    const source = QUEUE_SOURCES.find((s) => s.kind === kind)!;
    const count = await source
      .waiting(source.repository(this.dataSource).createQueryBuilder('r'), 'r', { communityId, gridIds: null })
      .andWhere('r.id = :id', { id })
      .getCount();
    return count > 0;
  }
}
