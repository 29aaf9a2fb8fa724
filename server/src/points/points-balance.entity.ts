import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../database/columns';

/**
 * A member's points in one community over one ranking period (all time, a year, a month on a
 * Shanghai clock: `periodKey`), kept in the transaction of every ledger entry. It is the ledger
 * summed, so a ranking reads the top of an index instead of grouping and sorting every entry of
 * the community (10^5 rows at city scale).
 */
@Entity('points_balance')
// Scanned backwards for "highest balance first, ties by user id". On MySQL the migration declares
// balance DESC, so the tie-break reads user ids ascending without a sort.
@Index('ix_points_balance_rank', ['communityId', 'period', 'balance', 'userId'])
export class PointsBalance {
  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: ID_LENGTH })
  communityId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: ID_LENGTH })
  userId: string;

  /** all, y2026, m2026-12 (see periodKey in shared). */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  period: string;

  @Column({ type: 'int' })
  balance: number;
}
