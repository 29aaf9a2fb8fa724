import { PlaceLevel } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, optionalIdColumn, PrimaryId } from '../database/columns';

/** One node of the administrative tree: district → street → community → grid → building. */
@Entity('place')
export class Place {
  @PrimaryId()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'simple-enum', enum: PlaceLevel })
  level: PlaceLevel;

  @Index('ix_place_parent')
  @Column({ name: 'parent_id', ...optionalIdColumn })
  parentId: string | null;

  /** Ancestors' ids and its own, root first: "/district/street/community/". */
  @Index('ix_place_path')
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @CreatedAt()
  createdAt: Date;
}
