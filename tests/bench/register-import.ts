/**
 * `pnpm bench:register`: how long a 5,000-flat compound with 15,000 people takes to import into the
 * register (台账), on MySQL, through the real server (built: `pnpm build` first). A figure, not a
 * test: the issue's target is "well under a minute on this machine".
 *
 *   tsx tests/bench/register-import.ts [--flats 5000] [--people-per-flat 3] [--sqlite]
 *
 * Starts the built server on a fresh database seeded with the demo city, writes the register of
 * 东湖社区's six buildings as an .xlsx, then times: the dry run (upload, streaming read, checks,
 * diff), the confirm (one transaction), and the same file again (the no-change dry run and confirm).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { createConnection } from 'mysql2/promise';
import { REGISTER_COLUMNS } from '@linli/shared';
import { databaseUrlOf, MYSQL } from './city';
import { REPO, SERVER_MAIN, WORK_DIR } from './paths';
import { watchRss } from './processes';

const argv = process.argv.slice(2);
const value = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const FLATS = value('flats', 5000);
const PER_FLAT = value('people-per-flat', 3);
const SQLITE = argv.includes('--sqlite');
const PORT = 3900 + Math.floor(Math.random() * 50);
const BUILDINGS = ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼'];

/** The register as a secretary's Excel file: flats across the six buildings, three people each (a child without a phone). */
async function registerFile(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(REGISTER_COLUMNS.map((c) => c.header)).commit();
  let phone = 13600000000;
  for (let i = 0; i < FLATS; i++) {
    const building = BUILDINGS[i % BUILDINGS.length];
    const n = Math.floor(i / BUILDINGS.length);
    const unit = `${7 + (n % 4)}单元`; // units the demo's flats (1单元, 2单元) do not use
    const room = `${Math.floor(n / 4) + 1}${String((n % 4) + 1).padStart(2, '0')}`;
    const area = (60 + (i % 80) + (i % 100) / 100).toFixed(2);
    const owner = { name: `业主${i}`, phone: String(phone++) };
    const spouse = { name: `配偶${i}`, phone: String(phone++) };
    const head = [building, unit, room, area, `${owner.name}、${spouse.name}`, `${owner.phone}、${spouse.phone}`, '否'];
    const people = [
      [owner.name, owner.phone, '本人', '常住'],
      [spouse.name, spouse.phone, '配偶', '常住'],
      [`子女${i}`, '', '子女', '常住'],
    ].slice(0, PER_FLAT);
    for (const person of people) sheet.addRow([...head, ...person]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const name = `linli_bench_register_${Date.now().toString(36)}`;
  const env: Record<string, string> = {
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    SWEEP_INTERVAL_MS: '0',
    NODE_ENV: 'development',
  };
  let drop: () => Promise<void>;
  if (SQLITE) {
    const dir = join(WORK_DIR, name);
    mkdirSync(dir, { recursive: true });
    env.SQLITE_PATH = join(dir, 'bench.sqlite');
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = await createConnection(MYSQL);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    env.DATABASE_URL = databaseUrlOf(name);
    drop = async () => {
      const conn = await createConnection(MYSQL);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    };
  }
  const log = createWriteStream(join(WORK_DIR, 'register-server.log'));
  const server = spawn(process.execPath, [SERVER_MAIN], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const base = `http://127.0.0.1:${PORT}/api/v1`;
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error(`the server exited; see ${join(WORK_DIR, 'register-server.log')}`);
      if (i > 600) throw new Error('the server did not start');
      const ok = await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const users = (await (await fetch(`${base}/auth/dev-users`)).json()) as { id: string; displayName: string }[];
    const secretary = users.find((u) => u.displayName === '李红梅')!;
    const login = (await (
      await fetch(`${base}/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: secretary.id }) })
    ).json()) as { token: string };
    const auth = { authorization: `Bearer ${login.token}` };
    const me = { id: await communityId(base, auth) };

    let t0 = performance.now();
    const file = await registerFile();
    const buildMs = performance.now() - t0;
    const rss = watchRss(server.pid!);
    const run = async (label: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), '东湖社区台账.xlsx');
      t0 = performance.now();
      const dry = await fetch(`${base}/places/${me.id}/register/imports`, { method: 'POST', headers: auth, body: form });
      const dryBody = (await dry.json()) as { importId: string; counts: unknown; rows: number };
      const dryMs = performance.now() - t0;
      if (!dry.ok) throw new Error(`${label}: dry run failed ${dry.status} ${JSON.stringify(dryBody).slice(0, 500)}`);
      t0 = performance.now();
      const done = await fetch(`${base}/places/${me.id}/register/imports/${dryBody.importId}/confirm`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ remove: [] }),
      });
      const doneBody = await done.json();
      const confirmMs = performance.now() - t0;
      if (!done.ok) throw new Error(`${label}: confirm failed ${done.status} ${JSON.stringify(doneBody)}`);
      return { label, rows: dryBody.rows, counts: dryBody.counts, applied: doneBody, dryMs, confirmMs };
    };
    const first = await run('first import');
    const again = await run('same file again');
    const peak = rss.stop();
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `register import, ${SQLITE ? 'SQLite' : 'MySQL/MariaDB'}: ${FLATS} flats, ${FLATS * PER_FLAT} people, file ${(file.length / 1024).toFixed(0)} KB (written in ${s(buildMs)})`,
    );
    for (const r of [first, again]) {
      console.log(
        `  ${r.label.padEnd(16)} dry run ${s(r.dryMs).padStart(8)}  confirm ${s(r.confirmMs).padStart(8)}  total ${s(r.dryMs + r.confirmMs).padStart(8)}  ${JSON.stringify(r.counts)} → ${JSON.stringify(r.applied)}`,
      );
    }
    console.log(`  server peak RSS ${peak.toFixed(0)} MB`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await drop();
  }
}

async function communityId(base: string, auth: Record<string, string>): Promise<string> {
  const me = (await (await fetch(`${base}/me`, { headers: auth })).json()) as Record<string, unknown>;
  const roles = (me.roles ?? []) as { role: string; place: { id: string } }[];
  const secretary = roles.find((r) => r.role === 'secretary');
  if (!secretary) throw new Error(`no secretary role in /me: ${JSON.stringify(me).slice(0, 300)}`);
  return secretary.place.id;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
