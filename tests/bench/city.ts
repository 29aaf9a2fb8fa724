/** The seeded cities the bench runs on: one MySQL database per size, filled by the server's city seeder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { REPO, SEED_CLI, WORK_DIR } from './paths';

export interface CityManifest {
  wishes: number;
  seconds: number;
  counts: Record<string, number>;
  wall: { communityId: string; streetId: string; openWishes: number; secretaryUserId: string };
  hotShifts: { communityId: string; serverShiftId: string; rawShiftId: string; memberUserIds: string[] };
  tally: Record<'owners1k' | 'owners10k', { communityId: string; secretaryUserId: string; ballotIds: string[] }>;
}

export interface City {
  size: number;
  database: string;
  databaseUrl: string;
  manifest: CityManifest;
  seeded: boolean;
}

export const MYSQL = {
  host: process.env.BENCH_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_MYSQL_PORT ?? 3306),
  user: process.env.BENCH_MYSQL_USER ?? 'root',
  password: process.env.BENCH_MYSQL_PASSWORD ?? '',
};

export function databaseUrlOf(database: string): string {
  const auth = MYSQL.password ? `${MYSQL.user}:${encodeURIComponent(MYSQL.password)}` : MYSQL.user;
  return `mysql://${auth}@${MYSQL.host}:${MYSQL.port}/${database}`;
}

/** A city of `size` wishes: seeded afresh, or the one seeded by an earlier run when `reuse` and it is there. */
export async function cityOf(admin: Connection, size: number, reuse: boolean): Promise<City> {
  const database = `linli_bench_${size}`;
  const databaseUrl = databaseUrlOf(database);
  mkdirSync(WORK_DIR, { recursive: true });
  const manifestPath = join(WORK_DIR, `${database}.json`);
  const [existing] = await admin.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [database]);
  if (reuse && existsSync(manifestPath) && Number(existing[0].n) > 0) {
    return { size, database, databaseUrl, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as CityManifest, seeded: false };
  }
  console.error(`seeding a city of ${size.toLocaleString('en')} wishes into ${database}…`);
  const run = spawnSync(process.execPath, [SEED_CLI, '--wishes', String(size), '--database-url', databaseUrl, '--manifest', manifestPath, '--fresh'], {
    cwd: REPO,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`the city seeder failed (exit ${run.status})`);
  return { size, database, databaseUrl, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as CityManifest, seeded: true };
}

/** Puts the two hot shifts back as the seeder left them (no claims), so a reused city can be claimed again. */
export async function resetHotShifts(admin: Connection, city: City): Promise<void> {
  const ids = [city.manifest.hotShifts.serverShiftId, city.manifest.hotShifts.rawShiftId];
  await admin.query(`DELETE FROM \`${city.database}\`.post_event WHERE shift_id IN (?)`, [ids]);
  await admin.query(`DELETE FROM \`${city.database}\`.shift_claim WHERE shift_id IN (?)`, [ids]);
  await admin.query(`UPDATE \`${city.database}\`.post_shift SET confirmed_count = 0, waiting_next = 0 WHERE id IN (?)`, [ids]);
}
