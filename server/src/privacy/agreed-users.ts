/**
 * Users this process has seen agree to the current version, for a while: the consent guard runs
 * on every request. A withdrawal recorded by this process forgets the user at once, and a check
 * that read the database before that withdrawal cannot put them back; one recorded by another
 * instance is seen here when the entry expires (at most the TTL later). A new version changes
 * the key, so it needs no expiry. Bounded: the oldest entry goes first.
 */
export class AgreedUsers {
  private readonly seen = new Map<string, number>();
  /** When each user was last forgotten: a read that started before then is stale. */
  private readonly forgotten = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly capacity = 10_000,
  ) {}

  has(userId: string, version: string, nowMs = Date.now()): boolean {
    const key = keyOf(userId, version);
    const until = this.seen.get(key);
    if (until === undefined) return false;
    if (until <= nowMs) {
      this.seen.delete(key);
      return false;
    }
    return true;
  }

  /** `readAtMs`: when the read that found the consent started. */
  remember(userId: string, version: string, readAtMs: number, nowMs = Date.now()): void {
    const key = keyOf(userId, version);
    const forgottenAt = this.forgotten.get(key);
    if (forgottenAt !== undefined && forgottenAt >= readAtMs) return;
    bounded(this.seen, this.capacity);
    this.seen.set(key, nowMs + this.ttlMs);
  }

  forget(userId: string, version: string, nowMs = Date.now()): void {
    const key = keyOf(userId, version);
    this.seen.delete(key);
    bounded(this.forgotten, this.capacity);
    this.forgotten.set(key, nowMs);
  }
}

const keyOf = (userId: string, version: string) => `${version}\u0000${userId}`;

function bounded(map: Map<string, number>, capacity: number): void {
  if (map.size >= capacity) map.delete(map.keys().next().value!);
}
