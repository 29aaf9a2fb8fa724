import { Injectable } from '@nestjs/common';
import {
  DELIBERATION_DEFAULTS,
  DeliberationPhotoOwner,
  isTopicOpenForComment,
  LIMITS,
  maskPersonName,
  mayAddTopicPhotos,
  PUBLIC_TOPIC_STATUSES,
  PointsSource,
  Role,
  TopicAction,
  TopicStatus,
  TopicSummaryView,
  topicTransition,
  TopicView,
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
import { PointsLedger } from '../points/points-ledger.service';
import { BallotViews } from './ballot-views';
import { BallotsService } from './ballots.service';
import { DecisionsService } from './decisions.service';
import { DeliberationPhotosService } from './deliberation-photos.service';
import { DeliberationScopes } from './deliberation-scopes';
import { ProposeTopicDto, TopicListQueryDto, TopicReviewDto } from './dto/topic-input.dto';
import { Topic } from './topic.entity';
import { TopicHousehold } from './topic-household.entity';
import { moveTopic } from './topic-transition';

/** Who may raise a topic: residents of the community, and its secretary. */
export const PROPOSER_ROLES = [Role.Resident, Role.Secretary];
const MANAGERS = [Role.Secretary];
/** Who sees topics that are not public yet (awaiting review, declined) besides their proposer. */
const OVERSEERS = [Role.Secretary, Role.StreetOfficer, Role.Admin];
const HOUSEHOLD_CHUNK = 500;

@Injectable()
export class TopicsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly scopes: DeliberationScopes,
    private readonly ballots: BallotsService,
    private readonly ballotViews: BallotViews,
    private readonly decisions: DecisionsService,
    private readonly ledger: PointsLedger,
    private readonly photos: DeliberationPhotosService,
    private readonly contentCheck: ContentCheck,
  ) {}

  /** A resident's topic waits for review; the secretary's own is taken up at once. The topic, its households and the audit line commit together. */
  async propose(actorId: string, community: ScopedPlace, body: ProposeTopicDto): Promise<TopicView> {
    const scope = await this.scopes.resolve(community, body.scope);
    const official = await this.access.holdsAnyRoleOver(actorId, MANAGERS, community);
    // A resident's topic is read by the secretary before anyone else sees it; the secretary's own goes public at once.
    await this.contentCheck.text(
      [
        { field: 'title', label: '议题标题', text: body.title },
        { field: 'body', label: '议题内容', text: body.body },
      ],
      { userId: actorId, scene: ContentScene.Forum, reviewedBeforePublic: !official },
    );
    const id = newId();
    await this.transactions.run(async (manager) => {
      await manager.insert(Topic, {
        id,
        communityId: community.id,
        title: body.title,
        body: body.body,
        scopeKind: scope.kind,
        scopePlaceId: scope.place?.id ?? null,
        scopeHouseholdCount: scope.householdIds?.length ?? null,
        status: official ? TopicStatus.Discussing : TopicStatus.Proposed,
        proposedBy: actorId,
        byOfficial: official,
        declineReason: null,
        reviewedBy: official ? actorId : null,
        commentCount: 0,
      });
      const households = scope.householdIds ?? [];
      for (let i = 0; i < households.length; i += HOUSEHOLD_CHUNK) {
        await manager.insert(
          TopicHousehold,
          households.slice(i, i + HOUSEHOLD_CHUNK).map((householdId) => ({ topicId: id, householdId })),
        );
      }
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.topic.propose',
        targetType: 'topic',
        targetId: id,
        placeId: community.id,
        after: { title: body.title, official },
      });
    });
    return this.detail(actorId, id);
  }

  /**
   * The secretary takes a topic up for deliberation, or declines it with a reason the proposer
   * sees. Taking up a resident's topic credits them points; the move, the points and the audit
   * line commit together, and the ledger's unique source key credits once.
   */
  async review(actorId: string, topicId: string, body: TopicReviewDto): Promise<TopicView> {
    const topic = await this.require(topicId);
    if (!body.accept && !body.reason) throw new DomainError('TOPIC_DECLINE_REASON_REQUIRED');
    if (!body.accept) await this.contentCheck.text([{ field: 'reason', label: '原因', text: body.reason }], { userId: actorId, scene: ContentScene.Comment });
    await this.transactions.run(async (manager) => {
      if (body.accept) {
        await moveTopic(manager, topicId, topicTransition(TopicAction.Accept), { reviewedBy: actorId });
        if (!topic.byOfficial && DELIBERATION_DEFAULTS.acceptedTopicPoints > 0) {
          await this.ledger.credit(manager, {
            userId: topic.proposedBy,
            communityId: topic.communityId,
            amount: DELIBERATION_DEFAULTS.acceptedTopicPoints,
            reason: `议题被受理：${topic.title}`,
            sourceType: PointsSource.Topic,
            sourceId: topic.id,
            createdBy: actorId,
          });
        }
      } else {
        await moveTopic(manager, topicId, topicTransition(TopicAction.Decline), { reviewedBy: actorId, declineReason: body.reason! });
      }
      await this.audit.record(manager, {
        actorId,
        action: body.accept ? 'deliberation.topic.accept' : 'deliberation.topic.decline',
        targetType: 'topic',
        targetId: topicId,
        placeId: topic.communityId,
        before: { status: topic.status },
        after: body.accept ? undefined : { reason: body.reason },
      });
    });
    return this.detail(actorId, topicId);
  }

  async list(viewerId: string, community: ScopedPlace, query: TopicListQueryDto): Promise<{ items: TopicSummaryView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const q = this.dataSource.getRepository(Topic).createQueryBuilder('t').where('t.communityId = :communityId', { communityId: community.id });
    switch (query.stage) {
      case 'proposed':
        if (!(await this.access.holdsAnyRoleOver(viewerId, OVERSEERS, community))) throw new DomainError('ACCESS_DENIED');
        q.andWhere('t.status = :status', { status: TopicStatus.Proposed });
        break;
      case 'mine':
        q.andWhere('t.proposedBy = :viewerId', { viewerId });
        break;
      case undefined:
        q.andWhere('t.status IN (:...statuses)', { statuses: [...PUBLIC_TOPIC_STATUSES] });
        break;
      default:
        q.andWhere('t.status = :status', { status: query.stage });
    }
    // A topic hidden after reports leaves every list but its proposer's own.
    if (query.stage !== 'mine') q.andWhere('t.hidden = :visible', { visible: false });
    const after = decodeCursor(query.cursor);
    if (after) q.andWhere('t.id < :after', { after });
    const rows = await q
      .orderBy('t.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = pageOf(rows, limit, (t) => t.id);
    return { items: await this.summaries(page.items), nextCursor: page.nextCursor };
  }

  async detail(viewerId: string, topicId: string): Promise<TopicView> {
    const topic = await this.require(topicId);
    const community = await this.access.requirePlace(topic.communityId);
    const isMine = topic.proposedBy === viewerId;
    if (!PUBLIC_TOPIC_STATUSES.includes(topic.status) && !isMine && !(await this.access.holdsAnyRoleOver(viewerId, OVERSEERS, community))) {
      throw new DomainError('TOPIC_NOT_FOUND');
    }
    const canManage = await this.access.holdsAnyRoleOver(viewerId, MANAGERS, community);
    if (topic.hidden && !isMine && !canManage) throw new DomainError('TOPIC_NOT_FOUND');
    const [summary] = await this.summaries([topic]);
    const scope = await this.scopes.ofTopic(topic);
    const canComment = isTopicOpenForComment(topic.status) && !topic.hidden && (canManage || (await this.scopes.livesIn(viewerId, scope)));
    const photos = await this.photos.viewsOf(DeliberationPhotoOwner.Topic, [topic.id], { userId: viewerId, moderator: canManage });
    return {
      ...summary,
      body: topic.body,
      photos: photos.get(topic.id) ?? [],
      canAddPhotos: mayAddTopicPhotos(topic.status, { isProposer: isMine, isManager: canManage }),
      declineReason: topic.declineReason,
      canComment,
      canManage,
      isMine,
      decision: await this.decisions.summaryOfTopic(topic.id),
      hidden: topic.hidden,
      hiddenReason: topic.hiddenReason,
    };
  }

  async require(topicId: string): Promise<Topic> {
    const topic = topicId.length <= 64 ? await this.dataSource.getRepository(Topic).findOne({ where: { id: topicId } }) : null;
    if (!topic) throw new DomainError('TOPIC_NOT_FOUND');
    return topic;
  }

  private async summaries(topics: Topic[]): Promise<TopicSummaryView[]> {
    if (topics.length === 0) return [];
    const proposerIds = [...new Set(topics.filter((t) => !t.byOfficial).map((t) => t.proposedBy))];
    const names = new Map([...(await displayNamesOf(this.dataSource, proposerIds))].map(([id, name]) => [id, maskPersonName(name)]));
    const ballots = await this.ballots.summaries(topics.map((t) => t.id));
    const placeIds = new Set(topics.flatMap((t) => [t.communityId, ...(t.scopePlaceId ? [t.scopePlaceId] : [])]));
    const places = new Map(
      (await this.dataSource.getRepository(Place).find({ select: { id: true, name: true, level: true }, where: { id: In([...placeIds]) } })).map((p) => [
        p.id,
        p,
      ]),
    );
    return topics.map((t) => ({
      id: t.id,
      community: places.get(t.communityId)!,
      title: t.title,
      status: t.status,
      scope: this.scopes.view(t.scopeKind, t.scopePlaceId ? places.get(t.scopePlaceId)! : null, t.scopeHouseholdCount),
      proposerName: t.byOfficial ? '社区党组织' : (names.get(t.proposedBy) ?? '居民'),
      commentCount: t.commentCount,
      ballot: ballots.has(t.id) ? this.ballotViews.summary(ballots.get(t.id)!) : null,
      createdAt: t.createdAt.toISOString(),
    }));
  }
}
