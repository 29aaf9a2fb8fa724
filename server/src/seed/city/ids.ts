import { Random } from './random';

const HEX = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));
/** One id's characters, reused: ids are made as flat strings (a million of them are kept). */
const buffer = Buffer.alloc(36);

function putHex(at: number, value: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    buffer[at + i] = HEX[value & 0xf];
    value >>>= 4;
  }
}

/** The id in `buffer` from six groups: 8-4-4-4-8+4 hex digits. */
function put(a: number, b: number, c: number, d: number, e: number, f: number): string {
  putHex(0, a, 8);
  putHex(9, b, 4);
  putHex(14, c, 4);
  putHex(19, d, 4);
  putHex(24, e, 8);
  putHex(32, f, 4);
  return buffer.toString('latin1', 0, 36);
}

buffer.write('00000000-0000-0000-0000-000000000000', 'latin1');

/**
 * A UUIDv7 (RFC 9562) for a chosen instant, random bits from the seeded PRNG: the same shape as
 * the server's newId(), so ids sort by the time in them. Rows the server pages by id (the wall,
 * review queues, ledgers, histories) then read newest-first exactly as they would in production.
 */
export function uuidV7At(ms: number, rng: Random): string {
  const t = Math.floor(ms);
  const high = Math.floor(t / 0x10000); // the first 32 of the 48 time bits
  const r1 = rng.next();
  const r2 = rng.next();
  const r3 = rng.next();
  return put(high, t & 0xffff, 0x7000 | (r1 & 0xfff), 0x8000 | ((r1 >>> 12) & 0x3fff), r2, r3 & 0xffff);
}

/** A random UUIDv4 (ballot votes: their ids must not tell when they were cast). */
export function uuidV4(rng: Random): string {
  const r1 = rng.next();
  const r2 = rng.next();
  const r3 = rng.next();
  const r4 = rng.next();
  return put(r1, r2 >>> 16, 0x4000 | (r2 & 0xfff), 0x8000 | (r3 & 0x3fff), r4, r3 >>> 16);
}

/**
 * Hands out strictly increasing instants for one table's rows, so ids made from them are in
 * insertion order (the clustered primary key is appended to, not split) and never collide.
 */
export class Clock {
  private last: number;

  constructor(start: number) {
    this.last = Math.floor(start) - 1;
  }

  /** The next instant at or after `at` (default: right after the previous one). */
  tick(at?: number): number {
    const want = at === undefined ? this.last + 1 : Math.floor(at);
    this.last = want > this.last ? want : this.last + 1;
    return this.last;
  }
}
