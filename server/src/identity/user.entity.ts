import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

@Entity('app_user')
export class User {
  @PrimaryId()
  id: string;

  /** From WeChat's code2Session only; a client-sent openid is never trusted. Null for demo users. */
  @Index('uq_user_openid', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 32 })
  displayName: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  /** Stored in full for the people who need to call; shown masked everywhere else. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'care_mode', type: 'boolean', default: false })
  careMode: boolean;

  @Column({ name: 'home_household_id', ...optionalIdColumn })
  homeHouseholdId: string | null;

  /** Set only on seeded demo users: what the dev-login picker shows. */
  @Column({ name: 'demo_label', type: 'varchar', length: 64, nullable: true })
  demoLabel: string | null;

  /** Set when the account was deleted (注销): the row stays, anonymised, so what others rely on keeps its key. */
  @Column({ name: 'deleted_at', type: 'datetime', precision: 3, nullable: true })
  deletedAt: Date | null;

  /**
   * Bumped by every transaction whose rule is about this one person: each shift claim of this member
   * (shift-seats.ts lockMember), a wish posted for them and their moving out of a flat. A write, not
   * a read lock, so two such transactions conflict on every engine, Galera's certification included
   * (which sees only writes; a SELECT … FOR UPDATE locks on its own node alone).
   */
  @Column({ name: 'claim_guard', type: 'int', default: 0, select: false })
  claimGuard?: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
