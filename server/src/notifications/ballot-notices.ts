import { Injectable, Logger } from '@nestjs/common';
import { BallotRule, BallotStatus, NotificationKind } from '@linli/shared';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotElector } from '../deliberation/ballot-elector.entity';
import { Ballot } from '../deliberation/ballot.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Owner } from '../places/owner.entity';
import { ballotNotice } from './event-notices';
import { NotificationFanout } from './notification-fanout.entity';
import { insertNotices } from './notices';

type BallotNoticeKind = NotificationKind.BallotOpened | NotificationKind.BallotClosing;

const FANOUTS_PER_SWEEP = 20;
const RECIPIENTS_PER_BATCH = 500;
const SWEEP_BUDGET_MS = 30_000;

/**
 * Expands a ballot's due notices (opened; closing soon) into one notice per person on its roll, a
 * batch at a time in user-id order. Each batch is one transaction that first moves the fan-out's
 * cursor by a conditional UPDATE on its old value, then writes the batch: of two instances on the
 * same fan-out one moves the cursor and the other writes nothing, and a crash resumes after the
 * last committed batch. A ballot closed meanwhile ends its fan-outs without notices.
 */
@Injectable()
export class BallotNotices {
  private readonly logger = new Logger(BallotNotices.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Returns how many notices were written. */
  async sweep(now = new Date()): Promise<number> {
    const due = await this.dataSource.getRepository(NotificationFanout).find({
      where: { doneAt: IsNull(), dueAt: LessThanOrEqual(now) },
      order: { dueAt: 'ASC' },
      take: FANOUTS_PER_SWEEP,
    });
    const started = Date.now();
    let written = 0;
    for (const fanout of due) {
      try {
        let step = await this.step(fanout, now);
        while (step.more && Date.now() - started < SWEEP_BUDGET_MS) {
          written += step.written;
          step = await this.step({ ...fanout, lastUserId: step.lastUserId }, now);
        }
        written += step.written;
      } catch (error) {
        this.logger.error(`ballot notices ${fanout.kind} ${fanout.sourceId} failed: ${(error as Error).message}`);
      }
    }
    return written;
  }

  private async step(fanout: NotificationFanout, now: Date): Promise<{ written: number; more: boolean; lastUserId: string }> {
    const kind = fanout.kind as BallotNoticeKind;
    const ballot = await this.dataSource.getRepository(Ballot).findOne({ where: { id: fanout.sourceId } });
    const live = ballot !== null && ballot.status === BallotStatus.Open && ballot.closesAt > now;
    const userIds = live ? await this.recipients(ballot, kind, fanout.lastUserId) : [];
    const more = userIds.length === RECIPIENTS_PER_BATCH;
    const lastUserId = userIds.length ? userIds[userIds.length - 1] : fanout.lastUserId;
    const written = await this.transactions.run(async (manager) => {
      const moved = await manager
        .createQueryBuilder()
        .update(NotificationFanout)
        .set({ lastUserId, doneAt: more ? null : now })
        .where('id = :id AND last_user_id = :seen AND done_at IS NULL', { id: fanout.id, seen: fanout.lastUserId })
        .execute();
      if (moved.affected !== 1) return null;
      await insertNotices(
        manager,
        userIds.map((userId) => ballotNotice(kind, ballot!, userId)),
        now,
      );
      return userIds.length;
    });
    return written === null ? { written: 0, more: false, lastUserId } : { written, more, lastUserId };
  }

  /**
   * The next batch of people on the roll after `after`, by rule: the adult residents themselves,
   * the adult members of each household, or the owners who have an account. The closing reminder
   * goes only to roll lines that have not voted.
   */
  private async recipients(ballot: Ballot, kind: BallotNoticeKind, after: string): Promise<string[]> {
    const query = this.dataSource.getRepository(BallotElector).createQueryBuilder('e').where('e.ballotId = :ballotId', { ballotId: ballot.id });
    let person: string;
    switch (ballot.rule) {
      case BallotRule.Simple:
      case BallotRule.Acceptance:
        person = 'e.userId';
        break;
      case BallotRule.Household:
        query.innerJoin(HouseholdMember, 'm', 'm.householdId = e.householdId AND m.isAdult = :adult', { adult: true });
        person = 'm.userId';
        break;
      case BallotRule.OwnersArt278:
        query.innerJoin(Owner, 'o', 'o.id = e.ownerId');
        person = 'o.userId';
        break;
    }
    query.select(person, 'userId').distinct(true).andWhere(`${person} IS NOT NULL AND ${person} > :after`, { after });
    if (kind === NotificationKind.BallotClosing) {
      query.andWhere('NOT EXISTS (SELECT 1 FROM ballot_participation p WHERE p.ballot_id = e.ballot_id AND p.voter_key = e.voter_key)');
    }
    const rows = await query.orderBy(person, 'ASC').limit(RECIPIENTS_PER_BATCH).getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }
}
