import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

export type WishClaimStatus = 'active' | 'cancelled' | 'released' | 'reassigned' | 'completed';

/**
 * One claim of a wish. `live` is 1 while the claim is active and NULL after: the unique key on
 * (wish_id, live) lets a wish have any number of past claims but only one live one.
 */
@Entity('wish_claim')
@Index('uq_wish_claim_live', ['wishId', 'live'], { unique: true })
@Index('ix_wish_claim_claimer', ['claimerId', 'createdAt'])
export class WishClaim {
  @PrimaryId()
  id: string;

  @Column({ name: 'wish_id', ...idColumn })
  wishId: string;

  @Column({ name: 'claimer_id', ...idColumn })
  claimerId: string;

  @Column({ type: 'int', nullable: true })
  live: number | null;

  @Column({ type: 'varchar', length: 12 })
  status: WishClaimStatus;

  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}

/** A member of a group claim (帮帮团) who shares the points. */
@Entity('wish_co_claimer')
@Index('uq_wish_co_claimer', ['claimId', 'userId'], { unique: true })
@Index('ix_wish_co_claimer_user', ['userId'])
export class WishCoClaimer {
  @PrimaryId()
  id: string;

  @Column({ name: 'claim_id', ...idColumn })
  claimId: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @CreatedAt()
  createdAt: Date;
}
