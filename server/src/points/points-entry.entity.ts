import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * One line of the append-only points ledger. A correction is a new (negative) entry that
 * references the one it reverses; rows are never updated or deleted.
 * (source_type, source_id, user_id) is unique: one source event credits a member once,
 * however often it is retried or by however many instances.
 */
@Entity('points_entry')
@Index('uq_points_source', ['sourceType', 'sourceId', 'userId'], { unique: true })
@Index('ix_points_community_user', ['communityId', 'userId'])
@Index('ix_points_user_time', ['userId', 'createdAt'])
export class PointsEntry {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ name: 'source_type', type: 'varchar', length: 32 })
  sourceType: string;

  @Column({ name: 'source_id', type: 'varchar', length: 64 })
  sourceId: string;

  /** What the source would have earned had the daily cap not cut it down to `amount`; null when not capped. */
  @Column({ name: 'capped_from', type: 'int', nullable: true })
  cappedFrom: number | null;

  @Column({ name: 'reverses_entry_id', ...optionalIdColumn })
  reversesEntryId: string | null;

  @Column({ name: 'created_by', ...optionalIdColumn })
  createdBy: string | null;

  @CreatedAt()
  createdAt: Date;
}
