import { Column, Entity, Index } from 'typeorm';
import { idColumn, PrimaryId } from '../database/columns';

/**
 * That a roll line has voted, and who cast it: never what was chosen. The unique key is what makes
 * it one vote per voter, household or owner, however many requests race.
 */
@Entity('ballot_participation')
@Index('uq_ballot_participation', ['ballotId', 'voterKey'], { unique: true })
export class BallotParticipation {
  @PrimaryId()
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ name: 'voter_key', type: 'varchar', length: 48 })
  voterKey: string;

  @Column({ name: 'cast_by', ...idColumn })
  castBy: string;

  @Column({ name: 'cast_at', type: 'datetime', precision: 3 })
  castAt: Date;
}
