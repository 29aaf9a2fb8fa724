import { Injectable, Logger } from '@nestjs/common';
import {
  BallotRule,
  BallotStatus,
  BallotView,
  DecisionAction,
  DecisionList,
  DecisionStatus,
  decisionTransition,
  tallyBallot,
  TopicAction,
  topicTransition,
} from '@linli/shared';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotOption } from './ballot-option.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { fractionOf } from './ballot-views';
import { BallotsService } from './ballots.service';
import { Decision } from './decision.entity';
import { moveDecision } from './decision-transition';
import { Topic } from './topic.entity';
import { moveTopic } from './topic-transition';

const SWEEP_BATCH = 100;

/** Closes ballots: by the sweep once their time is up, or by the secretary (also early, once everyone on the roll has voted). */
@Injectable()
export class BallotClosingService {
  private readonly logger = new Logger(BallotClosingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly ballots: BallotsService,
  ) {}

  async closeBySecretary(actorId: string, ballotId: string): Promise<BallotView> {
    const ballot = await this.ballots.require(ballotId);
    if (ballot.status === BallotStatus.Closed) return this.ballots.view(actorId, ballotId);
    if (!(await this.close(ballotId, new Date(), actorId))) {
      const now = await this.ballots.require(ballotId);
      if (now.status !== BallotStatus.Closed) throw new DomainError('BALLOT_STILL_OPEN');
    }
    return this.ballots.view(actorId, ballotId);
  }

  /** Closes every ballot past its closing time. Safe to run on several instances at once: each ballot closes once. */
  async sweep(now = new Date()): Promise<number> {
    const due = await this.dataSource.getRepository(Ballot).find({
      select: { id: true },
      where: { status: BallotStatus.Open, closesAt: LessThanOrEqual(now) },
      order: { closesAt: 'ASC' },
      take: SWEEP_BATCH,
    });
    let closed = 0;
    for (const { id } of due) {
      try {
        if (await this.close(id, now, null)) closed += 1;
      } catch (error) {
        this.logger.error(`closing ballot ${id} failed: ${(error as Error).message}`);
      }
    }
    return closed;
  }

  /**
   * One transaction: the conditional UPDATE that closes the ballot (it waits for votes in flight,
   * which hold the row shared, and turns away later ones), the tally of the stored votes frozen on
   * the row, and what the outcome moves: the topic to decided and a passed topic ballot into a
   * tracked decision, or an acceptance ballot's decision to accepted or back to work.
   * Returns false when the ballot was not closable (already closed, still running with votes missing).
   */
  async close(ballotId: string, now: Date, actorId: string | null): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const closed = await manager
        .createQueryBuilder()
        .update(Ballot)
        .set({ status: BallotStatus.Closed, closedAt: now })
        .where('id = :ballotId AND status = :open', { ballotId, open: BallotStatus.Open })
        .andWhere(
          `(closes_at <= :now OR (${actorId ? `(SELECT COUNT(*) FROM ballot_participation p WHERE p.ballot_id = :ballotId) >= electorate_count` : '1 = 0'}))`,
          { now },
        )
        .execute();
      if (closed.affected !== 1) return false;
      const ballot = await manager.getRepository(Ballot).findOneOrFail({ where: { id: ballotId } });
      const outcome = await this.tally(manager, ballot);
      await manager.update(Ballot, { id: ballotId }, { outcome, passed: outcome.passed });
      if (ballot.rule === BallotRule.Acceptance) {
        await moveDecision(manager, ballot.decisionId!, decisionTransition(outcome.passed ? DecisionAction.Accept : DecisionAction.Reject));
      } else {
        await moveTopic(manager, ballot.topicId, topicTransition(TopicAction.CloseBallot));
        if (outcome.passed) await this.track(manager, ballot);
      }
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.ballot.close',
        targetType: 'ballot',
        targetId: ballotId,
        placeId: ballot.communityId,
        after: { passed: outcome.passed, reason: outcome.reason, turnout: outcome.turnout },
      });
      return true;
    });
  }

  private async tally(manager: EntityManager, ballot: Ballot) {
    const options = await manager.getRepository(BallotOption).find({ where: { ballotId: ballot.id }, order: { position: 'ASC' } });
    const votes = await manager.getRepository(BallotVote).find({ select: { id: true, optionId: true, areaHundredths: true }, where: { ballotId: ballot.id } });
    return tallyBallot({
      rule: ballot.rule,
      matter: ballot.matter,
      quorum: fractionOf(ballot.quorumNumerator, ballot.quorumDenominator),
      threshold: fractionOf(ballot.thresholdNumerator, ballot.thresholdDenominator),
      options: options.map((o) => ({ id: o.id, kind: o.kind, label: o.label })),
      electorate: { count: ballot.electorateCount, areaHundredths: ballot.electorateArea },
      votes: votes.map((v) => ({ optionId: v.optionId, areaHundredths: v.areaHundredths })),
    });
  }

  /** A passed topic ballot becomes a tracked item (项目清单 by default; the secretary files it elsewhere and names who answers for it). */
  private async track(manager: EntityManager, ballot: Ballot): Promise<void> {
    const topic = await manager.getRepository(Topic).findOneOrFail({ select: { id: true, title: true }, where: { id: ballot.topicId } });
    await manager.insert(Decision, {
      id: newId(),
      communityId: ballot.communityId,
      topicId: topic.id,
      ballotId: ballot.id,
      title: topic.title,
      list: DecisionList.Project,
      status: DecisionStatus.InProgress,
      responsible: null,
    });
  }
}
