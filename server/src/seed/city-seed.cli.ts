import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { RefusedError } from './city/schema';
import { CityManifest, seedCity } from './city/seeder';

const USAGE = `Seeds a city of N wishes into MySQL/MariaDB for the benchmarks (separate from the demo seed).

  node server/dist/seed/city-seed.cli.js --wishes <N> --database-url mysql://root@127.0.0.1:3306/linli_city_x --manifest <path.json> [--fresh]

  --wishes N          size of the city: N wishes, ~N residents, ~N/10 Party members, ~N/100 posts, ~N/1000 ballots (N ≥ 100)
  --database-url URL  the database to fill; created if missing. The schema comes from the server's migrations.
  --manifest PATH     where to write the fixtures the benchmark needs (JSON)
  --fresh             drop every table of a database that is not empty (without it, a non-empty database is refused)
  --connections K     parallel INSERT connections (default 3)
  --keep-indexes      load with every index in place (slower; the default builds the bulk tables' secondary indexes after loading)`;

interface Args {
  wishes: number;
  databaseUrl: string;
  manifest: string;
  fresh: boolean;
  connections: number;
  keepIndexes: boolean;
}

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg === '--fresh' || arg === '--keep-indexes') flags.add(arg);
    else if (['--wishes', '--database-url', '--manifest', '--connections'].includes(arg)) {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      values.set(arg, argv[++i]);
    } else throw new UsageError(`unknown argument: ${arg}`);
  }
  const wishes = Number(values.get('--wishes'));
  if (!values.has('--wishes') || !Number.isInteger(wishes) || wishes < 100) throw new UsageError('--wishes must be an integer of at least 100');
  const databaseUrl = values.get('--database-url');
  if (!databaseUrl || !/^(mysql|mariadb):\/\/.+\/[A-Za-z0-9_]+$/.test(databaseUrl))
    throw new UsageError('--database-url must look like mysql://user@host:3306/database');
  const manifest = values.get('--manifest');
  if (!manifest) throw new UsageError('--manifest is required');
  const connections = Number(values.get('--connections') ?? 3);
  if (!Number.isInteger(connections) || connections < 1 || connections > 16) throw new UsageError('--connections must be 1–16');
  return { wishes, databaseUrl, manifest: resolve(manifest), fresh: flags.has('--fresh'), connections, keepIndexes: flags.has('--keep-indexes') };
}

class UsageError extends Error {}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`city-seed: ${error.message}\n`);
    console.error(USAGE);
    return error.message ? 2 : 0;
  }

  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'city {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | {duration_formatted} | {phase}',
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const began = Date.now();
  /** When each phase began, for the summary. */
  const phases: [string, number][] = [];
  bar.start(1, 0, { phase: 'starting', rate: 0 });
  let manifest: CityManifest;
  let diagnostics: { pacedSeconds: number; retries: number; indexSeconds: Record<string, number> } | null = null;
  try {
    manifest = await seedCity({
      wishes: args.wishes,
      databaseUrl: args.databaseUrl,
      fresh: args.fresh,
      connections: args.connections,
      deferIndexes: !args.keepIndexes,
      diagnostics: (figures) => {
        diagnostics = figures;
      },
      progress: (phase, loaded, expected) => {
        const name = phase.replace(/ \(.*$/, '');
        if (phases.length === 0 || phases[phases.length - 1][0] !== name) phases.push([name, Date.now()]);
        bar.setTotal(expected);
        bar.update(loaded, { phase, rate: Math.round(loaded / Math.max(0.001, (Date.now() - began) / 1000)) });
      },
    });
  } catch (error) {
    bar.stop();
    if (error instanceof RefusedError) {
      console.error(`city-seed: ${error.message}`);
      return 1;
    }
    throw error;
  }
  bar.update(bar.getTotal(), { phase: 'done' });
  bar.stop();

  mkdirSync(dirname(args.manifest), { recursive: true });
  writeFileSync(args.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  console.error(
    `city-seed: ${manifest.wishes.toLocaleString('en')} wishes, ${rows.toLocaleString('en')} rows in ${manifest.seconds} s ` +
      `(${Math.round(rows / manifest.seconds).toLocaleString('en')} rows/s); manifest: ${args.manifest}`,
  );
  const ended = Date.now();
  console.error(`city-seed: phases: ${phases.map(([name, at], i) => `${name} ${(((phases[i + 1]?.[1] ?? ended) - at) / 1000).toFixed(1)} s`).join(', ')}`);
  if (diagnostics && process.env.CITY_SEED_DEBUG) console.error(`city-seed: diagnostics: ${JSON.stringify(diagnostics)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
