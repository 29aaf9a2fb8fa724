import { AvailabilitySlot, Skill } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId, UpdatedAt } from '../database/columns';
import { RegistrationDecision } from './registration-columns';

/**
 * 个人报到: an in-service Party member reports to the community where they live.
 * (user_id, slot) is unique: at most one pending and one approved registration per member.
 */
@Entity('member_registration')
@Index('uq_member_registration_slot', ['userId', 'slot'], { unique: true })
@Index('ix_member_registration_review', ['communityId', 'status', 'id'])
// The secretary's queue, longest waiting first: (waiting since, id) after the filter.
@Index('ix_member_registration_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('ix_member_registration_unit', ['unitId', 'id'])
@Index('ix_member_registration_user', ['userId', 'createdAt'])
// How many reported members each unit has in a community (the unit ranking).
@Index('ix_member_registration_community_unit', ['communityId', 'unitId', 'slot'])
export class MemberRegistration extends RegistrationDecision {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  /** YYYY-MM-DD the applicant moved out of the flat named here while the registration was pending: the reviewer sees it. */
  @Column({ name: 'household_left_on', type: 'varchar', length: 10, nullable: true })
  householdLeftOn: string | null;

  @Column({ name: 'real_name', type: 'varchar', length: 32 })
  realName: string;

  @Column({ type: 'varchar', length: 16 })
  phone: string;

  @Column({ name: 'unit_id', ...idColumn })
  unitId: string;

  @Column({ type: 'simple-json' })
  skills: Skill[];

  @Column({ name: 'skills_note', type: 'varchar', length: 200, nullable: true })
  skillsNote: string | null;

  @Column({ type: 'simple-json' })
  availability: AvailabilitySlot[];

  /**
   * Bumped by every points credit of the member while this registration is pending or approved
   * (points-balances.ts unitOfMember): a write that a decision on this row conflicts with on every
   * engine, so a credit and an approval are ordered and neither counts the credit for the wrong unit.
   */
  @Column({ name: 'credit_seq', type: 'int', default: 0, select: false })
  creditSeq?: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
