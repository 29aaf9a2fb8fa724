import { MediaCheckStatus, MediaKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * The content check of one uploaded image, keyed by the photo's own id (ids are unique across
 * tables), written in the same transaction as the photo so that no photo exists unchecked.
 * WeChat's verdict finds the row by its trace id.
 */
@Entity('media_check')
// The secretary's queue of photos to look at, oldest first.
@Index('ix_media_check_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('uq_media_check_trace', ['traceId'], { unique: true })
export class MediaCheck {
  @PrimaryId()
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: MediaKind;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'uploaded_by', ...idColumn })
  uploadedBy: string;

  /** The image's URL path, signed when WeChat or the secretary is to fetch it. */
  @Column({ name: 'content_path', type: 'varchar', length: 200 })
  contentPath: string;

  @Column({ type: 'varchar', length: 16 })
  status: MediaCheckStatus;

  /** mediaCheckAsync's trace id, set once the image is sent to WeChat. */
  @Column({ name: 'trace_id', type: 'varchar', length: 64, nullable: true })
  traceId: string | null;

  /** WeChat's risk label when it refused the image. */
  @Column({ type: 'int', nullable: true })
  label: number | null;

  /** The person who passed or refused it by hand; null when WeChat decided. */
  @Column({ name: 'decided_by', ...optionalIdColumn })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
