import { VoteChannel } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * That a roll line has voted, and who cast it: never what was chosen. The unique key is what makes
 * it one vote per voter, household or owner, however many requests race, online and on paper alike.
 */
@Entity('ballot_participation')
@Index('uq_ballot_participation', ['ballotId', 'voterKey'], { unique: true })
@Index('uq_ballot_participation_form', ['paperFormId'], { unique: true })
export class BallotParticipation {
  @PrimaryId()
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ name: 'voter_key', type: 'varchar', length: 48 })
  voterKey: string;

  /** The voter themselves online; on paper, the secretary or grid worker who recorded the form. */
  @Column({ name: 'cast_by', ...idColumn })
  castBy: string;

  @Column({ name: 'cast_at', type: 'datetime', precision: 3 })
  castAt: Date;

  /** Kept here and never on ballot_vote: on a secret ballot a channel on the choice would tell the few paper voters' choices apart. */
  @Column({ type: 'simple-enum', enum: VoteChannel, default: VoteChannel.Online })
  channel: VoteChannel;

  /** The photo of the signed form behind a paper vote; unique, so one form backs one vote. */
  @Column({ name: 'paper_form_id', ...optionalIdColumn })
  paperFormId: string | null;
}
