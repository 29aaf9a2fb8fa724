import { Injectable } from '@nestjs/common';
import {
  BallotOptionsForm,
  BallotRule,
  DecisionAction,
  DeliberationPhotoOwner,
  DecisionItemSummaryView,
  DecisionItemView,
  decisionTransition,
  DELIBERATION_DEFAULTS,
  LIMITS,
  Role,
} from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { decodeCursor, pageOf } from '../common/http/page';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { displayNamesOf } from '../identity/display-names';
import { Place } from '../places/place.entity';
import { Ballot } from './ballot.entity';
import { BallotPlans } from './ballot-plans';
import { BallotViews } from './ballot-views';
import { DeliberationPhotosService } from './deliberation-photos.service';
import { DeliberationScopes } from './deliberation-scopes';
import { Decision } from './decision.entity';
import { DecisionMilestone } from './decision-milestone.entity';
import { moveDecision } from './decision-transition';
import { DecisionUpdate } from './decision-update.entity';
import { AcceptanceBallotDto, DecisionListQueryDto, MilestoneInputDto, UpdateDecisionDto } from './dto/decision-input.dto';
import { Topic } from './topic.entity';

const MANAGERS = [Role.Secretary];

/** Tracked decisions (四个清单): who answers for them, milestones, progress, and the residents' acceptance vote. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly scopes: DeliberationScopes,
    private readonly plans: BallotPlans,
    private readonly ballotViews: BallotViews,
    private readonly photos: DeliberationPhotosService,
    private readonly contentCheck: ContentCheck,
  ) {}

  async list(community: ScopedPlace, query: DecisionListQueryDto): Promise<{ items: DecisionItemSummaryView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const q = this.dataSource.getRepository(Decision).createQueryBuilder('d').where('d.communityId = :communityId', { communityId: community.id });
    if (query.list) q.andWhere('d.list = :list', { list: query.list });
    if (query.status) q.andWhere('d.status = :status', { status: query.status });
    const after = decodeCursor(query.cursor);
    if (after) q.andWhere('d.id < :after', { after });
    const page = pageOf(
      await q
        .orderBy('d.id', 'DESC')
        .take(limit + 1)
        .getMany(),
      limit,
      (d) => d.id,
    );
    return { items: await this.summaries(page.items), nextCursor: page.nextCursor };
  }

  async summaryOfTopic(topicId: string): Promise<DecisionItemSummaryView | null> {
    const decision = await this.dataSource.getRepository(Decision).findOne({ where: { topicId } });
    return decision ? (await this.summaries([decision]))[0] : null;
  }

  async detail(viewerId: string, decisionId: string): Promise<DecisionItemView> {
    const decision = await this.require(decisionId);
    const [summary] = await this.summaries([decision]);
    const community = await this.dataSource
      .getRepository(Place)
      .findOneOrFail({ select: { id: true, name: true, level: true, path: true }, where: { id: decision.communityId } });
    const milestones = await this.dataSource.getRepository(DecisionMilestone).find({ where: { decisionId }, order: { id: 'ASC' } });
    const updates = await this.dataSource.getRepository(DecisionUpdate).find({ where: { decisionId }, order: { id: 'DESC' }, take: LIMITS.pageSizeMax });
    const authorNames = await displayNamesOf(
      this.dataSource,
      updates.map((u) => u.authorId),
    );
    const canManage = await this.access.holdsAnyRoleOver(viewerId, MANAGERS, community);
    const photos = await this.photos.viewsOf(
      DeliberationPhotoOwner.Progress,
      updates.map((u) => u.id),
      { userId: viewerId, moderator: canManage },
    );
    const decidedBy = await this.dataSource.getRepository(Ballot).findOneOrFail({ where: { id: decision.ballotId } });
    const acceptance = await this.dataSource.getRepository(Ballot).find({ where: { decisionId }, order: { id: 'DESC' } });
    return {
      ...summary,
      community: { id: community.id, name: community.name, level: community.level },
      milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneAt: m.doneAt?.toISOString() ?? null })),
      updates: updates.map((u) => ({
        id: u.id,
        note: u.note,
        photos: photos.get(u.id) ?? [],
        authorName: authorNames.get(u.authorId) ?? '社区',
        createdAt: u.createdAt.toISOString(),
      })),
      decidedBy: this.ballotViews.summary(decidedBy),
      acceptanceBallots: acceptance.map((b) => this.ballotViews.summary(b)),
      canManage,
    };
  }

  async update(actorId: string, decisionId: string, body: UpdateDecisionDto): Promise<DecisionItemView> {
    const decision = await this.require(decisionId);
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) throw new DomainError('VALIDATION_FAILED', undefined, '没有要修改的内容');
    await this.contentCheck.text(
      [
        { field: 'title', label: '决议标题', text: body.title },
        { field: 'responsible', label: '责任人', text: body.responsible },
      ],
      { userId: actorId, scene: ContentScene.Forum },
    );
    // The change and its audit line commit together.
    await this.transactions.run(async (manager) => {
      await manager.update(Decision, { id: decisionId }, changes);
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.decision.update',
        targetType: 'decision',
        targetId: decisionId,
        placeId: decision.communityId,
        before: { title: decision.title, list: decision.list, responsible: decision.responsible },
        after: changes,
      });
    });
    return this.detail(actorId, decisionId);
  }

  async addMilestone(actorId: string, decisionId: string, body: MilestoneInputDto): Promise<DecisionItemView> {
    const decision = await this.require(decisionId);
    await this.contentCheck.text([{ field: 'title', label: '节点名称', text: body.title }], { userId: actorId, scene: ContentScene.Forum });
    await this.dataSource
      .getRepository(DecisionMilestone)
      .insert({ id: newId(), decisionId, communityId: decision.communityId, title: body.title, dueOn: body.dueOn ?? null, doneAt: null });
    return this.detail(actorId, decisionId);
  }

  /** Marks a milestone done; doing it again keeps the first time (conditional update). */
  async completeMilestone(actorId: string, milestoneId: string): Promise<DecisionItemView> {
    const milestone = milestoneId.length <= 64 ? await this.dataSource.getRepository(DecisionMilestone).findOne({ where: { id: milestoneId } }) : null;
    if (!milestone) throw new DomainError('MILESTONE_NOT_FOUND');
    await this.dataSource
      .createQueryBuilder()
      .update(DecisionMilestone)
      .set({ doneAt: new Date() })
      .where('id = :milestoneId AND done_at IS NULL', { milestoneId })
      .execute();
    return this.detail(actorId, milestone.decisionId);
  }

  async addProgress(actorId: string, decisionId: string, note: string): Promise<DecisionItemView> {
    const decision = await this.require(decisionId);
    await this.contentCheck.text([{ field: 'note', label: '进展说明', text: note }], { userId: actorId, scene: ContentScene.Forum });
    await this.dataSource.getRepository(DecisionUpdate).insert({ id: newId(), decisionId, communityId: decision.communityId, authorId: actorId, note });
    return this.detail(actorId, decisionId);
  }

  async requireProgress(updateId: string): Promise<DecisionUpdate> {
    const update = updateId.length <= 64 ? await this.dataSource.getRepository(DecisionUpdate).findOne({ where: { id: updateId } }) : null;
    if (!update) throw new DomainError('PROGRESS_NOT_FOUND');
    return update;
  }

  /**
   * The work is done: the residents of the topic's scope rate it (民意验收), secretly, one vote
   * each. The decision moves to awaiting acceptance with its ballot and roll in one transaction.
   */
  async requestAcceptance(actorId: string, decisionId: string, body: AcceptanceBallotDto): Promise<DecisionItemView> {
    const decision = await this.require(decisionId);
    const topic = await this.dataSource.getRepository(Topic).findOneOrFail({ where: { id: decision.topicId } });
    const now = new Date();
    const spec = {
      topicId: topic.id,
      decisionId,
      title: `民意验收：${decision.title}`.slice(0, 60),
      rule: BallotRule.Acceptance,
      matter: null,
      quorum: null,
      threshold: body.threshold ?? DELIBERATION_DEFAULTS.acceptanceThreshold,
      optionsForm: BallotOptionsForm.YesNoAbstain,
      choices: [],
      secret: true,
      allowChange: false,
      opensAt: body.opensAt ? new Date(body.opensAt) : now,
      closesAt: new Date(body.closesAt),
      scope: await this.scopes.ofTopic(topic),
    };
    this.plans.check(spec, now);
    await this.transactions.run(async (manager) => {
      await moveDecision(manager, decisionId, decisionTransition(DecisionAction.RequestAcceptance));
      await this.plans.insert(manager, actorId, spec);
    });
    return this.detail(actorId, decisionId);
  }

  async require(decisionId: string): Promise<Decision> {
    const decision = decisionId.length <= 64 ? await this.dataSource.getRepository(Decision).findOne({ where: { id: decisionId } }) : null;
    if (!decision) throw new DomainError('DECISION_NOT_FOUND');
    return decision;
  }

  private async summaries(decisions: Decision[]): Promise<DecisionItemSummaryView[]> {
    if (decisions.length === 0) return [];
    const milestones = await this.dataSource
      .getRepository(DecisionMilestone)
      .find({ select: { id: true, decisionId: true, doneAt: true }, where: { decisionId: In(decisions.map((d) => d.id)) } });
    return decisions.map((d) => {
      const mine = milestones.filter((m) => m.decisionId === d.id);
      return {
        id: d.id,
        topicId: d.topicId,
        title: d.title,
        list: d.list,
        status: d.status,
        responsible: d.responsible,
        milestonesDone: mine.filter((m) => m.doneAt !== null).length,
        milestonesTotal: mine.length,
        createdAt: d.createdAt.toISOString(),
      };
    });
  }
}
