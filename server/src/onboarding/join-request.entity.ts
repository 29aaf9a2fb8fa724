import { JoinRequestStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * A person asking to join a household the register did not vouch for them in (no name + verified
 * phone match, or no phone verification at all on H5). The grid worker of its grid or the
 * community's secretary approves or refuses it with a reason.
 */
@Entity('join_request')
// `live` is 1 while pending and NULL once decided: one pending request per person and flat, so a double tap files one.
@Index('uq_join_request_live', ['userId', 'householdId', 'live'], { unique: true })
@Index('ix_join_request_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('ix_join_request_user', ['userId', 'createdAt'])
export class JoinRequest {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  /** The grid the flat's building is in: whose grid worker may decide. */
  @Column({ name: 'grid_id', ...idColumn })
  gridId: string;

  @Column({ name: 'building_id', ...idColumn })
  buildingId: string;

  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  /** The name the applicant gave; it becomes their display name when approved. */
  @Column({ type: 'varchar', length: 32 })
  name: string;

  /** Only ever a phone WeChat verified; null when the applicant could not verify (H5). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: JoinRequestStatus;

  @Column({ type: 'int', nullable: true })
  live: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'decided_by', ...optionalIdColumn })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
