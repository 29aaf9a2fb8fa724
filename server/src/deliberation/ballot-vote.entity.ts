import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, idColumn } from '../database/columns';

/**
 * What was chosen. On a secret ballot the row carries no voter key and no time, and its id is
 * random (not time-ordered), so nothing links it to the participation row written with it.
 * On an open ballot `voter_key` lets the voter change their choice (the last one counts).
 */
@Entity('ballot_vote')
@Index('uq_ballot_vote_voter', ['ballotId', 'voterKey'], { unique: true })
@Index('ix_ballot_vote_ballot', ['ballotId', 'id'])
export class BallotVote {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ name: 'voter_key', type: 'varchar', length: 48, nullable: true })
  voterKey: string | null;

  @Column({ name: 'option_id', ...idColumn })
  optionId: string;

  /** The voting owner's exclusive area on owners' ballots (hundredths of m²); 0 otherwise. */
  @Column({ name: 'area_hundredths', type: 'int', default: 0 })
  areaHundredths: number;
}
