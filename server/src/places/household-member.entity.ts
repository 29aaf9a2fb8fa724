import { HouseholdRelation } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A person living in (or owning) a household now. Adults form the electorate of resident ballots.
 * Moving out deletes the row and keeps the period in household_member_past, so every reader of
 * this table sees only who lives there today.
 */
@Entity('household_member')
@Index('uq_household_member', ['householdId', 'userId'], { unique: true })
@Index('ix_household_member_user', ['userId'])
export class HouseholdMember {
  @PrimaryId()
  id: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ type: 'simple-enum', enum: HouseholdRelation })
  relation: HouseholdRelation;

  @Column({ name: 'is_adult', type: 'boolean', default: true })
  isAdult: boolean;

  /** Relation to the householder as the register says it (本人, 配偶, 子女…); null when not given. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  kinship: string | null;

  /** YYYY-MM-DD (Asia/Shanghai) when the grid worker recorded it; null for rows from before it was kept. */
  @Column({ name: 'moved_in', type: 'varchar', length: 10, nullable: true })
  movedIn: string | null;

  @CreatedAt()
  createdAt: Date;
}
