import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId, UpdatedAt } from '../database/columns';
import { RegistrationDecision } from './registration-columns';

export interface ResourceOffer {
  kind: string;
  description: string;
}

/**
 * 单位报到: a unit's Party organisation reports to the community where it is stationed.
 * (unit_id, community_id, slot) is unique: one pending and one approved registration per unit
 * and community. The submitter is the unit's contact person.
 */
@Entity('unit_registration')
@Index('uq_unit_registration_slot', ['unitId', 'communityId', 'slot'], { unique: true })
@Index('ix_unit_registration_review', ['communityId', 'status', 'id'])
// The secretary's queue, longest waiting first: (waiting since, id) after the filter.
@Index('ix_unit_registration_queue', ['communityId', 'status', 'createdAt', 'id'])
@Index('ix_unit_registration_contact', ['contactUserId', 'status'])
export class UnitRegistration extends RegistrationDecision {
  @PrimaryId()
  id: string;

  @Column({ name: 'unit_id', ...idColumn })
  unitId: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'contact_user_id', ...idColumn })
  contactUserId: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 32 })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 16 })
  contactPhone: string;

  @Column({ type: 'simple-json' })
  resources: ResourceOffer[];

  @Column({ name: 'agreement_text', type: 'text' })
  agreementText: string;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
