import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/** A progress report on a decision (进展), newest shown first. */
@Entity('decision_update')
@Index('ix_decision_update', ['decisionId', 'id'])
export class DecisionUpdate {
  @PrimaryId()
  id: string;

  @Column({ name: 'decision_id', ...idColumn })
  decisionId: string;

  /** Copied from the decision so the role-in-scope guard finds the community in one read. */
  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'author_id', ...idColumn })
  authorId: string;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  @CreatedAt()
  createdAt: Date;
}
