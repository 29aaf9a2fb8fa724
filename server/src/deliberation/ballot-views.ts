import { Injectable } from '@nestjs/common';
import {
  BallotPhase,
  ballotPhase,
  BallotStatus,
  BallotSummaryView,
  BallotTurnout,
  ballotTurnout,
  BallotView,
  canCloseBallot,
  describeBallotRule,
  Fraction,
  MyBallotView,
  VoteChannel,
  VoteChannelCounts,
} from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { BallotElector } from './ballot-elector.entity';
import { BallotOption } from './ballot-option.entity';
import { BallotParticipation } from './ballot-participation.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { electorsOf, INELIGIBLE_REASONS } from './ballot-electors';
import { DeliberationScopes } from './deliberation-scopes';
import { PaperStanding } from './paper-recorders';

export function fractionOf(numerator: number | null, denominator: number | null): Fraction | null {
  return numerator !== null && denominator !== null ? { numerator, denominator } : null;
}

/** Ballot views. Results (the outcome, votes by channel) appear only once the ballot is closed; turnout before that counts who took part, never what they chose; choices on a secret ballot never appear. */
@Injectable()
export class BallotViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: DeliberationScopes,
  ) {}

  summary(ballot: Ballot, now = Date.now()): BallotSummaryView {
    const phase = ballotPhase(ballot.status, ballot.opensAt.getTime(), ballot.closesAt.getTime(), now);
    return {
      id: ballot.id,
      title: ballot.title,
      rule: ballot.rule,
      phase,
      opensAt: ballot.opensAt.toISOString(),
      closesAt: ballot.closesAt.toISOString(),
      passed: phase === BallotPhase.Closed ? ballot.passed : null,
    };
  }

  async full(ballot: Ballot, viewerId: string, standing: PaperStanding): Promise<BallotView> {
    const now = Date.now();
    const canManage = standing.secretary;
    const options = await this.dataSource.getRepository(BallotOption).find({ where: { ballotId: ballot.id }, order: { position: 'ASC' } });
    const closed = ballot.status === BallotStatus.Closed;
    const votesCast = canManage && !closed ? await this.dataSource.getRepository(BallotParticipation).count({ where: { ballotId: ballot.id } }) : 0;
    const quorum = fractionOf(ballot.quorumNumerator, ballot.quorumDenominator);
    const threshold = fractionOf(ballot.thresholdNumerator, ballot.thresholdDenominator);
    const me = await this.me(ballot, viewerId, now);
    return {
      ...this.summary(ballot, now),
      topicId: ballot.topicId,
      decisionId: ballot.decisionId,
      communityId: ballot.communityId,
      matter: ballot.matter,
      quorum,
      threshold,
      secret: ballot.secret,
      allowChange: ballot.allowChange,
      options: options.map((o) => ({ id: o.id, kind: o.kind, label: o.label })),
      scope: await this.scopes.storedView(ballot.scopeKind, ballot.scopePlaceId, ballot.scopeHouseholdCount),
      electorate: { count: ballot.electorateCount, areaHundredths: ballot.electorateArea },
      ruleStatements: describeBallotRule({
        rule: ballot.rule,
        matter: ballot.matter,
        quorum,
        threshold,
        secret: ballot.secret,
        allowChange: ballot.allowChange,
      }),
      me,
      outcome: closed ? ballot.outcome : null,
      closedAt: ballot.closedAt?.toISOString() ?? null,
      canClose: canManage && canCloseBallot(ballot.status, ballot.closesAt.getTime(), now, votesCast, ballot.electorateCount),
      turnout: me.eligible || canManage || standing.gridWorker ? await this.turnout(ballot, quorum) : null,
      channels: closed ? await this.channels(ballot.id) : null,
      canRecordPaper:
        (canManage || standing.gridWorker) && ballotPhase(ballot.status, ballot.opensAt.getTime(), ballot.closesAt.getTime(), now) === BallotPhase.Voting,
    };
  }

  /** Who has taken part so far, by headcount and (owners' ballots) area, from the participation rows and the frozen roll: no choice is read. */
  private async turnout(ballot: Ballot, quorum: Fraction | null): Promise<BallotTurnout> {
    const row = await this.dataSource
      .getRepository(BallotParticipation)
      .createQueryBuilder('p')
      .innerJoin(BallotElector, 'e', 'e.ballotId = p.ballotId AND e.voterKey = p.voterKey')
      .select('COUNT(*)', 'votes')
      .addSelect('COALESCE(SUM(e.areaHundredths), 0)', 'area')
      .where('p.ballotId = :ballotId', { ballotId: ballot.id })
      .getRawOne<{ votes: number | string; area: number | string }>();
    return ballotTurnout({
      rule: ballot.rule,
      quorum,
      electorate: { count: ballot.electorateCount, areaHundredths: ballot.electorateArea },
      turnout: { votes: Number(row?.votes ?? 0), areaHundredths: Number(row?.area ?? 0) },
    });
  }

  /** Votes by channel: totals only, so that on a secret ballot no single vote's channel (and with it a paper voter's choice) can be told. */
  async channels(ballotId: string): Promise<VoteChannelCounts> {
    const rows = await this.dataSource
      .getRepository(BallotParticipation)
      .createQueryBuilder('p')
      .select('p.channel', 'channel')
      .addSelect('COUNT(*)', 'votes')
      .where('p.ballotId = :ballotId', { ballotId })
      .groupBy('p.channel')
      .getRawMany<{ channel: VoteChannel; votes: number | string }>();
    const count = (channel: VoteChannel) => Number(rows.find((r) => r.channel === channel)?.votes ?? 0);
    return { online: count(VoteChannel.Online), paper: count(VoteChannel.Paper) };
  }

  private async me(ballot: Ballot, viewerId: string, now: number): Promise<MyBallotView> {
    const electors = await electorsOf(this.dataSource.manager, ballot, viewerId);
    if (electors.length === 0) {
      return {
        eligible: false,
        ineligibleReason: INELIGIBLE_REASONS[ballot.rule],
        votesAs: null,
        voterKey: null,
        cast: false,
        castByMe: false,
        optionId: null,
        canChange: false,
        channel: null,
      };
    }
    const keys = electors.map((e) => e.voterKey);
    const participations = await this.dataSource.getRepository(BallotParticipation).find({ where: { ballotId: ballot.id, voterKey: In(keys) } });
    // Shows the first line not yet voted for, else the first line (a member of two households votes twice, once each).
    const votedKeys = new Set(participations.map((p) => p.voterKey));
    const line = electors.find((e) => !votedKeys.has(e.voterKey)) ?? electors[0];
    const participation = participations.find((p) => p.voterKey === line.voterKey) ?? null;
    const vote =
      participation && !ballot.secret
        ? await this.dataSource
            .getRepository(BallotVote)
            .findOne({ select: { id: true, optionId: true }, where: { ballotId: ballot.id, voterKey: line.voterKey } })
        : null;
    const voting = ballotPhase(ballot.status, ballot.opensAt.getTime(), ballot.closesAt.getTime(), now) === BallotPhase.Voting;
    const castByMe = participation?.castBy === viewerId;
    return {
      eligible: true,
      ineligibleReason: null,
      votesAs: electors.length > 1 || line.label !== '本人' ? line.label : null,
      voterKey: line.id,
      cast: participation !== null,
      castByMe,
      optionId: vote?.optionId ?? null,
      // A paper vote is recorded by someone else, so castByMe is false and it cannot be changed online.
      canChange: voting && ballot.allowChange && participation !== null && castByMe && participation.channel === VoteChannel.Online,
      channel: participation?.channel ?? null,
    };
  }
}
