import { DecisionList, DecisionStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId, UpdatedAt } from '../database/columns';

/** A passed ballot's outcome, tracked in the community's four lists until the residents accept it. */
@Entity('decision')
@Index('uq_decision_ballot', ['ballotId'], { unique: true })
@Index('ix_decision_community', ['communityId', 'status', 'id'])
export class Decision {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'topic_id', ...idColumn })
  topicId: string;

  /** The ballot that decided it: one decision per ballot. */
  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'simple-enum', enum: DecisionList })
  list: DecisionList;

  @Column({ type: 'simple-enum', enum: DecisionStatus })
  status: DecisionStatus;

  /** The unit or person answerable for it. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  responsible: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
