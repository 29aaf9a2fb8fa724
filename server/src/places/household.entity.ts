import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/** An exclusive unit (专有部分) in a building: a flat, with its registered floor area and owner. */
@Entity('household')
@Index('uq_household_building_label', ['buildingId', 'label'], { unique: true })
@Index('ix_household_community', ['communityId'])
export class Household {
  @PrimaryId()
  id: string;

  @Column({ name: 'building_id', ...idColumn })
  buildingId: string;

  /** Denormalised from the building's path so scope queries need no join. */
  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  /** e.g. "2单元 301". */
  @Column({ type: 'varchar', length: 64 })
  label: string;

  /** Registered exclusive floor area in hundredths of a square metre (exact sums). */
  @Column({ name: 'area_hundredths', type: 'int' })
  areaHundredths: number;

  @Index('ix_household_owner')
  @Column({ name: 'owner_id', ...optionalIdColumn })
  ownerId: string | null;

  /**
   * Bumped by every transaction whose rule is about this flat as a whole (a person is added to it once however often the grid worker taps): a write, not a
   * read lock, so two such transactions conflict on every engine, a cluster's certification included.
   */
  @Column({ name: 'write_guard', type: 'int', default: 0, select: false })
  writeGuard?: number;

  @CreatedAt()
  createdAt: Date;
}
