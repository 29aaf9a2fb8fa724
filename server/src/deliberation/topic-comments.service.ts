import { Injectable } from '@nestjs/common';
import { CommentView, DELIBERATION_DEFAULTS, isTopicOpenForComment, LIMITS, maskPersonName, Role, TOPIC_OPEN_FOR_COMMENT } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { decodeCursor, PageQueryDto, pageOf } from '../common/http/page';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { displayNamesOf } from '../identity/display-names';
import { CommentReport } from './comment-report.entity';
import { DeliberationScopes } from './deliberation-scopes';
import { CommentInputDto } from './dto/topic-input.dto';
import { TopicComment } from './topic-comment.entity';
import { TopicsService } from './topics.service';
import { Topic } from './topic.entity';

const MODERATORS = [Role.Secretary];

/** Discussion on a topic: comments with one level of replies, reports by residents, hiding by the secretary. */
@Injectable()
export class TopicCommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly scopes: DeliberationScopes,
    private readonly topics: TopicsService,
    private readonly contentCheck: ContentCheck,
  ) {}

  /** Residents in the topic's scope, and the secretary, while the topic is open for discussion. */
  async add(actorId: string, topicId: string, body: CommentInputDto): Promise<CommentView> {
    const topic = await this.topics.require(topicId);
    if (!isTopicOpenForComment(topic.status) || topic.hidden) throw new DomainError('TOPIC_COMMENTS_CLOSED');
    const official = await this.access.holdsAnyRoleOver(actorId, MODERATORS, await this.access.requirePlace(topic.communityId));
    if (!official && !(await this.scopes.livesIn(actorId, await this.scopes.ofTopic(topic)))) throw new DomainError('TOPIC_COMMENT_NOT_ALLOWED');
    if (body.parentId !== undefined) {
      const parent = await this.dataSource
        .getRepository(TopicComment)
        .findOne({ select: { id: true, topicId: true, parentId: true, held: true, authorId: true }, where: { id: body.parentId } });
      if (!parent || parent.topicId !== topicId || !visibleTo(parent, actorId, official)) throw new DomainError('COMMENT_NOT_FOUND');
      if (parent.parentId !== null) throw new DomainError('COMMENT_REPLY_DEPTH');
    }
    // A comment WeChat is unsure of is held like a reported one, not refused: the secretary's queue
    // already lists comments to judge, and the author loses nothing if it turns out fine.
    const held =
      (await this.contentCheck.text([{ field: 'body', label: '评论', text: body.body }], {
        userId: actorId,
        scene: ContentScene.Comment,
        holdOnReview: true,
      })) === 'held';
    const id = newId();
    if (held) {
      // Nobody else sees a held comment, so it neither counts nor races the topic's closing: releasing it does both.
      await this.transactions.run(async (manager) => {
        await manager.insert(TopicComment, this.newComment(id, topic, actorId, official, body, true));
      });
      return (await this.views(await this.dataSource.getRepository(TopicComment).find({ where: { id } }), actorId, official))[0];
    }
    // The comment and the topic's count go together, and only while the topic is still open: the
    // conditional count bump is what decides, so a comment racing the ballot's closing is refused whole.
    await this.transactions.run(async (manager) => {
      const open = await manager
        .createQueryBuilder()
        .update(Topic)
        .set({ commentCount: () => 'comment_count + 1' })
        .where('id = :topicId AND status IN (:...open) AND hidden = :visible', { topicId, open: [...TOPIC_OPEN_FOR_COMMENT], visible: false })
        .execute();
      if (open.affected !== 1) throw new DomainError('TOPIC_COMMENTS_CLOSED');
      await manager.insert(TopicComment, this.newComment(id, topic, actorId, official, body, false));
    });
    return (await this.views(await this.dataSource.getRepository(TopicComment).find({ where: { id } }), actorId, official))[0];
  }

  /** Top-level comments oldest first, a page at a time, each with its replies. */
  async list(viewerId: string, topicId: string, query: PageQueryDto): Promise<{ items: CommentView[]; nextCursor: string | null }> {
    const topic = await this.topics.detail(viewerId, topicId); // applies who may see the topic at all
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const q = this.dataSource.getRepository(TopicComment).createQueryBuilder('c').where('c.topicId = :topicId AND c.parentId IS NULL', { topicId });
    if (!topic.canManage) q.andWhere('(c.held = :notHeld OR c.authorId = :viewerId)', { notHeld: false, viewerId });
    const after = decodeCursor(query.cursor);
    if (after) q.andWhere('c.id > :after', { after });
    const rows = await q
      .orderBy('c.id', 'ASC')
      .take(limit + 1)
      .getMany();
    const page = pageOf(rows, limit, (c) => c.id);
    const replies = page.items.length
      ? await this.dataSource.getRepository(TopicComment).find({ where: { topicId, parentId: In(page.items.map((c) => c.id)) }, order: { id: 'ASC' } })
      : [];
    const shown = replies.filter((r) => visibleTo(r, viewerId, topic.canManage));
    const views = await this.views([...page.items, ...shown], viewerId, topic.canManage);
    const byId = new Map(views.map((v) => [v.id, v]));
    for (const reply of views.filter((v) => v.parentId !== null)) {
      const parent = byId.get(reply.parentId!);
      if (parent && parent.replies.length < DELIBERATION_DEFAULTS.maxRepliesShown) parent.replies.push(reply);
    }
    return { items: page.items.map((c) => byId.get(c.id)!), nextCursor: page.nextCursor };
  }

  /** A resident flags a comment for the secretary. Reporting twice counts once (unique per reporter). */
  async report(actorId: string, commentId: string, reason: string | undefined): Promise<{ reported: true }> {
    const comment = await this.require(commentId);
    const topic = await this.topics.detail(actorId, comment.topicId);
    if (!visibleTo(comment, actorId, topic.canManage)) throw new DomainError('COMMENT_NOT_FOUND');
    try {
      // The report row and the comment's count move together; the unique key makes a repeat a no-op.
      await this.transactions.run(async (manager) => {
        await manager.insert(CommentReport, { id: newId(), commentId, reporterId: actorId, reason: reason ?? null });
        await manager.increment(TopicComment, { id: commentId }, 'reportCount', 1);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return { reported: true };
  }

  /** The secretary hides a comment with a reason; the conditional update hides it once. */
  async hide(actorId: string, commentId: string, reason: string): Promise<CommentView> {
    const comment = await this.require(commentId);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    await this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(TopicComment)
        .set({ hidden: true, hiddenReason: reason, hiddenBy: actorId })
        .where('id = :commentId AND hidden = :visible', { commentId, visible: false })
        .execute();
      if (result.affected !== 1) throw new DomainError('COMMENT_ALREADY_HIDDEN');
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.comment.hide',
        targetType: 'topic_comment',
        targetId: commentId,
        placeId: comment.communityId,
        after: { reason },
      });
    });
    return (await this.views(await this.dataSource.getRepository(TopicComment).find({ where: { id: commentId } }), actorId, true))[0];
  }

  /** The secretary publishes a held comment: the conditional update releases it once, and the topic counts it from then on. */
  async release(actorId: string, commentId: string): Promise<CommentView> {
    const comment = await this.require(commentId);
    await this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(TopicComment)
        .set({ held: false })
        .where('id = :commentId AND held = :held AND hidden = :visible', { commentId, held: true, visible: false })
        .execute();
      if (result.affected !== 1) throw new DomainError('COMMENT_NOT_HELD');
      await manager.increment(Topic, { id: comment.topicId }, 'commentCount', 1);
      await this.audit.record(manager, {
        actorId,
        action: 'deliberation.comment.release',
        targetType: 'topic_comment',
        targetId: commentId,
        placeId: comment.communityId,
      });
    });
    return (await this.views(await this.dataSource.getRepository(TopicComment).find({ where: { id: commentId } }), actorId, true))[0];
  }

  async require(commentId: string): Promise<TopicComment> {
    const comment = commentId.length <= 64 ? await this.dataSource.getRepository(TopicComment).findOne({ where: { id: commentId } }) : null;
    if (!comment) throw new DomainError('COMMENT_NOT_FOUND');
    return comment;
  }

  private newComment(id: string, topic: Topic, authorId: string, byOfficial: boolean, body: CommentInputDto, held: boolean): Partial<TopicComment> {
    const { body: text, parentId } = body;
    return {
      id,
      topicId: topic.id,
      communityId: topic.communityId,
      parentId: parentId ?? null,
      authorId,
      byOfficial,
      body: text,
      held,
      hidden: false,
      hiddenReason: null,
      hiddenBy: null,
      reportCount: 0,
    };
  }

  private async views(comments: TopicComment[], viewerId: string, moderator: boolean): Promise<CommentView[]> {
    if (comments.length === 0) return [];
    const names = new Map(
      [
        ...(await displayNamesOf(
          this.dataSource,
          comments.map((c) => c.authorId),
        )),
      ].map(([id, name]) => [id, maskPersonName(name)]),
    );
    const reported = new Set(
      (
        await this.dataSource
          .getRepository(CommentReport)
          .find({ select: { commentId: true }, where: { reporterId: viewerId, commentId: In(comments.map((c) => c.id)) } })
      ).map((r) => r.commentId),
    );
    return comments.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      authorName: c.byOfficial ? '社区书记' : (names.get(c.authorId) ?? '居民'),
      byOfficial: c.byOfficial,
      body: c.hidden && !moderator ? null : c.body,
      hidden: c.hidden,
      hiddenReason: c.hiddenReason,
      held: c.held,
      reportedByMe: reported.has(c.id),
      reportCount: moderator ? c.reportCount : 0,
      isMine: c.authorId === viewerId,
      createdAt: c.createdAt.toISOString(),
      replies: [],
    }));
  }
}

/** A held comment is seen by its author and the secretary only. */
function visibleTo(comment: Pick<TopicComment, 'held' | 'authorId'>, viewerId: string, moderator: boolean): boolean {
  return !comment.held || moderator || comment.authorId === viewerId;
}
