import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../database/columns';

/**
 * What a member earned by taking part in one community on one Asia/Shanghai calendar day: the row
 * every capped credit locks, so two credits at the same moment cannot both fit under the cap.
 */
@Entity('points_daily_total')
export class PointsDailyTotal {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: ID_LENGTH })
  userId: string;

  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: ID_LENGTH })
  communityId: string;

  /** YYYY-MM-DD in Asia/Shanghai. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int' })
  earned: number;
}
