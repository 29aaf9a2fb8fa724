import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/** A line in a wish's history (posted, approved, claimed, reminded, released…), written with the change. */
@Entity('wish_event')
@Index('ix_wish_event_wish', ['wishId', 'id'])
export class WishEvent {
  @PrimaryId()
  id: string;

  @Column({ name: 'wish_id', ...idColumn })
  wishId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  /** NULL for the deadline sweep. */
  @Column({ name: 'actor_id', ...optionalIdColumn })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @CreatedAt()
  createdAt: Date;
}
