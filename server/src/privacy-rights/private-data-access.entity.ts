import { PrivateDataKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * One read of someone else's private data (who, whose, when, why). Written by the read itself;
 * carries ids and the reason only, never the data that was read.
 */
@Entity('private_data_access')
@Index('ix_private_data_access_subject', ['subjectUserId', 'createdAt'])
@Index('ix_private_data_access_place', ['placeId', 'createdAt'])
export class PrivateDataAccess {
  @PrimaryId()
  id: string;

  @Column({ name: 'viewer_id', ...idColumn })
  viewerId: string;

  /** Null when the read covered a whole place (the register). */
  @Column({ name: 'subject_user_id', ...optionalIdColumn })
  subjectUserId: string | null;

  /** The community the data belongs to: what the secretary reviews by. */
  @Column({ name: 'place_id', ...idColumn })
  placeId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: PrivateDataKind;

  /** The record read through (a wish, a community). */
  @Column({ name: 'target_id', ...idColumn })
  targetId: string;

  @Column({ type: 'varchar', length: 200 })
  purpose: string;

  @CreatedAt()
  createdAt: Date;
}
