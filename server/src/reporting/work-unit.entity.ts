import { WorkUnitKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * A work unit and its Party organisation (工作单位 / 单位党组织). Created when a unit registers or
 * when a member names a unit that is not on file yet; the unique name lets a retried or concurrent
 * creation of the same unit land on one row.
 */
@Entity('work_unit')
@Index('uq_work_unit_name', ['name'], { unique: true })
export class WorkUnit {
  @PrimaryId()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'simple-enum', enum: WorkUnitKind })
  kind: WorkUnitKind;

  @Column({ name: 'party_org_name', type: 'varchar', length: 64 })
  partyOrgName: string;

  @Column({ name: 'created_by', ...optionalIdColumn })
  createdBy: string | null;

  @CreatedAt()
  createdAt: Date;
}
