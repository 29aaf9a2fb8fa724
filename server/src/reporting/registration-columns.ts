import { RegistrationStatus } from '@linli/shared';
import { Column } from 'typeorm';
import { optionalIdColumn } from '../database/columns';

/** The decision columns both registration tables share. */
export abstract class RegistrationDecision {
  @Column({ type: 'simple-enum', enum: RegistrationStatus })
  status: RegistrationStatus;

  /** 'pending' | 'approved' | NULL — see registrationSlot(): a unique key per applicant includes it. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  slot: string | null;

  @Column({ name: 'decided_by', ...optionalIdColumn })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'reject_reason', type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;
}
