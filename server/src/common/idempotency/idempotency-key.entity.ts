import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';

/**
 * One client-chosen idempotency key per operation (scope), with a fingerprint of the request
 * it was first used for. The primary key is the invariant: of two requests racing with one key,
 * the database lets one row in; the other finds it and is answered by comparing fingerprints.
 */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  scope: string;

  @PrimaryColumn({ name: 'idem_key', type: 'varchar', length: 64 })
  key: string;

  /** sha256 (hex) of what the request asked for; the same key with another fingerprint is a different request. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** Which request wrote the row, so the writer knows the key is fresh. */
  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId: string;

  @CreatedAt()
  createdAt: Date;
}
