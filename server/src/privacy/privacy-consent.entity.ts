import { ConsentKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, PrimaryId } from '../database/columns';

/**
 * One consent a person gave (PIPL Art. 14: it must be provable): to a version of the documents,
 * to a wish's sensitive information, or to location at check-in. Never deleted: a withdrawal
 * (Art. 15) only marks the row, so the record shows when the consent held. The unique key counts
 * live rows only (`live` is 1, NULL once withdrawn): a retried consent finds the live record
 * instead of adding a second, and agreeing again after a withdrawal adds a new one.
 */
@Entity('privacy_consent')
@Index('uq_privacy_consent', ['userId', 'kind', 'policyVersion', 'subjectId', 'live'], { unique: true })
export class PrivacyConsent {
  @PrimaryId()
  id: string;

  /** Whose information it is. */
  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ConsentKind;

  /** The version of the documents in force when the consent was given. */
  @Column({ name: 'policy_version', type: 'varchar', length: 16 })
  policyVersion: string;

  /** What the consent is about (a wish's id), '' when about nothing in particular: NULLs would defeat the unique key. */
  @Column({ name: 'subject_id', type: 'varchar', length: 36, default: '' })
  subjectId: string;

  /** Who recorded it: the person themselves, or the grid worker posting for them (代办). */
  @Column({ name: 'given_by', ...idColumn })
  givenBy: string;

  /** How: 'app' when ticked in the app by the person, or the agent's note of how the resident agreed. */
  @Column({ type: 'varchar', length: 200 })
  method: string;

  /** 1 while the consent holds, NULL once withdrawn (NULLs never collide in the unique key). */
  @Column({ type: 'int', nullable: true, default: 1 })
  live: number | null;

  @Column({ name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
