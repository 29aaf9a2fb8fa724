import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  const now = 1_800_000_000_000;
  const exp = now / 1000 + 60;

  it('answers a remembered token until it expires, and not after', () => {
    const tokens = new VerifiedTokens(10_000, Infinity);
    tokens.remember('t1', 'user-1', exp);
    expect(tokens.get('t1', now)).toBe('user-1');
    expect(tokens.get('t1', exp * 1000 - 1)).toBe('user-1');
    expect(tokens.get('t1', exp * 1000)).toBeNull();
    // Once expired it is forgotten, even if the clock were to go back.
    expect(tokens.get('t1', now)).toBeNull();
  });

  it('knows nothing of a token it never verified, or one without an expiry', () => {
    const tokens = new VerifiedTokens(10_000, Infinity);
    tokens.remember('t2', 'user-2', undefined);
    expect(tokens.get('t2', now)).toBeNull();
    expect(tokens.get('other', now)).toBeNull();
  });

  it('keeps at most its capacity, forgetting the oldest first', () => {
    const tokens = new VerifiedTokens(2, Infinity);
    tokens.remember('a', 'u-a', exp);
    tokens.remember('b', 'u-b', exp);
    tokens.remember('c', 'u-c', exp);
    expect([tokens.get('a', now), tokens.get('b', now), tokens.get('c', now)]).toEqual([null, 'u-b', 'u-c']);
  });

  it('asks again whether the account still exists once the recheck interval has passed', () => {
    const tokens = new VerifiedTokens(10, 5_000);
    tokens.remember('t', 'user-1', exp, now);
    expect(tokens.get('t', now + 4_999)).toBe('user-1');
    expect(tokens.get('t', now + 5_000)).toBeNull();
  });

  it('forgets every token of a deleted user at once, and only theirs', () => {
    const tokens = new VerifiedTokens(10, Infinity);
    tokens.remember('a1', 'user-a', exp, now);
    tokens.remember('a2', 'user-a', exp, now);
    tokens.remember('b', 'user-b', exp, now);
    tokens.forgetUser('user-a');
    expect([tokens.get('a1', now), tokens.get('a2', now), tokens.get('b', now)]).toEqual([null, null, 'user-b']);
  });
});
