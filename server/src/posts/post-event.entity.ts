import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * A line in a post's history (claimed, promoted, cancelled, removed, checked in…), written in the
 * same transaction as the change. Lines with a `recipient_id` are notices owed to that member
 * (promoted from the waiting list, removed, shift cancelled); moveClaim writes the member's
 * notification (inbox and WeChat push) in the same transaction.
 */
@Entity('post_event')
@Index('ix_post_event_shift', ['shiftId', 'id'])
@Index('ix_post_event_recipient', ['recipientId', 'id'])
export class PostEvent {
  @PrimaryId()
  id: string;

  @Column({ name: 'post_id', ...idColumn })
  postId: string;

  @Column({ name: 'shift_id', ...optionalIdColumn })
  shiftId: string | null;

  @Column({ name: 'claim_id', ...optionalIdColumn })
  claimId: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  /** NULL for the end-of-shift sweep. */
  @Column({ name: 'actor_id', ...optionalIdColumn })
  actorId: string | null;

  /** Who was told (see notifications); NULL for plain history. */
  @Column({ name: 'recipient_id', ...optionalIdColumn })
  recipientId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @CreatedAt()
  createdAt: Date;
}
