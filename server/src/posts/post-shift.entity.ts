import { PostKind, ShiftStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * One shift of a post (or a standing role's single term). The row is also the lock every change
 * to its claims goes through, and it carries the two counters the database moves atomically:
 * `confirmed_count` (seats taken, never above `capacity`) and `waiting_next` (the last waiting-list
 * position handed out, so positions are gap-free and in commit order).
 */
@Entity('post_shift')
@Index('ix_post_shift_post', ['postId', 'startsAt'])
@Index('ix_post_shift_board', ['communityId', 'status', 'startsAt', 'id'])
@Index('ix_post_shift_ended', ['sweptAt', 'endsAt'])
export class PostShift {
  @PrimaryId()
  id: string;

  @Column({ name: 'post_id', ...idColumn })
  postId: string;

  /** Copied from the post so the role-in-scope guard finds the community in one read. */
  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  /** Copied from the post (immutable there): only shift-kind claims take part in the overlap rule. */
  @Column({ type: 'simple-enum', enum: PostKind })
  kind: PostKind;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'confirmed_count', type: 'int', default: 0 })
  confirmedCount: number;

  @Column({ name: 'waiting_next', type: 'int', default: 0 })
  waitingNext: number;

  @Column({ type: 'simple-enum', enum: ShiftStatus })
  status: ShiftStatus;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  /** Set by the end-of-shift sweep (no-shows marked, waiting list closed); exactly one sweep sets it. */
  @Column({ name: 'swept_at', type: 'datetime', precision: 3, nullable: true })
  sweptAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
