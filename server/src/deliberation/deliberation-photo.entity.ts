import { DeliberationPhotoOwner } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A photo on a topic or on a decision's progress update. (owner, slot) is unique with slots
 * 1–6, so the limit holds when uploads race.
 */
@Entity('deliberation_photo')
@Index('uq_deliberation_photo_slot', ['ownerType', 'ownerId', 'slot'], { unique: true })
export class DeliberationPhoto {
  @PrimaryId()
  id: string;

  @Column({ name: 'owner_type', type: 'simple-enum', enum: DeliberationPhotoOwner })
  ownerType: DeliberationPhotoOwner;

  @Column({ name: 'owner_id', ...idColumn })
  ownerId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'int' })
  slot: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  /** The thumbnail for walls and cards; null for a photo stored as received before re-encoding (re-encoded on its first request). */
  @Column({ name: 'thumb_key', type: 'varchar', length: 200, nullable: true })
  thumbKey: string | null;

  @Column({ type: 'varchar', length: 16 })
  mime: string;

  @Column({ name: 'uploaded_by', ...idColumn })
  uploadedBy: string;

  @CreatedAt()
  createdAt: Date;
}
