import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, idColumn, UpdatedAt } from '../database/columns';

/** A community's own 积分规则. One row per community at most (its primary key); no row means the defaults. */
@Entity('community_points_rules')
export class CommunityPointsRules {
  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: ID_LENGTH })
  communityId: string;

  @Column({ name: 'points_per_hour', type: 'int' })
  pointsPerHour: number;

  @Column({ name: 'daily_cap', type: 'int', nullable: true })
  dailyCap: number | null;

  @Column({ name: 'updated_by', ...idColumn })
  updatedBy: string;

  @UpdatedAt()
  updatedAt: Date;
}
