import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../database/columns';

/**
 * What a work unit's reported members hold in one community over one ranking period: the
 * members' balances there summed, for the unit of each one's approved registration. Kept with
 * the ledger and with every registration decision (points-balances.ts), so the unit ranking reads
 * the top of an index instead of every member of the community.
 */
@Entity('points_unit_balance')
// Highest first: on MySQL the migration declares points DESC, so ties read unit ids ascending.
@Index('ix_points_unit_balance_rank', ['communityId', 'period', 'points', 'unitId'])
export class PointsUnitBalance {
  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: ID_LENGTH })
  communityId: string;

  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: ID_LENGTH })
  unitId: string;

  /** all, y2026, m2026-12 (see periodKey in shared). */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  period: string;

  @Column({ type: 'int' })
  points: number;
}
