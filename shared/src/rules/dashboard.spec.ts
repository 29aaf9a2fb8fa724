import { lastTwelveMonths, median, monthSeries, shanghaiMonthOf, shareOf } from './dashboard';

describe('dashboard rules', () => {
  it('reads the month on a Shanghai clock', () => {
    expect(shanghaiMonthOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10');
    expect(shanghaiMonthOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
  });

  it('lists the twelve months ending with this one, across a year end', () => {
    const { months, from } = lastTwelveMonths(new Date('2026-11-22T03:00:00Z'));
    expect(months).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(from.toISOString()).toBe('2025-11-30T16:00:00.000Z');
    expect(lastTwelveMonths(new Date('2026-01-01T00:30:00Z')).months[0]).toBe('2025-02');
  });

  it('fills months without rows with 0 and sums repeated months', () => {
    expect(
      monthSeries(
        ['2026-09', '2026-10', '2026-11'],
        [
          { month: '2026-11', value: 3 },
          { month: '2026-09', value: 1 },
          { month: '2026-11', value: 2 },
          { month: '2025-01', value: 9 },
        ],
      ),
    ).toEqual([1, 0, 5]);
  });

  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 1000], 10],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('shares round to four places and never divide by zero', () => {
    expect(shareOf(2, 3)).toBe(0.6667);
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(5, 5)).toBe(1);
  });
});
