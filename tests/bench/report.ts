/** Prints the bench's tables (Markdown, so a run can go straight into docs/benchmarks.md) and decides the exit code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from './city';
import type { LoadFigures } from './load';
import type { WallDom } from './miniprogram';
import { WORK_DIR } from './paths';
import type { Plan } from './sql-log';

export interface Check {
  name: string;
  value: number;
  target: string;
  ok: (value: number) => boolean;
  /** False: printed, but a miss does not fail the run (timing ratios in a smoke run). */
  enforced: boolean;
}

export interface Report {
  when: Date;
  machine: string;
  options: { smoke: boolean; wishes: number; small: number; durationSec: number; connections: number };
  cities: City[];
  figures: LoadFigures[];
  tally: { owners1kMs: number; owners10kMs: number };
  plans: { endpoint: string; plans: Plan[] }[];
  dom: WallDom | null;
  checks: Check[];
}

const fmt = (n: number, digits = 1) =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : String(n);

export function printReport(r: Report): number {
  const lines: string[] = [];
  const o = r.options;
  lines.push(`## Run of ${r.when.toISOString().slice(0, 16).replace('T', ' ')} UTC${o.smoke ? ' (smoke)' : ''}`, '');
  lines.push(`Machine: ${r.machine}. Load: autocannon, ${o.connections} connections, ${o.durationSec} s per scenario, loopback; pools of 10 connections.`, '');
  lines.push('| city | rows seeded | seeding |', '|---|---:|---:|');
  for (const c of r.cities) {
    const rows = Object.values(c.manifest.counts).reduce((a, b) => a + b, 0);
    lines.push(
      `| ${c.database} (${c.size.toLocaleString('en')} wishes) | ${rows.toLocaleString('en')} | ${c.seeded ? `${fmt(c.manifest.seconds, 0)} s` : 'reused'} |`,
    );
  }
  lines.push('', '| scenario | req/s | p50 ms | p99 ms | errors | server RSS MB |', '|---|---:|---:|---:|---:|---:|');
  for (const f of r.figures)
    lines.push(`| ${f.scenario} | ${fmt(f.reqPerSec, 0)} | ${fmt(f.p50Ms)} | ${fmt(f.p99Ms)} | ${f.errors} | ${f.rssMb ? fmt(f.rssMb, 0) : ''} |`);
  lines.push(
    '',
    `Art. 278 tally (closing a ballot through the API, median): 1,000 owners ${fmt(r.tally.owners1kMs)} ms, 10,000 owners ${fmt(r.tally.owners10kMs)} ms.`,
  );
  if (r.dom)
    lines.push(
      '',
      `H5 wall in Chromium: ${r.dom.loaded} wishes loaded, at most ${r.dom.maxCards} wish cards and ${r.dom.maxListElements} elements in the list while scrolling.`,
    );
  lines.push('', '| target | measured | wanted | |', '|---|---:|---|---|');
  let failed = 0;
  for (const c of r.checks) {
    const ok = c.ok(c.value);
    if (!ok && c.enforced) failed++;
    lines.push(`| ${c.name} | ${fmt(c.value, 2)} | ${c.target} | ${ok ? 'met' : c.enforced ? '**MISSED**' : 'missed (not enforced in a smoke run)'} |`);
  }
  lines.push(
    '',
    '### Query plans of the list endpoints (large city)',
    '',
    '| endpoint | statements | tables read (access, key, est. rows) | problems |',
    '|---|---:|---|---|',
  );
  for (const e of r.plans) {
    const steps = e.plans.flatMap((p) => p.steps.map((s) => `${s.table} ${s.type}${s.key ? ` ${s.key}` : ''} ~${s.rows}`));
    const problems = e.plans.flatMap((p) => p.problems.map((x) => `${x.problem} on ${x.table}`));
    lines.push(`| ${e.endpoint} | ${e.plans.length} | ${steps.join('; ')} | ${problems.join('; ') || 'none'} |`);
  }
  const text = lines.join('\n');
  console.log(text);
  writeFileSync(join(WORK_DIR, 'results.md'), text + '\n');
  for (const e of r.plans) {
    for (const p of e.plans.filter((x) => x.problems.length))
      console.error(`\n${e.endpoint}: ${p.problems.map((x) => `${x.problem} on ${x.table}`).join(', ')}\n  ${p.statement}`);
  }
  console.error(failed ? `\n${failed} target(s) missed.` : '\nAll targets met.');
  return failed ? 1 : 0;
}
