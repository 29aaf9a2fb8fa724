import { Clock, uuidV7At } from './ids';
import { Loader } from './loader';
import { CityPlan } from './plan';
import { Random } from './random';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;

/** What every phase of the seeder shares: the plan, the clock's anchor, the loader and the PRNGs. */
export class SeedContext {
  /** Ids take their random bits from their own stream, so the data's choices do not depend on them. */
  private readonly idRandom: Random;
  private readonly clocks = new Map<string, Clock>();

  constructor(
    readonly plan: CityPlan,
    readonly loader: Loader,
    /** The moment the city is seeded: its history ends here, open things run on from here. */
    readonly now: number,
    readonly seed: number,
  ) {
    this.idRandom = new Random(seed, 'ids');
  }

  /** Five years of history. */
  get start(): number {
    return this.now - 5 * YEAR;
  }

  /** The bulk import before the platform went live (places, people, registrations). */
  get importAt(): number {
    return this.start - 60 * DAY;
  }

  random(stream: string): Random {
    return new Random(this.seed, stream);
  }

  /** A UUIDv7 for an instant. */
  idAt(ms: number): string {
    return uuidV7At(ms, this.idRandom);
  }

  /** A strictly increasing clock for one table's bulk-imported rows, starting at `from`. */
  clock(table: string, from: number): Clock {
    let clock = this.clocks.get(table);
    if (!clock) {
      clock = new Clock(from);
      this.clocks.set(table, clock);
    }
    return clock;
  }

  get idRng(): Random {
    return this.idRandom;
  }
}
