import { Injectable } from '@nestjs/common';
import { BallotOptionsForm, BallotStatus, BallotVotesExport, BallotView, Role, TopicAction, topicTransition } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotOption } from './ballot-option.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { electorsOf } from './ballot-electors';
import { BallotPlans, BallotSpec } from './ballot-plans';
import { BallotViews, fractionOf } from './ballot-views';
import { DeliberationScopes } from './deliberation-scopes';
import { PaperRecorders } from './paper-recorders';
import { CreateBallotDto } from './dto/ballot-input.dto';
import { Topic } from './topic.entity';
import { moveTopic } from './topic-transition';

/** Who runs a community's votes. */
export const BALLOT_MANAGERS = [Role.Secretary];
/** Who may audit a ballot beyond its own voters. */
const AUDITORS = [Role.Secretary, Role.StreetOfficer];

@Injectable()
export class BallotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly scopes: DeliberationScopes,
    private readonly plans: BallotPlans,
    private readonly views: BallotViews,
    private readonly contentCheck: ContentCheck,
    private readonly recorders: PaperRecorders,
  ) {}

  /** Puts an accepted topic to a vote: the topic moves to voting with its ballot, options and frozen roll, in one transaction. */
  async createForTopic(actorId: string, topicId: string, body: CreateBallotDto): Promise<BallotView> {
    const topic = await this.dataSource.getRepository(Topic).findOneOrFail({ where: { id: topicId } });
    const community = await this.access.requirePlace(topic.communityId);
    // Every voter reads the title and the named choices.
    await this.contentCheck.text(
      [
        { field: 'title', label: '表决标题', text: body.title },
        ...(body.choices ?? []).map((text, i) => ({ field: `choices[${i}]`, label: `选项${i + 1}`, text })),
      ],
      { userId: actorId, scene: ContentScene.Forum },
    );
    const now = new Date();
    const spec: BallotSpec = {
      topicId,
      decisionId: null,
      title: body.title,
      rule: body.rule,
      matter: body.matter ?? null,
      quorum: body.quorum ?? null,
      threshold: null,
      optionsForm: body.optionsForm,
      choices: body.optionsForm === BallotOptionsForm.Choices ? (body.choices ?? []) : [],
      secret: body.secret,
      allowChange: body.allowChange,
      opensAt: body.opensAt ? new Date(body.opensAt) : now,
      closesAt: new Date(body.closesAt),
      scope: body.electorate ? await this.scopes.resolve(community, body.electorate) : await this.scopes.ofTopic(topic),
    };
    this.plans.check(spec, now);
    const ballot = await this.transactions.run(async (manager) => {
      await moveTopic(manager, topicId, topicTransition(TopicAction.OpenBallot));
      return this.plans.insert(manager, actorId, spec);
    });
    return this.view(actorId, ballot.id);
  }

  async view(viewerId: string, ballotId: string): Promise<BallotView> {
    const ballot = await this.require(ballotId);
    const standing = await this.recorders.standing(viewerId, await this.access.requirePlace(ballot.communityId));
    return this.views.full(ballot, viewerId, standing);
  }

  /**
   * The anonymised votes of a closed ballot, for anyone on its roll and for those who audit the
   * community. Choices only, in the random order of their ids: no voter, no time.
   */
  async export(viewerId: string, ballotId: string): Promise<BallotVotesExport> {
    const ballot = await this.require(ballotId);
    if (ballot.status !== BallotStatus.Closed || !ballot.outcome) throw new DomainError('BALLOT_RESULTS_HIDDEN');
    const onRoll = (await electorsOf(this.dataSource.manager, ballot, viewerId)).length > 0;
    if (!onRoll && !(await this.access.holdsAnyRoleOver(viewerId, AUDITORS, await this.access.requirePlace(ballot.communityId))))
      throw new DomainError('ACCESS_DENIED');
    const options = await this.dataSource.getRepository(BallotOption).find({ where: { ballotId }, order: { position: 'ASC' } });
    const votes = await this.dataSource
      .getRepository(BallotVote)
      .find({ select: { id: true, optionId: true, areaHundredths: true }, where: { ballotId }, order: { id: 'ASC' } });
    return {
      ballotId,
      title: ballot.title,
      rule: ballot.rule,
      matter: ballot.matter,
      quorum: fractionOf(ballot.quorumNumerator, ballot.quorumDenominator),
      threshold: fractionOf(ballot.thresholdNumerator, ballot.thresholdDenominator),
      options: options.map((o) => ({ id: o.id, kind: o.kind, label: o.label })),
      electorate: { count: ballot.electorateCount, areaHundredths: ballot.electorateArea },
      votes: votes.map((v) => ({ optionId: v.optionId, areaHundredths: v.areaHundredths })),
      outcome: ballot.outcome,
      channels: await this.views.channels(ballotId),
    };
  }

  async summaries(topicIds: string[]): Promise<Map<string, Ballot>> {
    if (topicIds.length === 0) return new Map();
    const ballots = await this.dataSource.getRepository(Ballot).find({ where: { topicId: In(topicIds) }, order: { id: 'ASC' } });
    // The topic's own ballot is the one without a decision (acceptance ballots hang off decisions).
    return new Map(ballots.filter((b) => b.decisionId === null).map((b) => [b.topicId, b]));
  }

  async require(ballotId: string): Promise<Ballot> {
    const ballot = ballotId.length <= 64 ? await this.dataSource.getRepository(Ballot).findOne({ where: { id: ballotId } }) : null;
    if (!ballot) throw new DomainError('BALLOT_NOT_FOUND');
    return ballot;
  }
}
