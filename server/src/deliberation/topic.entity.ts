import { ScopeKind, TopicStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/** A neighbourhood matter raised for deliberation (议题), with the part of the community it concerns. */
@Entity('topic')
@Index('ix_topic_community_status', ['communityId', 'status', 'id'])
// The secretary's queue, longest waiting first: (waiting since, id) after the filter.
@Index('ix_topic_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('ix_topic_proposer', ['proposedBy', 'id'])
export class Topic {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ name: 'scope_kind', type: 'simple-enum', enum: ScopeKind })
  scopeKind: ScopeKind;

  /** The community, a grid or a building, when the scope is a place. */
  @Column({ name: 'scope_place_id', ...optionalIdColumn })
  scopePlaceId: string | null;

  /** When the scope is named households (rows in topic_household). */
  @Column({ name: 'scope_household_count', type: 'int', nullable: true })
  scopeHouseholdCount: number | null;

  @Column({ type: 'simple-enum', enum: TopicStatus })
  status: TopicStatus;

  @Column({ name: 'proposed_by', ...idColumn })
  proposedBy: string;

  /** Raised by the community's secretary (accepted at once, shown as 社区党组织). */
  @Column({ name: 'by_official', type: 'boolean', default: false })
  byOfficial: boolean;

  @Column({ name: 'decline_reason', type: 'varchar', length: 200, nullable: true })
  declineReason: string | null;

  @Column({ name: 'reviewed_by', ...optionalIdColumn })
  reviewedBy: string | null;

  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  /** Hidden by the secretary after residents reported it (content-safety): out of every list for good. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 200, nullable: true })
  hiddenReason: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
