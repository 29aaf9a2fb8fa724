import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * Who owned a flat, when: one row per owner per period, kept when title changes hands (a transfer
 * closes the rows in force and opens new ones dated the same day). Co-owners share a period;
 * position 0 is the title holder, the one `household.owner_id` names and the Art. 278 roll counts
 * (the SPC interpretation counts a unit once however many co-own it). `live` is 1 while the row
 * is in force and NULL after, so the unique key allows one live row per owner of a flat and any
 * number of past ones.
 */
@Entity('household_owner')
@Index('uq_household_owner_live', ['householdId', 'ownerId', 'live'], { unique: true })
@Index('ix_household_owner_owner', ['ownerId'])
export class HouseholdOwner {
  @PrimaryId()
  id: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  @Column({ name: 'owner_id', ...idColumn })
  ownerId: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Column({ type: 'int', nullable: true })
  live: number | null;

  @CreatedAt()
  createdAt: Date;
}
