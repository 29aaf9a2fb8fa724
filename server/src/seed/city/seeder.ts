import { sumPointsBalances } from './balances';
import { CityBuilder } from './city';
import { SeedContext } from './context';
import { DeliberationSeeder, TallyFixture } from './deliberation';
import { Loader } from './loader';
import { planCity } from './plan';
import { HotShifts, PostSeeder } from './posts';
import { DeferredIndexes, prepareDatabase, runMigrations } from './schema';
import { WishSeeder } from './wishes';

/** What the benchmark reads back: the seeded city's size, timing, row counts and fixtures. */
export interface CityManifest {
  wishes: number;
  seconds: number;
  counts: Record<string, number>;
  wall: { communityId: string; streetId: string; openWishes: number; secretaryUserId: string };
  hotShifts: HotShifts;
  tally: { owners1k: TallyFixture; owners10k: TallyFixture };
}

export interface SeedOptions {
  wishes: number;
  databaseUrl: string;
  fresh: boolean;
  /** Parallel INSERT connections (default 3: two cores, one generating). */
  connections?: number;
  /** Drop the bulk tables' secondary indexes while loading and build them afterwards (default on). */
  deferIndexes?: boolean;
  /** Where the time went: waits for the database, statements retried, seconds per index build. */
  diagnostics?: (figures: { pacedSeconds: number; retries: number; indexSeconds: Record<string, number> }) => void;
  /** Progress: the phase, rows committed so far, rows expected in all. */
  progress?: (phase: string, loaded: number, expected: number) => void;
}

/**
 * The tables that take millions of rows at 10^6 wishes, by the phase after which no more rows
 * come to them: their secondary indexes are built then, in the background. The rest keep their
 * indexes while loading.
 */
const DEFERRED = {
  city: ['role_grant', 'household_member', 'app_user', 'household', 'owner', 'member_registration'],
  wishes: ['wish', 'wish_event', 'wish_claim', 'wish_co_claimer'],
  posts: ['post_event', 'shift_claim'],
  deliberation: ['points_entry', 'ballot_elector', 'ballot_participation', 'ballot_vote', 'points_balance', 'points_unit_balance'],
};

/** Seeds fixed by the city size, so two runs of one size make the same city (up to the moment "now"). */
function seedOf(wishes: number): number {
  return (Math.imul(wishes, 0x9e3779b1) ^ 0x4c494e4c) >>> 0; // "LINL"
}

/** Rows a city of N wishes comes to, roughly (for the progress bar until the real count is known). */
export function expectedRows(wishes: number): number {
  return Math.round(wishes * 11.5 + 450_000);
}

export async function seedCity(options: SeedOptions): Promise<CityManifest> {
  const started = performance.now();
  const plan = planCity(options.wishes);
  let expected = expectedRows(options.wishes);
  let phase = 'schema';
  const report = (loaded: number) => options.progress?.(phase, loaded, Math.max(expected, loaded));
  report(0);

  await prepareDatabase(options.databaseUrl, options.fresh);
  await runMigrations(options.databaseUrl);
  const defer = options.deferIndexes !== false;
  const indexes = await DeferredIndexes.open(options.databaseUrl);
  const loader = new Loader(options.databaseUrl, options.connections ?? 3, report);
  /** After a phase, its tables are complete: their indexes build while the next phases generate. */
  const phaseDone = async (tables: readonly string[]) => {
    if (!defer) return;
    await loader.drain();
    indexes.build(tables, 1);
  };
  try {
    if (defer) await indexes.drop(Object.values(DEFERRED).flat());
    await loader.open();
    const ctx = new SeedContext(plan, loader, Date.now(), seedOf(options.wishes));

    phase = 'places & people';
    report(loader.loaded);
    const city = await new CityBuilder(ctx).build();
    await phaseDone(DEFERRED.city);
    phase = 'wishes';
    report(loader.loaded);
    const wishes = await new WishSeeder(ctx, city).seed();
    await phaseDone(DEFERRED.wishes);
    phase = 'posts';
    report(loader.loaded);
    const hotShifts = await new PostSeeder(ctx, city).seed();
    await phaseDone(DEFERRED.posts);
    phase = 'deliberation';
    report(loader.loaded);
    const tally = await new DeliberationSeeder(ctx, city).seed();
    phase = 'committing';
    await loader.drain();
    phase = 'points balances';
    report(loader.loaded);
    const balances = await sumPointsBalances(options.databaseUrl);
    loader.counts.set('points_balance', balances.members);
    loader.counts.set('points_unit_balance', balances.units);
    expected = loader.loaded;

    phase = `indexes (${indexes.pending} tables left)`;
    report(loader.loaded);
    await indexes.finish(DEFERRED.deliberation, 2);
    phase = 'statistics';
    report(loader.loaded);
    await indexes.analyze();
    options.diagnostics?.({ pacedSeconds: loader.pacedMs / 1000, retries: loader.retries, indexSeconds: Object.fromEntries(indexes.timings) });

    const busy = city.communities.find((c) => c.kind === 'busy')!;
    if (wishes.busyOpen * 3 < plan.busyWishes) throw new Error(`the busy community has only ${wishes.busyOpen} open wishes of ${plan.busyWishes}`);
    return {
      wishes: plan.wishes,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      counts: Object.fromEntries([...loader.counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
      wall: { communityId: busy.id, streetId: busy.street.id, openWishes: wishes.busyOpen, secretaryUserId: city.userIds[busy.secretary] },
      hotShifts,
      tally,
    };
  } finally {
    await loader.close();
    await indexes.close();
  }
}
