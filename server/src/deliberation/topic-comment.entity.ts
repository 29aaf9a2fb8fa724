import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/** A comment on a topic, or a reply to one (one level only). */
@Entity('topic_comment')
@Index('ix_topic_comment_thread', ['topicId', 'parentId', 'id'])
// The secretary's queue of reported or held comments still shown, oldest first.
@Index('ix_topic_comment_community', ['communityId', 'hidden', 'createdAt', 'id'])
export class TopicComment {
  @PrimaryId()
  id: string;

  @Column({ name: 'topic_id', ...idColumn })
  topicId: string;

  /** Copied from the topic so the role-in-scope guard finds the community in one read. */
  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'parent_id', ...optionalIdColumn })
  parentId: string | null;

  @Column({ name: 'author_id', ...idColumn })
  authorId: string;

  @Column({ name: 'by_official', type: 'boolean', default: false })
  byOfficial: boolean;

  @Column({ type: 'varchar', length: 500 })
  body: string;

  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  /** WeChat was unsure of the text: only its author and the secretary see it until the secretary releases it. */
  @Column({ type: 'boolean', default: false })
  held: boolean;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 200, nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by', ...optionalIdColumn })
  hiddenBy: string | null;

  @Column({ name: 'report_count', type: 'int', default: 0 })
  reportCount: number;

  @CreatedAt()
  createdAt: Date;
}
