/**
 * The baseline for hot-shift claims: a raw mysql2 loop, at the same concurrency, running the
 * claim's core transaction: the conditional seat UPDATE and the claim INSERT, committed together.
 */
import { randomUUID } from 'node:crypto';
import { createPool } from 'mysql2/promise';
import { figuresOf, type LoadFigures } from './load';

export async function rawClaims(opts: {
  databaseUrl: string;
  shiftId: string;
  postId: string;
  communityId: string;
  memberIds: string[];
  connections: number;
  durationSec: number;
  poolSize: number;
}): Promise<LoadFigures> {
  const pool = createPool({ uri: opts.databaseUrl, connectionLimit: opts.poolSize });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const loopStarted = Date.now();
  const until = loopStarted + opts.durationSec * 1000;
  const worker = async () => {
    while (Date.now() < until && next < opts.memberIds.length) {
      const memberId = opts.memberIds[next++];
      const started = performance.now();
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        const [update] = await conn.query(
          "UPDATE post_shift SET confirmed_count = confirmed_count + 1 WHERE id = ? AND confirmed_count < capacity AND status = 'open'",
          [opts.shiftId],
        );
        const seated = (update as { affectedRows: number }).affectedRows === 1;
        await conn.query(
          'INSERT INTO shift_claim (id, shift_id, post_id, community_id, member_id, live, status, waiting_position) VALUES (?, ?, ?, ?, ?, 1, ?, NULL)',
          [randomUUID(), opts.shiftId, opts.postId, opts.communityId, memberId, seated ? 'confirmed' : 'waiting'],
        );
        await conn.commit();
        latencies.push(performance.now() - started);
      } catch {
        errors++;
        await conn.rollback().catch(() => undefined);
      } finally {
        conn.release();
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  // Over the time the loop really ran: it stops early when every member has claimed.
  const elapsedSec = (Date.now() - loopStarted) / 1000;
  await pool.end();
  return figuresOf('claims · raw mysql2', latencies, errors, elapsedSec);
}
