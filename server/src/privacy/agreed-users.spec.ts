import { AgreedUsers } from './agreed-users';

describe('AgreedUsers (the consent guard’s memory)', () => {
  it('remembers an agreement for the TTL, per version', () => {
    const agreed = new AgreedUsers(60_000);
    agreed.remember('u1', '2026.1', 1_000, 1_000);
    expect(agreed.has('u1', '2026.1', 60_999)).toBe(true);
    expect(agreed.has('u1', '2026.2', 2_000)).toBe(false);
    expect(agreed.has('u1', '2026.1', 61_000)).toBe(false);
  });

  it('a withdrawal forgets at once, and a read begun before it cannot put the user back', () => {
    const agreed = new AgreedUsers(60_000);
    agreed.remember('u1', '2026.1', 1_000, 1_000);
    agreed.forget('u1', '2026.1', 5_000);
    expect(agreed.has('u1', '2026.1', 5_001)).toBe(false);
    agreed.remember('u1', '2026.1', 4_999, 5_002); // a check that read the row before the withdrawal
    expect(agreed.has('u1', '2026.1', 5_003)).toBe(false);
    agreed.remember('u1', '2026.1', 6_000, 6_000); // agreed again, read afterwards
    expect(agreed.has('u1', '2026.1', 6_001)).toBe(true);
  });
});
