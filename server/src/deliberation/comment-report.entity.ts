import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/** A resident's report of a comment; one per reporter and comment, so a repeated report counts once. */
@Entity('comment_report')
@Index('uq_comment_report', ['commentId', 'reporterId'], { unique: true })
export class CommentReport {
  @PrimaryId()
  id: string;

  @Column({ name: 'comment_id', ...idColumn })
  commentId: string;

  @Column({ name: 'reporter_id', ...idColumn })
  reporterId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreatedAt()
  createdAt: Date;
}
