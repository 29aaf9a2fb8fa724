import { Injectable, Logger } from '@nestjs/common';
import { afterAttempt, digestKeyOf, digestText, NotificationKind, planDelivery, PushStatus, SendResult, shanghaiDayStart, templateData } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { WechatApi } from '../wechat/wechat-api.service';
import { WechatApiError, WechatUnavailableError } from '../wechat/wechat-http';
import { NOTICE_PAGES } from './notice-links';
import { Notification } from './notification.entity';
import { NotificationTemplates } from './notification-templates';

const SEND_PATH = '/cgi-bin/message/subscribe/send';
/** People taken per round; a sweep runs rounds until nothing is due or its time is up. */
const USERS_PER_ROUND = 100;
const SWEEP_BUDGET_MS = 45_000;
/** Long enough for one person's pushes, each up to two timed-out requests (a token renewal in between). */
const LEASE_MS = 5 * 60_000;

export interface DispatchTally {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  digested: number;
}

const TALLY_OF: Record<PushStatus, keyof DispatchTally> = {
  [PushStatus.Sent]: 'sent',
  [PushStatus.Pending]: 'retrying',
  [PushStatus.Failed]: 'failed',
  [PushStatus.Skipped]: 'skipped',
  [PushStatus.Digested]: 'digested',
};

