import { Injectable } from '@nestjs/common';
import { APPROVER_ROLES, NotificationKind, PlaceLevel, shanghaiDateOf } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { queueWaiting } from '../notifications/event-notices';
import { Notification } from '../notifications/notification.entity';
import { insertNotices } from '../notifications/notices';
import { Place } from '../places/place.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { QueueSources } from './queue-sources';

/**
 * Tells a community's approvers (secretary, deputies) that new items reached their queue. A sweep,
 * not a hook in every job that feeds the queue: it reads the queue the way the workbench does, so a
 * new kind of waiting work is covered without touching its job. "New" means started waiting after the
 * approver's last such notice; at most one a day per approver and community (the dedupe key names the
 * Shanghai day), so a busy day is one notice, like the push digest, and the badge on 我的 shows it.
 */
@Injectable()
export class QueueNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly sources: QueueSources,
  ) {}

  /** Returns how many approvers were told. */
  async sweep(now = new Date()): Promise<number> {
    const day = shanghaiDateOf(now);
    const grants = await this.dataSource.getRepository(RoleGrant).find({ select: { userId: true, placeId: true }, where: { role: In([...APPROVER_ROLES]) } });
    if (grants.length === 0) return 0;
    const communities = await this.dataSource.getRepository(Place).find({
      select: { id: true, name: true },
      where: { id: In([...new Set(grants.map((g) => g.placeId))]), level: PlaceLevel.Community },
    });
    let told = 0;
    for (const community of communities) {
      const approvers = [...new Set(grants.filter((g) => g.placeId === community.id).map((g) => g.userId))];
      const due = await this.untold(community.id, approvers, day);
      if (due.length === 0) continue;
      const scope = { communityId: community.id, gridIds: null };
      const fresh: string[] = [];
      for (const { userId, lastTold } of due) if (await this.sources.anyWaitingSince(scope, lastTold)) fresh.push(userId);
      if (fresh.length === 0) continue;
      const waiting = Object.values(await this.sources.counts(scope)).reduce((sum, n) => sum + n, 0);
      const notices = queueWaiting({ communityId: community.id, communityName: community.name, waiting, day }, fresh);
      // Insert-or-ignore on (person, key): a concurrent sweep on another instance writes the same rows once.
      await this.transactions.run((manager) => insertNotices(manager, notices, now));
      told += notices.length;
    }
    return told;
  }

  /** The approvers not yet told today, each with when they were last told (the epoch if never). */
  private async untold(communityId: string, approverIds: string[], day: string): Promise<{ userId: string; lastTold: Date }[]> {
    // At most one a day per approver: a year's worth is a few hundred small rows.
    const rows = await this.dataSource.getRepository(Notification).find({
      select: { id: true, userId: true, dedupeKey: true, createdAt: true },
      where: { userId: In(approverIds), communityId, kind: NotificationKind.QueueWaiting },
    });
    const today = `queue_waiting:${communityId}:${day}`;
    return approverIds
      .filter((userId) => !rows.some((r) => r.userId === userId && r.dedupeKey === today))
      .map((userId) => ({
        userId,
        lastTold: new Date(Math.max(0, ...rows.filter((r) => r.userId === userId).map((r) => r.createdAt.getTime()))),
      }));
  }
}
