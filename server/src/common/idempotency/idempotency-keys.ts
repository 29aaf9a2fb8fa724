import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { newId } from '../../database/ids';
import { DomainError } from '../errors/domain-error';
import { IdempotencyKey } from './idempotency-key.entity';

/** The fingerprint of a request: its fields in a fixed order, NUL-separated (the migration's backfill computes the same in SQL). */
export function fingerprintOf(fields: (string | number)[]): string {
  return createHash('sha256').update(fields.map(String).join('\u0000')).digest('hex');
}

/**
 * Claims `key` for the request described by `fingerprint`, inside the caller's transaction.
 * Returns true when this request is the first with the key, false for a replay of the same
 * request (the caller then finds and returns what the first one made); the same key with a
 * different request is IDEMPOTENCY_KEY_REUSED. Insert-first, not read-then-write: the primary
 * key decides. A racing request with the same key waits on the row until this transaction ends
 * and then, reading READ COMMITTED (TransactionRunner), sees it; on Galera the two inserts
 * conflict at certification instead, and the loser, run again, meets the winner's row.
 */
export async function claimIdempotencyKey(manager: EntityManager, scope: string, key: string, fingerprint: string): Promise<boolean> {
  const claimId = newId();
  await manager.createQueryBuilder().insert().into(IdempotencyKey).values({ scope, key, fingerprint, claimId }).orIgnore().execute();
  const row = await manager.getRepository(IdempotencyKey).createQueryBuilder('k').where('k.scope = :scope AND k.key = :key', { scope, key }).getOneOrFail();
  if (row.fingerprint !== fingerprint) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  return row.claimId === claimId;
}
