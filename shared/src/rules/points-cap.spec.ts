import { PointsPeriod, PointsSource } from '../points';
import { grantWithinCap, isCappedCredit, periodStart } from './points-cap';

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

describe('periodStart', () => {
  // 2026-01-01 02:00 in Shanghai is still 2025-12-31 in UTC.
  const newYearMorning = new Date('2025-12-31T18:00:00Z');
  it.each([
    [PointsPeriod.All, newYearMorning, null],
    [PointsPeriod.Year, newYearMorning, '2025-12-31T16:00:00.000Z'],
    [PointsPeriod.Month, newYearMorning, '2025-12-31T16:00:00.000Z'],
    [PointsPeriod.Month, new Date('2026-11-22T03:00:00Z'), '2026-10-31T16:00:00.000Z'],
    [PointsPeriod.Year, new Date('2026-11-22T03:00:00Z'), '2025-12-31T16:00:00.000Z'],
  ])('%s at %s starts at %s (Asia/Shanghai)', (period, now, start) => {
    expect(periodStart(period, now)?.toISOString() ?? null).toBe(start);
  });
});
