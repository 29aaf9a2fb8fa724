/**
 * Tokens this process has verified: a client sends the same token with every request, and
 * verifying it (base64 and JSON decoding, an HMAC, the claim checks) cost ~35 µs a request. A token
 * string maps to exactly one verification outcome, so a hit is as good as a verification as long as
 * the expiry is checked again, which `get` does. A hit also stands for "the account was not deleted
 * when last looked": that is looked up again once `recheckMs` has passed, so a deletion on another
 * instance ends the session within that bound (on this one, `forgetUser` ends it at once) while the
 * hot path pays one primary-key read per token per interval, not per request. Bounded: the oldest
 * entry goes first.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, { sub: string; expiresAtMs: number; recheckAtMs: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly recheckMs = 5_000,
  ) {}

  get(token: string, nowMs = Date.now()): string | null {
    const hit = this.tokens.get(token);
    if (!hit) return null;
    if (hit.expiresAtMs <= nowMs || hit.recheckAtMs <= nowMs) {
      this.tokens.delete(token);
      return null;
    }
    return hit.sub;
  }

  /** Remembers a verified token; one without an expiry is not remembered (it would never be checked again). */
  remember(token: string, sub: string, exp: unknown, nowMs = Date.now()): void {
    if (typeof exp !== 'number') return;
    if (this.tokens.size >= this.capacity) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { sub, expiresAtMs: exp * 1000, recheckAtMs: nowMs + this.recheckMs });
  }

  /** Forgets every token of a user (their account was just deleted): their next request is checked afresh. */
  forgetUser(sub: string): void {
    for (const [token, entry] of this.tokens) if (entry.sub === sub) this.tokens.delete(token);
  }
}
