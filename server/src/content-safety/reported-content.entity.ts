import { ReportStatus, ReportTarget } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * A reported wish or topic as one item of the secretary's list: one row per item (unique), with
 * the count of people who reported it and what the secretary decided.
 */
@Entity('reported_content')
@Index('uq_reported_content_target', ['targetType', 'targetId'], { unique: true })
@Index('ix_reported_content_queue', ['communityId', 'status', 'id'])
// The secretary's queue, longest waiting first: (waiting since, id) after the filter.
@Index('ix_reported_content_waiting', ['communityId', 'status', 'lastReportedAt', 'id'])
export class ReportedContent {
  @PrimaryId()
  id: string;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType: ReportTarget;

  @Column({ name: 'target_id', ...idColumn })
  targetId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ReportStatus;

  @Column({ name: 'report_count', type: 'int', default: 0 })
  reportCount: number;

  @Column({ name: 'last_reported_at', type: 'datetime', precision: 3 })
  lastReportedAt: Date;

  @Column({ name: 'decided_by', ...optionalIdColumn })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 200, nullable: true })
  decisionReason: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
