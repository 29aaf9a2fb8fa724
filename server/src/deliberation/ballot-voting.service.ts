import { Injectable } from '@nestjs/common';
import { BallotRule, BallotView, VoteChannel } from '@linli/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotElector } from './ballot-elector.entity';
import { BallotOption } from './ballot-option.entity';
import { BallotParticipation } from './ballot-participation.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { electorsOf } from './ballot-electors';
import { assertVoting, lockOpen } from './ballot-open-lock';
import { BallotsService } from './ballots.service';
import { CastVoteDto } from './dto/ballot-input.dto';

/**
 * Casting and changing votes online. One vote per roll line, online or on paper, is the unique key on ballot_participation;
 * a vote can only land while the ballot row, read under a shared lock, is still open, and closing
 * takes that row exclusively, so no vote slips in after the count.
 */
@Injectable()
export class BallotVotingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly ballots: BallotsService,
  ) {}

  async cast(actorId: string, ballotId: string, body: CastVoteDto): Promise<BallotView> {
    const ballot = await this.ballots.require(ballotId);
    const option = await this.dataSource.getRepository(BallotOption).findOne({ select: { id: true }, where: { id: body.optionId, ballotId } });
    if (!option) throw new DomainError('BALLOT_OPTION_INVALID');
    const line = await this.rollLine(ballot, actorId, body.voterKey);
    assertVoting(ballot, new Date());
    try {
      // The participation row (one per roll line), the choice and the audit line commit together or not at all.
      await this.transactions.run(async (manager) => {
        await lockOpen(manager, ballotId);
        await manager.insert(BallotParticipation, {
          id: newId(),
          ballotId,
          voterKey: line.voterKey,
          castBy: actorId,
          castAt: new Date(),
          channel: VoteChannel.Online,
          paperFormId: null,
        });
        await manager.insert(BallotVote, {
          // Random, not time-ordered: the row order must not tell when (so by whom) a secret vote was cast.
          id: randomUUID(),
          ballotId,
          voterKey: ballot.secret ? null : line.voterKey,
          optionId: option.id,
          areaHundredths: line.areaHundredths,
        });
        await this.audit.record(manager, {
          actorId,
          action: 'deliberation.ballot.vote',
          targetType: 'ballot',
          targetId: ballotId,
          placeId: ballot.communityId,
          after: { voterKey: line.voterKey },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.again(actorId, ballot, line, option.id);
    }
    return this.ballots.view(actorId, ballotId);
  }

  /**
   * The roll line already voted. The same choice again (a retried request) is a no-op; a different
   * one changes the vote if the ballot allows it and this caller cast it; otherwise a clear refusal.
   */
  private async again(actorId: string, ballot: Ballot, line: BallotElector, optionId: string): Promise<void> {
    const participation = await this.dataSource.getRepository(BallotParticipation).findOneOrFail({ where: { ballotId: ballot.id, voterKey: line.voterKey } });
    // A paper form stands for the voter's one vote: it is not theirs to change online.
    if (participation.channel === VoteChannel.Paper) throw new DomainError('BALLOT_ALREADY_VOTED_ON_PAPER');
    const refusal = participation.castBy !== actorId && ballot.rule === BallotRule.Household ? 'BALLOT_HOUSEHOLD_VOTED' : 'BALLOT_ALREADY_VOTED';
    if (ballot.secret || participation.castBy !== actorId) throw new DomainError(refusal);
    const current = await this.dataSource
      .getRepository(BallotVote)
      .findOneOrFail({ select: { id: true, optionId: true }, where: { ballotId: ballot.id, voterKey: line.voterKey } });
    if (current.optionId === optionId) return;
    if (!ballot.allowChange) throw new DomainError(refusal);
    // The new choice and its audit line commit together, and only while the ballot is open.
    await this.transactions.run(async (manager) => {
      await lockOpen(manager, ballot.id);
      await manager.update(BallotVote, { ballotId: ballot.id, voterKey: line.voterKey }, { optionId });
      await manager.update(BallotParticipation, { ballotId: ballot.id, voterKey: line.voterKey }, { castAt: new Date() });
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.ballot.vote.change',
        targetType: 'ballot',
        targetId: ballot.id,
        placeId: ballot.communityId,
        after: { voterKey: line.voterKey },
      });
    });
  }

  private async rollLine(ballot: Ballot, actorId: string, voterKey: string | undefined): Promise<BallotElector> {
    const lines = await electorsOf(this.dataSource.manager, ballot, actorId);
    if (lines.length === 0) throw new DomainError('BALLOT_NOT_ELIGIBLE');
    if (voterKey !== undefined) {
      const line = lines.find((l) => l.id === voterKey);
      if (!line) throw new DomainError('BALLOT_NOT_ELIGIBLE');
      return line;
    }
    if (lines.length > 1) throw new DomainError('BALLOT_VOTER_AMBIGUOUS', { voterKeys: lines.map((l) => ({ voterKey: l.id, label: l.label })) });
    return lines[0];
  }
}
