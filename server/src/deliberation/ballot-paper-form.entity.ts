import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A photo of a signed paper form (纸质表决票), uploaded before the vote it backs is recorded.
 * Private evidence: served only by signed URLs handed to the secretary and the recorder. It is
 * linked to the participation row (who took part), never to the choice.
 */
@Entity('ballot_paper_form')
@Index('ix_ballot_paper_form_ballot', ['ballotId', 'id'])
export class BallotPaperForm {
  @PrimaryId()
  id: string;

  @Column({ name: 'ballot_id', ...idColumn })
  ballotId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 16 })
  mime: string;

  @Column({ name: 'uploaded_by', ...idColumn })
  uploadedBy: string;

  @CreatedAt()
  createdAt: Date;
}
