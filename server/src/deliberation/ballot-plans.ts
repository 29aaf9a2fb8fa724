import { Injectable } from '@nestjs/common';
import {
  Art278Matter,
  BALLOT_OPTION_LABELS,
  BALLOT_PLAN_PROBLEM_TEXT,
  BallotOptionKind,
  BallotOptionsForm,
  BallotRule,
  ballotPlanProblem,
  BallotStatus,
  Fraction,
} from '@linli/shared';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { NotificationService } from '../notifications/notification.service';
import { BallotElector } from './ballot-elector.entity';
import { BallotOption } from './ballot-option.entity';
import { Ballot } from './ballot.entity';
import { BallotRolls } from './ballot-rolls';
import { DeliberationScopes, ResolvedScope } from './deliberation-scopes';

export interface BallotSpec {
  topicId: string;
  decisionId: string | null;
  title: string;
  rule: BallotRule;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  threshold: Fraction | null;
  optionsForm: BallotOptionsForm;
  choices: string[];
  secret: boolean;
  allowChange: boolean;
  opensAt: Date;
  closesAt: Date;
  scope: ResolvedScope;
}

const ROLL_CHUNK = 500;

/** Checks a ballot's plan and writes it with its options and frozen roll (inside the caller's transaction). */
@Injectable()
export class BallotPlans {
  constructor(
    private readonly scopes: DeliberationScopes,
    private readonly rolls: BallotRolls,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** Refuses a bad plan before anything is written. */
  check(spec: BallotSpec, now: Date): void {
    if (Number.isNaN(spec.opensAt.getTime()) || Number.isNaN(spec.closesAt.getTime()))
      throw new DomainError('BALLOT_PLAN_INVALID', { problem: 'bad_time' }, '开始或结束时间不正确');
    const problem = ballotPlanProblem({ ...spec, opensAt: spec.opensAt.getTime(), closesAt: spec.closesAt.getTime() }, now.getTime());
    if (problem) throw new DomainError('BALLOT_PLAN_INVALID', { problem }, BALLOT_PLAN_PROBLEM_TEXT[problem]);
    if (spec.threshold && spec.threshold.numerator > spec.threshold.denominator)
      throw new DomainError('BALLOT_PLAN_INVALID', { problem: 'bad_threshold' }, '验收通过的比例须在 0 到 1 之间');
  }

  async insert(manager: EntityManager, actorId: string, spec: BallotSpec): Promise<Ballot> {
    const households = await this.scopes.households(spec.scope, manager);
    const roll = await this.rolls.build(manager, spec.rule, households);
    if (roll.length === 0) throw new DomainError('BALLOT_ELECTORATE_EMPTY');
    const totals = this.rolls.totals(roll);
    const ballot: Ballot = {
      id: newId(),
      communityId: spec.scope.communityId,
      topicId: spec.topicId,
      decisionId: spec.decisionId,
      title: spec.title,
      rule: spec.rule,
      matter: spec.matter,
      quorumNumerator: spec.quorum?.numerator ?? null,
      quorumDenominator: spec.quorum?.denominator ?? null,
      thresholdNumerator: spec.threshold?.numerator ?? null,
      thresholdDenominator: spec.threshold?.denominator ?? null,
      secret: spec.secret,
      allowChange: spec.allowChange,
      scopeKind: spec.scope.kind,
      scopePlaceId: spec.scope.place?.id ?? null,
      scopeHouseholdCount: spec.scope.householdIds?.length ?? null,
      electorateCount: totals.count,
      electorateArea: totals.areaHundredths,
      opensAt: spec.opensAt,
      closesAt: spec.closesAt,
      status: BallotStatus.Open,
      closedAt: null,
      passed: null,
      outcome: null,
      createdBy: actorId,
    } as Ballot;
    await manager.insert(Ballot, ballot);
    await manager.insert(
      BallotOption,
      optionsOf(spec).map((o, position) => ({ id: newId(), ballotId: ballot.id, position, kind: o.kind, label: o.label })),
    );
    for (let i = 0; i < roll.length; i += ROLL_CHUNK) {
      await manager.insert(
        BallotElector,
        roll.slice(i, i + ROLL_CHUNK).map((line) => ({ id: newId(), ballotId: ballot.id, ...line })),
      );
    }
    await this.audit.record(manager, {
      actorId,
      action: 'deliberation.ballot.create',
      targetType: 'ballot',
      targetId: ballot.id,
      placeId: ballot.communityId,
      after: { topicId: spec.topicId, decisionId: spec.decisionId, rule: spec.rule, electorate: totals, opensAt: spec.opensAt, closesAt: spec.closesAt },
    });
    // The roll is told when the ballot opens, and reminded before it closes (expanded by the fan-out sweep when due).
    await this.notifications.ballotScheduled(manager, ballot);
    return ballot;
  }
}

function optionsOf(spec: BallotSpec): { kind: BallotOptionKind; label: string }[] {
  const fixed = (kind: Exclude<BallotOptionKind, BallotOptionKind.Choice>) => ({ kind, label: BALLOT_OPTION_LABELS[kind] });
  if (spec.rule === BallotRule.Acceptance) return [fixed(BallotOptionKind.Satisfied), fixed(BallotOptionKind.Unsatisfied)];
  if (spec.optionsForm === BallotOptionsForm.YesNoAbstain) return [fixed(BallotOptionKind.Yes), fixed(BallotOptionKind.No), fixed(BallotOptionKind.Abstain)];
  return [...spec.choices.map((label) => ({ kind: BallotOptionKind.Choice, label: label.trim() })), fixed(BallotOptionKind.Abstain)];
}