/**
 * Sends due pushes as WeChat subscription messages, person by person. A person's due rows are
 * leased by one conditional UPDATE (pending, due, and not leased by a live pass), so two instances
 * never send one row twice; every write after that matches on the lease token, and a pass that
 * lost its lease writes nothing. Deciding per person is what lets a pile of notices become the
 * day's one digest instead of a flood.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger(NotificationDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly wechat: WechatApi,
    private readonly templates: NotificationTemplates,
    private readonly config: AppConfig,
  ) {}

  async sweep(now = new Date()): Promise<DispatchTally> {
    const tally: DispatchTally = { sent: 0, retrying: 0, failed: 0, skipped: 0, digested: 0 };
    const started = Date.now();
    const done = new Set<string>();
    while (Date.now() - started < SWEEP_BUDGET_MS) {
      const users = (await this.dueUsers(now)).filter((id) => !done.has(id));
      if (users.length === 0) break;
      let reachable = true;
      for (const userId of users) {
        done.add(userId);
        try {
          reachable = await this.deliverTo(userId, now, tally);
        } catch (error) {
          this.logger.error(`notifications for ${userId} failed: ${(error as Error).message}`);
        }
        if (!reachable) break;
      }
      // WeChat is unreachable: the rest waits for the next pass instead of each timing out in turn.
      if (!reachable) break;
    }
    return tally;
  }

  private async dueUsers(now: Date): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select('n.userId', 'userId')
      .where('n.pushStatus = :pending AND n.nextAttemptAt <= :now AND (n.leaseUntil IS NULL OR n.leaseUntil < :now)', { pending: PushStatus.Pending, now })
      .groupBy('n.userId')
      .limit(USERS_PER_ROUND)
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }

  /** One person's due pushes. Returns false when WeChat could not be reached. */
  private async deliverTo(userId: string, now: Date, tally: DispatchTally): Promise<boolean> {
    const token = newId();
    const rows = await this.lease(userId, token, now);
    if (rows.length === 0) return true;
    if (!this.wechat.configured) {
      // A machine without WeChat credentials keeps notices in the inbox only.
      await this.settle(
        rows.map((r) => r.id),
        token,
        { pushStatus: PushStatus.Skipped, nextAttemptAt: null },
      );
      tally.skipped += rows.length;
      return true;
    }
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, openid: true }, where: { id: userId } });
    const plan = planDelivery({
      hasOpenid: !!user?.openid,
      pending: rows.map((r) => ({ id: r.id, kind: r.kind, hasTemplate: this.templates.of(r.kind) !== null })),
      ...(await this.today(userId, now)),
    });
    await this.settle(plan.skip, token, { pushStatus: PushStatus.Skipped, nextAttemptAt: null });
    tally.skipped += plan.skip.length;
    const toSend = rows.filter((r) => plan.send.includes(r.id));
    if (plan.digest.length) {
      const digest = await this.fold(userId, plan.digest, plan.newDigestCount, token, now);
      tally.digested += plan.digest.length;
      if (digest) toSend.push(digest);
    }
    for (let i = 0; i < toSend.length; i++) {
      if (!(await this.send(toSend[i], user!.openid!, token, now, tally))) {
        await this.settle(
          toSend.slice(i + 1).map((r) => r.id),
          token,
          {},
        );
        return false;
      }
    }
    return true;
  }

  /*
   * The lease and the settling writes go through the transaction runner although each is one
   * statement: on SQLite every query shares one connection, and a write made while another request's
   * transaction is open would otherwise join it, and vanish if that one rolled back.
   */
  private async lease(userId: string, token: string, now: Date): Promise<Notification[]> {
    await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ leaseToken: token, leaseUntil: new Date(now.getTime() + LEASE_MS) })
        .where('user_id = :userId AND push_status = :pending AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)', {
          userId,
          pending: PushStatus.Pending,
          now,
        })
        .execute(),
    );
    return this.dataSource.getRepository(Notification).find({ where: { userId, leaseToken: token }, order: { id: 'ASC' } });
  }

  /** What counts towards today's digest decision: single pushes already sent, and whether the digest went. */
  private async today(userId: string, now: Date): Promise<{ sentToday: number; digestSentToday: boolean }> {
    const repo = this.dataSource.getRepository(Notification);
    const sentToday = await repo
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.pushStatus = :sent AND n.kind <> :digest AND n.sentAt >= :dayStart', {
        userId,
        sent: PushStatus.Sent,
        digest: NotificationKind.Digest,
        dayStart: shanghaiDayStart(now),
      })
      .getCount();
    const digestSentToday = (await repo.count({ where: { userId, dedupeKey: digestKeyOf(now) } })) > 0;
    return { sentToday, digestSentToday };
  }

  /**
   * Folds notices into the day's digest: they are marked digested and, when this is the day's
   * first, the digest row is written already leased to this pass, in one transaction, so the
   * notices are never both folded and still pending, and a crash leaves nothing half done. The
   * unique key on the day's digest makes it one per person per day across instances.
   */
  private async fold(userId: string, ids: string[], count: number, token: string, now: Date): Promise<Notification | null> {
    return this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ pushStatus: PushStatus.Digested, nextAttemptAt: null, leaseUntil: null, leaseToken: null })
        .where('id IN (:...ids) AND lease_token = :token', { ids, token })
        .execute();
      if (count === 0) return null;
      const id = newId();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values({
          id,
          userId,
          communityId: null,
          kind: NotificationKind.Digest,
          ...digestText(count),
          link: NOTICE_PAGES.me,
          dedupeKey: digestKeyOf(now),
          readAt: null,
          pushStatus: PushStatus.Pending,
          attempts: 0,
          nextAttemptAt: now,
          leaseUntil: new Date(now.getTime() + LEASE_MS),
          leaseToken: token,
          lastErrcode: null,
          sentAt: null,
        })
        .orIgnore()
        .execute();
      return manager.getRepository(Notification).findOne({ where: { id } });
    });
  }

  /** One try at one push, and where that leaves it. Returns false when WeChat could not be reached. */
  private async send(row: Notification, openid: string, token: string, now: Date, tally: DispatchTally): Promise<boolean> {
    const template = this.templates.of(row.kind);
    if (!template) {
      await this.settle([row.id], token, { pushStatus: PushStatus.Skipped, nextAttemptAt: null });
      tally.skipped += 1;
      return true;
    }
    let result: SendResult;
    try {
      await this.wechat.post(SEND_PATH, {
        touser: openid,
        template_id: template.id,
        page: row.link.replace(/^\//, ''),
        data: templateData(template, row),
        miniprogram_state: this.config.WECHAT_MINIPROGRAM_STATE,
        lang: 'zh_CN',
      });
      result = { ok: true };
    } catch (error) {
      if (error instanceof WechatApiError) result = { ok: false, errcode: error.errcode };
      else {
        if (!(error instanceof WechatUnavailableError)) this.logger.error(`sending notification ${row.id} failed: ${(error as Error).message}`);
        result = { ok: false, errcode: null };
      }
    }
    const outcome = afterAttempt(row.attempts, result, now.getTime());
    await this.settle([row.id], token, {
      pushStatus: outcome.status,
      attempts: outcome.attempts,
      lastErrcode: outcome.lastErrcode,
      nextAttemptAt: outcome.nextAttemptAt === null ? null : new Date(outcome.nextAttemptAt),
      sentAt: outcome.status === PushStatus.Sent ? now : null,
    });
    tally[TALLY_OF[outcome.status]] += 1;
    if (outcome.status === PushStatus.Failed) this.logger.warn(`notification ${row.id} failed for good (errcode ${outcome.lastErrcode ?? 'none'})`);
    return result.ok || result.errcode !== null;
  }

  /** Writes a pass's result on rows it still holds, and lets go of them (an empty `set` just releases them, untried). */
  private async settle(ids: string[], token: string, set: Partial<Notification>): Promise<void> {
    if (ids.length === 0) return;
    await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ ...set, leaseUntil: null, leaseToken: null })
        .where({ id: In(ids), leaseToken: token })
        .execute(),
    );
  }
}
