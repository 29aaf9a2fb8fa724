import { Injectable } from '@nestjs/common';
import {
  BallotPhase,
  ballotPhase,
  BallotStatus,
  BallotSummaryView,
  BallotView,
  canCloseBallot,
  describeBallotRule,
  Fraction,
  MyBallotView,
} from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { BallotOption } from './ballot-option.entity';
import { BallotParticipation } from './ballot-participation.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { electorsOf, INELIGIBLE_REASONS } from './ballot-electors';
import { DeliberationScopes } from './deliberation-scopes';

export function fractionOf(numerator: number | null, denominator: number | null): Fraction | null {
  return numerator !== null && denominator !== null ? { numerator, denominator } : null;
}

/** Ballot views. Results (the outcome) appear only once the ballot is closed; choices on a secret ballot never do. */
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

  async full(ballot: Ballot, viewerId: string, canManage: boolean): Promise<BallotView> {
    const now = Date.now();
    const options = await this.dataSource.getRepository(BallotOption).find({ where: { ballotId: ballot.id }, order: { position: 'ASC' } });
    const closed = ballot.status === BallotStatus.Closed;
    const votesCast = canManage && !closed ? await this.dataSource.getRepository(BallotParticipation).count({ where: { ballotId: ballot.id } }) : 0;
    const quorum = fractionOf(ballot.quorumNumerator, ballot.quorumDenominator);
    const threshold = fractionOf(ballot.thresholdNumerator, ballot.thresholdDenominator);
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
      me: await this.me(ballot, viewerId, now),
      outcome: closed ? ballot.outcome : null,
      closedAt: ballot.closedAt?.toISOString() ?? null,
      canClose: canManage && canCloseBallot(ballot.status, ballot.closesAt.getTime(), now, votesCast, ballot.electorateCount),
    };
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
      canChange: voting && ballot.allowChange && participation !== null && castByMe,
    };
  }
}
