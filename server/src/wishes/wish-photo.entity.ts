import { WishPhotoKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A photo of a wish (what is wished for, or the proof of fulfilment). Public only once the
 * secretary approves it. (wish, kind, slot) is unique with slots 1–3: the limit of three per
 * kind holds even when uploads race.
 */
@Entity('wish_photo')
@Index('uq_wish_photo_slot', ['wishId', 'kind', 'slot'], { unique: true })
export class WishPhoto {
  @PrimaryId()
  id: string;

  @Column({ name: 'wish_id', ...idColumn })
  wishId: string;

  @Column({ type: 'simple-enum', enum: WishPhotoKind })
  kind: WishPhotoKind;

  @Column({ type: 'int' })
  slot: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  /** The thumbnail for walls and cards; null for a photo stored as received before re-encoding (re-encoded on its first request). */
  @Column({ name: 'thumb_key', type: 'varchar', length: 200, nullable: true })
  thumbKey: string | null;

  @Column({ type: 'varchar', length: 16 })
  mime: string;

  /** Size and dimensions of the stored (re-encoded) photo, not of the upload. */
  @Column({ type: 'int' })
  bytes: number;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @Column({ name: 'uploaded_by', ...idColumn })
  uploadedBy: string;

  @Column({ type: 'boolean', default: false })
  approved: boolean;

  @CreatedAt()
  createdAt: Date;
}
