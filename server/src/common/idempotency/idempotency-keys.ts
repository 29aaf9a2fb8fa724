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
 * different request is IDEMPOTENCY_KEY_REUSED. Insert-first, not read-then-write: a racing
 * request with the same key waits on the row until this transaction ends, then sees it.
 */
export async function claimIdempotencyKey(manager: EntityManager, scope: string, key: string, fingerprint: string): Promise<boolean> {
  const claimId = newId();
  await manager.createQueryBuilder().insert().into(IdempotencyKey).values({ scope, key, fingerprint, claimId }).orIgnore().execute();
  const query = manager.getRepository(IdempotencyKey).createQueryBuilder('k').where('k.scope = :scope AND k.key = :key', { scope, key });
  // A locking read sees the row a concurrent transaction just committed, whatever this transaction read before.
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_read');
  const row = await query.getOneOrFail();
  if (row.fingerprint !== fingerprint) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
  return row.claimId === claimId;
}
