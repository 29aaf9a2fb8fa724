import { Role } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/** "User U holds role R over place P (and everything below P)". */
@Entity('role_grant')
@Index('uq_role_grant', ['userId', 'role', 'placeId'], { unique: true })
@Index('ix_role_grant_place', ['placeId', 'role'])
export class RoleGrant {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ type: 'simple-enum', enum: Role })
  role: Role;

  @Column({ name: 'place_id', ...idColumn })
  placeId: string;

  @Column({ name: 'granted_by', ...optionalIdColumn })
  grantedBy: string | null;

  @CreatedAt()
  createdAt: Date;
}
