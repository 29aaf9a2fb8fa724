import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A notice owed to everyone on a ballot's roll (opening, closing soon). The ballot's transaction
 * writes this one row; the fan-out sweep expands it into notices a batch at a time once it is due,
 * so a roll of 10^4 people neither bloats that transaction nor is told before the ballot opens,
 * and "who has not voted yet" is read when the reminder goes out.
 */
@Entity('notification_fanout')
@Index('uq_notification_fanout', ['kind', 'sourceId'], { unique: true })
@Index('ix_notification_fanout_due', ['doneAt', 'dueAt'])
export class NotificationFanout {
  @PrimaryId()
  id: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  /** The ballot. */
  @Column({ name: 'source_id', ...idColumn })
  sourceId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  /**
   * The last recipient (user id) done: recipients go in user-id order, and each batch moves this
   * by a conditional UPDATE on its old value, so two instances never expand the same batch.
   */
  @Column({ name: 'last_user_id', type: 'varchar', length: 36, default: '' })
  lastUserId: string;

  @Column({ name: 'done_at', type: 'datetime', precision: 3, nullable: true })
  doneAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
