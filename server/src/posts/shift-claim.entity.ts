import { CheckInMethod, ShiftClaimStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * A member's claim on a shift: a seat or a place on its waiting list.
 * `live` is 1 while the claim keeps the member's slot on the shift (see keepsShiftSlot) and NULL
 * once the member or the shift cancelled it: the unique key on (shift_id, member_id, live) lets a
 * member have past cancelled claims but only one live claim per shift (NULLs never collide on
 * MySQL or SQLite). `waiting_position` comes from the shift's `waiting_next` counter and is unique
 * per shift; a member who was confirmed directly has NULL there.
 */
@Entity('shift_claim')
@Index('uq_shift_claim_live', ['shiftId', 'memberId', 'live'], { unique: true })
@Index('uq_shift_claim_waiting', ['shiftId', 'waitingPosition'], { unique: true })
@Index('ix_shift_claim_shift_status', ['shiftId', 'status'])
@Index('ix_shift_claim_member', ['memberId', 'live'])
// The secretary's queue of hours to confirm, longest waiting (since check-out) first.
@Index('ix_shift_claim_community_status', ['communityId', 'status', 'checkedOutAt', 'id'])
export class ShiftClaim {
  @PrimaryId()
  id: string;

  @Column({ name: 'shift_id', ...idColumn })
  shiftId: string;

  @Column({ name: 'post_id', ...idColumn })
  postId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'member_id', ...idColumn })
  memberId: string;

  @Column({ type: 'int', nullable: true })
  live: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: ShiftClaimStatus;

  @Column({ name: 'waiting_position', type: 'int', nullable: true })
  waitingPosition: number | null;

  @Column({ name: 'promoted_at', type: 'datetime', precision: 3, nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'datetime', precision: 3, nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'datetime', precision: 3, nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'check_in_method', type: 'varchar', length: 8, nullable: true })
  checkInMethod: CheckInMethod | null;

  /** Distance from the post when checking in by location, in whole metres (for the secretary's review). */
  @Column({ name: 'check_in_distance_m', type: 'int', nullable: true })
  checkInDistanceM: number | null;

  /** Minutes the secretary confirmed; points were credited from these. */
  @Column({ name: 'confirmed_minutes', type: 'int', nullable: true })
  confirmedMinutes: number | null;

  @Column({ type: 'int', nullable: true })
  points: number | null;

  @Column({ name: 'hours_confirmed_by', ...optionalIdColumn })
  hoursConfirmedBy: string | null;

  @Column({ name: 'hours_confirmed_at', type: 'datetime', precision: 3, nullable: true })
  hoursConfirmedAt: Date | null;

  /** The secretary's reason for adjusting the hours or removing the member. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  /**
   * Typed 6-digit codes tried since `codeTriesSince` (see POST_DEFAULTS.shortCodeTries): the guard
   * against guessing. It sits on the claim because only a claim's holder may check in, and a member's
   * claims never overlap in time, so per claim is per member for any one moment.
   */
  @Column({ name: 'code_tries', type: 'int', default: 0 })
  codeTries: number;

  @Column({ name: 'code_tries_since', type: 'datetime', precision: 3, nullable: true })
  codeTriesSince: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
