import { Injectable, Logger } from '@nestjs/common';
import { WishAction, WishStatus } from '@linli/shared';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { newId } from '../database/ids';
import { NotificationService } from '../notifications/notification.service';
import { TransactionRunner } from '../database/transaction-runner';
import { Wish } from './wish.entity';
import { WishEvent } from './wish-event.entity';
import { daysAfter, endClaim, openAgain } from './wish-claims.service';
import { WishSettingsService } from './wish-settings.service';
import { moveWish } from './wish-transition';

const BATCH = 200;

export interface SweepResult {
  reminded: number;
  released: number;
  escalated: number;
}

/**
 * The deadline sweep: remind overdue claims, release them back to the wall after a second limit,
 * and hand unconfirmed fulfilments to the grid worker or secretary. Safe with several instances
 * sweeping at once: each wish moves by its own conditional UPDATE on state and deadline, and only
 * the instance whose update matched writes the history line. No job-level lock.
 */
@Injectable()
export class WishDeadlinesService {
  private readonly logger = new Logger(WishDeadlinesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly settings: WishSettingsService,
    private readonly notifications: NotificationService,
  ) {}

  async sweep(now = new Date()): Promise<SweepResult> {
    const result = { reminded: await this.remind(now), released: await this.release(now), escalated: await this.escalate(now) };
    if (result.reminded + result.released + result.escalated > 0) this.logger.log(`wish deadlines: ${JSON.stringify(result)}`);
    return result;
  }

  private async remind(now: Date): Promise<number> {
    const due = await this.dataSource.getRepository(Wish).find({
      select: { id: true, communityId: true },
      where: { status: WishStatus.Claimed, claimDueAt: LessThan(now), remindedAt: IsNull() },
      take: BATCH,
    });
    return this.each(due, async (manager, { id, communityId }) => {
      const { releaseAfterReminderDays } = await this.settings.rulesOf(communityId, manager);
      const reminded = await stampOnce(
        manager,
        id,
        { remindedAt: now, releaseDueAt: daysAfter(now, releaseAfterReminderDays) },
        'status = :claimed AND claim_due_at < :now AND reminded_at IS NULL',
        { claimed: WishStatus.Claimed, now },
        { kind: 'remind', note: '认领已超期，已提醒认领人尽快完成' },
      );
      // The notice commits with the stamp: only the sweep that stamped it tells the claimer, once.
      if (reminded) await this.notifications.wishClaimOverdue(manager, id);
      return reminded;
    });
  }

  private async release(now: Date): Promise<number> {
    const due = await this.dataSource.getRepository(Wish).find({
      select: { id: true, claimId: true, communityId: true },
      where: { status: WishStatus.Claimed, releaseDueAt: LessThan(now) },
      take: BATCH,
    });
    // The wish, its claim, the history note and the audit record move together or not at all.
    return this.each(due, async (manager, wish) => {
      const released = await moveWish(
        manager,
        {
          wishId: wish.id,
          action: WishAction.Release,
          actorId: null,
          set: openAgain,
          note: '认领超期未完成，心愿已重新回到心愿墙',
          andWhere: { sql: 'claim_id = :claimId AND release_due_at < :now', params: { claimId: wish.claimId, now } },
        },
        true,
      );
      if (!released) return false;
      await endClaim(manager, wish.claimId!, 'released');
      await this.audit.record(manager, {
        actorId: null,
        action: 'wish.release',
        targetType: 'wish',
        targetId: wish.id,
        placeId: wish.communityId,
        after: { claimId: wish.claimId },
      });
      return true;
    });
  }

  private async escalate(now: Date): Promise<number> {
    const due = await this.dataSource.getRepository(Wish).find({
      select: { id: true },
      where: { status: WishStatus.Fulfilled, confirmDueAt: LessThan(now), escalatedAt: IsNull() },
      take: BATCH,
    });
    return this.each(due, async (manager, { id }) => {
      const escalated = await stampOnce(
        manager,
        id,
        { escalatedAt: now },
        'status = :fulfilled AND confirm_due_at < :now AND escalated_at IS NULL',
        { fulfilled: WishStatus.Fulfilled, now },
        {
          kind: 'escalate',
          note: '受助居民超期未确认，转网格员或社区书记确认',
        },
      );
      if (escalated) await this.notifications.wishConfirmEscalated(manager, id);
      return escalated;
    });
  }

  /** Handles each candidate in its own transaction; returns how many this sweep moved. */
  private async each<T>(rows: T[], move: (manager: EntityManager, row: T) => Promise<boolean>): Promise<number> {
    let done = 0;
    for (const row of rows) if (await this.transactions.run((manager) => move(manager, row))) done++;
    return done;
  }
}

/**
 * Sets a deadline stamp on one wish if it still meets `condition`, and writes the history line only
 * if this statement was the one that set it: of two sweeps, exactly one records it.
 */
async function stampOnce(
  manager: EntityManager,
  id: string,
  stamp: Partial<Wish>,
  condition: string,
  params: Record<string, unknown>,
  event: { kind: string; note: string },
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(Wish)
    .set(stamp)
    .where(`id = :id AND ${condition}`, { id, ...params })
    .execute();
  if (result.affected !== 1) return false;
  await manager.insert(WishEvent, { id: newId(), wishId: id, kind: event.kind, actorId: null, note: event.note });
  return true;
}
