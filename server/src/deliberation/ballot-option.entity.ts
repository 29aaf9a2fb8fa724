import { BallotOptionKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { idColumn, PrimaryId } from '../database/columns';

@Entity('ballot_option')
@Index('uq_ballot_option_position', ['ballotId', 'position'], { unique: true })
export class BallotOption {
  @PrimaryId()
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'simple-enum', enum: BallotOptionKind })
  kind: BallotOptionKind;

  @Column({ type: 'varchar', length: 40 })
  label: string;
}
