import { Injectable } from '@nestjs/common';
import { LIMITS, NOTIFICATION_KIND_LABELS, NotificationKind, NotificationPageView, NotificationView, ReadAllView, UnreadCountView } from '@linli/shared';
import { DataSource, IsNull, Not } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { Notification } from './notification.entity';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A person's own notices: every query is bounded by the caller's user id, so someone else's notice
 * is indistinguishable from one that does not exist. The digest row is a push, not an inbox line.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Newest first, a page at a time (keyset on the time-ordered id). */
  async list(userId: string, query: { cursor?: string; limit?: number; unreadOnly?: 'true' | 'false' }): Promise<NotificationPageView> {
    const before = decodeCursor(query.cursor);
    if (before !== null && !ID.test(before)) throw badCursor();
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const rows = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.kind <> :digest', { userId, digest: NotificationKind.Digest })
      .orderBy('n.id', 'DESC')
      .take(limit + 1);
    if (query.unreadOnly === 'true') rows.andWhere('n.readAt IS NULL');
    if (before) rows.andWhere('n.id < :before', { before });
    const page = pageOf(await rows.getMany(), limit, (n) => n.id);
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  async unreadCount(userId: string): Promise<UnreadCountView> {
    const unread = await this.dataSource.getRepository(Notification).count({ where: { userId, readAt: IsNull(), kind: Not(NotificationKind.Digest) } });
    return { unread };
  }

  /** Marks one of my notices read; reading it again keeps the first time. */
  async markRead(userId: string, id: string): Promise<NotificationView> {
    const mine = { id, userId, kind: Not(NotificationKind.Digest) };
    // One statement; through the runner so that on SQLite it never joins another request's open transaction.
    if (ID.test(id))
      await this.transactions.run((manager) => manager.getRepository(Notification).update({ ...mine, readAt: IsNull() }, { readAt: new Date() }));
    const row = ID.test(id) ? await this.dataSource.getRepository(Notification).findOne({ where: mine }) : null;
    if (!row) throw new DomainError('NOTIFICATION_NOT_FOUND');
    return toView(row);
  }

  /** Marks all my unread notices read (up to the newest I was shown, when given: one arriving meanwhile stays unread). */
  async markAllRead(userId: string, upToId?: string): Promise<ReadAllView> {
    const result = await this.transactions.run((manager) => {
      const query = manager
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: new Date() })
        .where('user_id = :userId AND read_at IS NULL AND kind <> :digest', { userId, digest: NotificationKind.Digest });
      if (upToId) query.andWhere('id <= :upToId', { upToId });
      return query.execute();
    });
    return { marked: result.affected ?? 0, ...(await this.unreadCount(userId)) };
  }
}

export function toView(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: NOTIFICATION_KIND_LABELS[n.kind] ?? '',
    title: n.title,
    body: n.body,
    link: n.link,
    communityId: n.communityId,
    readAt: n.readAt ? n.readAt.toISOString() : null,
    createdAt: n.createdAt.toISOString(),
  };
}

function badCursor(): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    [{ field: 'cursor', rule: 'cursor', message: 'cursor：无效的翻页位置' }],
    '提交的内容有误：cursor：无效的翻页位置',
  );
}
