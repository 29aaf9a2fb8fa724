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

  /**
   * Bumped by every transaction whose rule is about this place as a whole (a community keeps a secretary; one register import at a time): a write, not a
   * read lock, so two such transactions conflict on every engine, a cluster's certification included.
   */
  @Column({ name: 'write_guard', type: 'int', default: 0, select: false })
  writeGuard?: number;

  @CreatedAt()
  createdAt: Date;
}
