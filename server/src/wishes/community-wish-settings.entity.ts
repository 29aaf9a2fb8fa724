import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, idColumn, UpdatedAt } from '../database/columns';

/** A community's own 心愿规则. One row per community at most (its primary key); no row means the defaults. */
@Entity('community_wish_settings')
export class CommunityWishSettings {
  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: ID_LENGTH })
  communityId: string;

  @Column({ name: 'value_cap_fen', type: 'int' })
  valueCapFen: number;

  @Column({ name: 'fulfil_days', type: 'int' })
  fulfilDays: number;

  @Column({ name: 'release_after_reminder_days', type: 'int' })
  releaseAfterReminderDays: number;

  @Column({ name: 'confirm_days', type: 'int' })
  confirmDays: number;

  @Column({ name: 'points_per_wish', type: 'int' })
  pointsPerWish: number;

  /** Days after a wish closes that the beneficiary's private details are kept (the retention sweep). */
  @Column({ name: 'retention_days', type: 'int', default: 90 })
  retentionDays: number;

  @Column({ name: 'updated_by', ...idColumn })
  updatedBy: string;

  @UpdatedAt()
  updatedAt: Date;
}
