/**
 * A small, fast, seedable PRNG (sfc32). The city seeder never touches Math.random: every choice
 * comes from one of these, seeded from the city size and a stream name, so two runs of one size
 * produce the same city, and a change in one phase does not reshuffle the others.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = '') {
    let h = 0x9e3779b9 ^ seed;
    for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x85ebca6b);
    this.a = seed >>> 0;
    this.b = h >>> 0;
    this.c = (h ^ 0xdeadbeef) >>> 0;
    this.d = 1;
    for (let i = 0; i < 20; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** A real number in [min, max). */
  between(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: ArrayLike<T>): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** An index drawn by weight: `cumulative` holds running totals (the last is the sum). */
  weighted(cumulative: ArrayLike<number>): number {
    const target = this.float() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Up to `count` distinct items, in random order (partial Fisher–Yates on a copy). */
  sample<T>(items: ArrayLike<T>, count: number): T[] {
    if (count * 8 < items.length) {
      // Few from many: draw indices, never copying the whole list.
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < count) {
        const i = Math.floor(this.float() * items.length);
        if (seen.has(i)) continue;
        seen.add(i);
        out.push(items[i]);
      }
      return out;
    }
    const copy = Array.from(items);
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      const t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy.slice(0, n);
  }

  shuffleInPlace(items: Int32Array | number[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }
}

/** Running totals of weights, for Random.weighted. */
export function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}
