import { ExportKind, ExportStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * One Excel export: asked for by one person over one community or street, written in the
 * background. `active_slot` is 1..N while the job is queued or running and NULL after: the unique
 * key on (requested_by, active_slot) is what caps the exports a person has under way. A worker
 * owns the job while `lease_token` is its token and `lease_until` is in the future; every write it
 * makes is conditional on the token, so a job taken over after a crash is never finished twice.
 */
@Entity('export_job')
@Index('uq_export_job_active_slot', ['requestedBy', 'activeSlot'], { unique: true })
@Index('ix_export_job_requester_place', ['requestedBy', 'placeId', 'id'])
@Index('ix_export_job_lease', ['status', 'leaseUntil'])
@Index('ix_export_job_finished', ['status', 'finishedAt'])
export class ExportJob {
  @PrimaryId()
  id: string;

  @Column({ name: 'requested_by', ...idColumn })
  requestedBy: string;

  /** A community or a street; a street's export covers all its communities. */
  @Column({ name: 'place_id', ...idColumn })
  placeId: string;

  @Column({ type: 'simple-enum', enum: ExportKind })
  kind: ExportKind;

  /** YYYY-MM-DD, Asia/Shanghai calendar, inclusive. */
  @Column({ name: 'range_from', type: 'varchar', length: 10 })
  rangeFrom: string;

  @Column({ name: 'range_to', type: 'varchar', length: 10 })
  rangeTo: string;

  /** Whether contact phones are written: only for the secretary of the community itself (their own roster). */
  @Column({ name: 'with_contacts', type: 'boolean', default: false })
  withContacts: boolean;

  @Column({ type: 'simple-enum', enum: ExportStatus })
  status: ExportStatus;

  @Column({ name: 'active_slot', type: 'int', nullable: true })
  activeSlot: number | null;

  @Column({ name: 'rows_done', type: 'int', default: 0 })
  rowsDone: number;

  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal: number | null;

  /** The name the download is saved under (Chinese), fixed when the job is asked for. */
  @Column({ name: 'file_name', type: 'varchar', length: 160 })
  fileName: string;

  /** The stored file under UPLOAD_DIR/exports, set by the worker that finished the job. */
  @Column({ name: 'file_key', type: 'varchar', length: 100, nullable: true })
  fileKey: string | null;

  @Column({ name: 'file_bytes', type: 'int', nullable: true })
  fileBytes: number | null;

  @Column({ name: 'error_code', type: 'varchar', length: 64, nullable: true })
  errorCode: string | null;

  @Column({ name: 'lease_token', type: 'varchar', length: 36, nullable: true })
  leaseToken: string | null;

  @Column({ name: 'lease_until', type: 'datetime', precision: 3, nullable: true })
  leaseUntil: Date | null;

  /** Workers that have claimed the job; a job abandoned this often is given up. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
