import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, optionalIdColumn, PrimaryId } from '../database/columns';

/** Who did what to which record, with the state before and after. Append-only. */
@Entity('audit_log')
@Index('ix_audit_target', ['targetType', 'targetId'])
@Index('ix_audit_place_time', ['placeId', 'createdAt'])
@Index('ix_audit_actor_time', ['actorId', 'createdAt'])
export class AuditLog {
  @PrimaryId()
  id: string;

  /** Null for the system itself (seed, scheduled sweeps). */
  @Column({ name: 'actor_id', ...optionalIdColumn })
  actorId: string | null;

  /** e.g. "role.grant", "points.award". */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 64 })
  targetId: string;

  /** The place the change belongs to, so a secretary's audit view can be scoped. */
  @Column({ name: 'place_id', ...optionalIdColumn })
  placeId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  before: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after: object | null;

  @CreatedAt()
  createdAt: Date;
}
