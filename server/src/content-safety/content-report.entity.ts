import { ReportTarget } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/** One person's report of a wish or a topic; unique per reporter and item, so a repeated report counts once. */
@Entity('content_report')
@Index('uq_content_report', ['targetType', 'targetId', 'reporterId'], { unique: true })
export class ContentReport {
  @PrimaryId()
  id: string;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType: ReportTarget;

  @Column({ name: 'target_id', ...idColumn })
  targetId: string;

  @Column({ name: 'reporter_id', ...idColumn })
  reporterId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreatedAt()
  createdAt: Date;
}
