import { HouseholdRelation } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A period someone lived in a flat and ended: written in the transaction that deleted their
 * household_member row. Keyed by that row's id, so one membership ends once.
 */
@Entity('household_member_past')
@Index('ix_household_member_past_household', ['householdId', 'movedOut'])
@Index('ix_household_member_past_user', ['userId'])
export class HouseholdMemberPast {
  /** The id the household_member row had. */
  @PrimaryId()
  id: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ type: 'simple-enum', enum: HouseholdRelation })
  relation: HouseholdRelation;

  @Column({ type: 'varchar', length: 16, nullable: true })
  kinship: string | null;

  @Column({ name: 'is_adult', type: 'boolean', default: true })
  isAdult: boolean;

  @Column({ name: 'moved_in', type: 'varchar', length: 10, nullable: true })
  movedIn: string | null;

  /** YYYY-MM-DD, Asia/Shanghai. */
  @Column({ name: 'moved_out', type: 'varchar', length: 10 })
  movedOut: string;

  @Column({ name: 'recorded_by', ...idColumn })
  recordedBy: string;

  @CreatedAt()
  createdAt: Date;
}
