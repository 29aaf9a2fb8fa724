import { HouseholdRelation } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/** A person living in (or owning) a household. Adults form the electorate of resident ballots. */
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

  @CreatedAt()
  createdAt: Date;
}
