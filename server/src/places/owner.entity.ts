import { OwnerKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * The holder of title to one or more exclusive units. Owners' votes count one per owner, not
 * per unit, and a developer's unsold units count together as one: so owners are their own rows.
 */
@Entity('owner')
export class Owner {
  @PrimaryId()
  id: string;

  @Column({ type: 'simple-enum', enum: OwnerKind })
  kind: OwnerKind;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** The app account of a person owner, once they have one. */
  @Index('uq_owner_user', { unique: true })
  @Column({ name: 'user_id', ...optionalIdColumn })
  userId: string | null;

  @CreatedAt()
  createdAt: Date;
}
