import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

@Entity('decision_milestone')
@Index('ix_decision_milestone', ['decisionId', 'id'])
export class DecisionMilestone {
  @PrimaryId()
  id: string;

  @Column({ name: 'decision_id', ...idColumn })
  decisionId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  /** A calendar day, YYYY-MM-DD (Asia/Shanghai). */
  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_at', type: 'datetime', precision: 3, nullable: true })
  doneAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
