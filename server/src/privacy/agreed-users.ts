/**
 * Users this process has seen agree to the current version, for a while: the consent guard runs
 * on every request, and a consent to a given version is never taken back by this module, so a
 * hit only needs to expire in case another process records a withdrawal (a new version changes
 * the key, so it needs no expiry). Bounded: the oldest entry goes first.
 */
export class AgreedUsers {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly capacity = 10_000,
  ) {}

  has(userId: string, version: string, nowMs = Date.now()): boolean {
    const key = `${version}\u0000${userId}`;
    const until = this.seen.get(key);
    if (until === undefined) return false;
    if (until <= nowMs) {
      this.seen.delete(key);
      return false;
    }
    return true;
  }

  remember(userId: string, version: string, nowMs = Date.now()): void {
    if (this.seen.size >= this.capacity) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(`${version}\u0000${userId}`, nowMs + this.ttlMs);
  }
}
