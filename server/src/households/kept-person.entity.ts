import { ConsentMethod } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * A person the grid worker keeps in the app without a WeChat account of their own (代管居民):
 * the consent they gave, how, who recorded it and when. The person is an ordinary app_user row
 * (openid NULL) so wishes posted for them, and everything else, are theirs when they join.
 */
@Entity('kept_person')
@Index('uq_kept_person_user', ['userId'], { unique: true })
export class KeptPerson {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  /** The flat they were first recorded in (for the record; where they live now is household_member). */
  @Column({ name: 'household_id', ...idColumn })
  householdId: string;

  @Column({ name: 'consent_method', type: 'simple-enum', enum: ConsentMethod })
  consentMethod: ConsentMethod;

  @Column({ name: 'consent_note', type: 'varchar', length: 200, nullable: true })
  consentNote: string | null;

  @Column({ name: 'recorded_by', ...idColumn })
  recordedBy: string;

  @CreatedAt()
  recordedAt: Date;
}
