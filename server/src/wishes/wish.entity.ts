import { WishCategory, WishStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * A micro-wish (微心愿). The beneficiary's identity columns never leave the server in a public
 * view; the place columns are denormalised so the wall is one index range per community or street.
 */
@Entity('wish')
@Index('ix_wish_wall_newest', ['communityId', 'status', 'id'])
@Index('ix_wish_wall_urgent', ['communityId', 'status', 'wantedBy', 'id'])
@Index('ix_wish_street_newest', ['streetId', 'status', 'id'])
@Index('ix_wish_due', ['status', 'claimDueAt'])
@Index('ix_wish_release_due', ['status', 'releaseDueAt'])
@Index('ix_wish_confirm_due', ['status', 'confirmDueAt'])
@Index('ix_wish_beneficiary', ['beneficiaryUserId'])
@Index('ix_wish_poster', ['postedBy'])
@Index('ix_wish_claimer', ['claimerId'])
// The dashboard's wishes posted and fulfilled per community over the last 12 months.
@Index('ix_wish_community_created', ['communityId', 'createdAt'])
@Index('ix_wish_community_confirmed', ['communityId', 'confirmedAt'])
// The secretary's queue, longest waiting first: (waiting since, id) after the filter.
@Index('ix_wish_review_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('ix_wish_confirm_queue', ['communityId', 'status', 'escalatedAt', 'id'])
// The retention sweep: closed wishes whose private details are still held.
@Index('ix_wish_retention', ['status', 'detailsPurgedAt'])
export class Wish {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'street_id', ...idColumn })
  streetId: string;

  @Column({ name: 'grid_id', ...idColumn })
  gridId: string;

  @Column({ name: 'building_id', ...idColumn })
  buildingId: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  @Column({ name: 'beneficiary_user_id', ...idColumn })
  beneficiaryUserId: string;

  @Column({ name: 'beneficiary_name', type: 'varchar', length: 32 })
  beneficiaryName: string;

  @Column({ name: 'beneficiary_gender', type: 'varchar', length: 8, nullable: true })
  beneficiaryGender: 'female' | 'male' | null;

  @Column({ name: 'posted_by', ...idColumn })
  postedBy: string;

  /** The grid worker who posted for the resident (代办), with the resident's recorded consent. */
  @Column({ name: 'agent_user_id', ...optionalIdColumn })
  agentUserId: string | null;

  @Column({ name: 'consent_note', type: 'varchar', length: 200, nullable: true })
  consentNote: string | null;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  story: string;

  @Column({ type: 'simple-enum', enum: WishCategory })
  category: WishCategory;

  @Column({ name: 'value_fen', type: 'int' })
  valueFen: number;

  /** YYYY-MM-DD on the Shanghai calendar; a string so both databases compare it the same way. */
  @Column({ name: 'wanted_by', type: 'varchar', length: 10 })
  wantedBy: string;

  @Column({ type: 'simple-enum', enum: WishStatus })
  status: WishStatus;

  @Column({ name: 'reject_reason', type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  @Column({ name: 'reviewed_by', ...optionalIdColumn })
  reviewedBy: string | null;

  @Column({ name: 'claim_id', ...optionalIdColumn })
  claimId: string | null;

  @Column({ name: 'claimer_id', ...optionalIdColumn })
  claimerId: string | null;

  @Column({ name: 'claimed_at', type: 'datetime', precision: 3, nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'claim_due_at', type: 'datetime', precision: 3, nullable: true })
  claimDueAt: Date | null;

  @Column({ name: 'reminded_at', type: 'datetime', precision: 3, nullable: true })
  remindedAt: Date | null;

  /**
   * When a reminded claim goes back to the wall. Deadlines are stamped as dates when they start,
   * from the community's rules at that moment, so the sweep compares a column with now.
   */
  @Column({ name: 'release_due_at', type: 'datetime', precision: 3, nullable: true })
  releaseDueAt: Date | null;

  @Column({ name: 'fulfilled_at', type: 'datetime', precision: 3, nullable: true })
  fulfilledAt: Date | null;

  @Column({ name: 'fulfilment_note', type: 'varchar', length: 500, nullable: true })
  fulfilmentNote: string | null;

  /** When an unconfirmed fulfilment goes to the grid worker or secretary. */
  @Column({ name: 'confirm_due_at', type: 'datetime', precision: 3, nullable: true })
  confirmDueAt: Date | null;

  /** Set when an unconfirmed fulfilment went to the grid worker or secretary to confirm. */
  @Column({ name: 'escalated_at', type: 'datetime', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by', ...optionalIdColumn })
  confirmedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  thanks: string | null;

  @Column({ type: 'int', nullable: true })
  rating: number | null;

  /** Hidden by the secretary after residents reported it (content-safety): off the wall for good. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 200, nullable: true })
  hiddenReason: string | null;

  /** When the retention sweep removed the beneficiary's private details (a set time after the wish closed). */
  @Column({ name: 'details_purged_at', type: 'datetime', precision: 3, nullable: true })
  detailsPurgedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
