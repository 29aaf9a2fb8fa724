import { Column, Entity, Index } from 'typeorm';
import { idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * One line of a ballot's frozen roll: an adult resident (`user:<id>`), a household
 * (`household:<id>`), or an owner counted per the SPC rules (`owner:<id>`, `developer`, `unit:<id>`).
 * `voter_key` is also the key of the one vote this line may cast.
 */
@Entity('ballot_elector')
@Index('uq_ballot_elector', ['ballotId', 'voterKey'], { unique: true })
@Index('ix_ballot_elector_user', ['ballotId', 'userId'])
@Index('ix_ballot_elector_household', ['ballotId', 'householdId'])
@Index('ix_ballot_elector_owner', ['ballotId', 'ownerId'])
export class BallotElector {
  @PrimaryId()
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ name: 'voter_key', type: 'varchar', length: 48 })
  voterKey: string;

  @Column({ name: 'user_id', ...optionalIdColumn })
  userId: string | null;

  @Column({ name: 'household_id', ...optionalIdColumn })
  householdId: string | null;

  @Column({ name: 'owner_id', ...optionalIdColumn })
  ownerId: string | null;

  /** Owners' ballots: the owner's exclusive area in scope (all their units), hundredths of m². */
  @Column({ name: 'area_hundredths', type: 'int', default: 0 })
  areaHundredths: number;

  /** What this line votes as, e.g. "1号楼 2单元 101" or "3 套房屋". */
  @Column({ type: 'varchar', length: 80 })
  label: string;
}
