import { PointsPeriod, PointsSource } from '../points';
import { grantWithinCap, isCappedCredit, periodKey, periodKeysOf } from './points-cap';

describe('grantWithinCap', () => {
  it.each([
    // amount, source, earned today, cap → granted
    [10, PointsSource.Shift, 0, null, 10],
    [10, PointsSource.Shift, 0, 30, 10],
    [10, PointsSource.Shift, 20, 30, 10],
    [10, PointsSource.Shift, 25, 30, 5],
    [10, PointsSource.Wish, 30, 30, 0],
    [10, PointsSource.Topic, 40, 30, 0],
    [10, PointsSource.ManualAward, 30, 30, 10],
    [-10, PointsSource.Reversal, 30, 30, -10],
    [0, PointsSource.Shift, 0, 30, 0],
  ])('%i points from %s with %i earned under a cap of %s → %i', (amount, source, earned, cap, granted) => {
    expect(grantWithinCap(amount, source, earned, cap)).toBe(granted);
  });

  it('only positive credits from taking part are capped', () => {
    expect(isCappedCredit(5, PointsSource.Wish, 10)).toBe(true);
    expect(isCappedCredit(5, PointsSource.ManualAward, 10)).toBe(false);
    expect(isCappedCredit(5, PointsSource.Wish, null)).toBe(false);
    expect(isCappedCredit(-5, PointsSource.Reversal, 10)).toBe(false);
  });
});

describe('period keys (the stored ranking periods)', () => {
  it.each([
    // a UTC instant → the periods it counts in on a Shanghai clock
    ['2025-12-31T15:59:59.999Z', ['all', 'y2025', 'm2025-12']],
    ['2025-12-31T16:00:00.000Z', ['all', 'y2026', 'm2026-01']],
    ['2026-11-30T16:00:00.000Z', ['all', 'y2026', 'm2026-12']],
    ['2026-12-02T04:00:00.000Z', ['all', 'y2026', 'm2026-12']],
  ])('an entry at %s counts in %j', (at, keys) => {
    expect(periodKeysOf(new Date(at))).toEqual(keys);
  });

  it('a ranking reads the key of the period it is asked about, the same keys the entries were counted under', () => {
    const now = new Date('2026-03-01T00:30:00Z'); // 08:30 on 1 March in Shanghai
    expect([PointsPeriod.All, PointsPeriod.Year, PointsPeriod.Month].map((p) => periodKey(p, now))).toEqual(periodKeysOf(now));
    expect(periodKey(PointsPeriod.Month, now)).toBe('m2026-03');
    // An entry from the last evening of February (Shanghai) is not in March's ranking.
    expect(periodKeysOf(new Date('2026-02-28T15:00:00Z'))).not.toContain('m2026-03');
  });
});
