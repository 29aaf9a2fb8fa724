import { addDaysToDate, formatShanghaiMinute, isCalendarDate, shanghaiDateOf, shanghaiYearOf, shanghaiYearRange } from './calendar';

describe('Asia/Shanghai calendar', () => {
  it('starts 2026 at 2025-12-31T16:00Z and ends it at 2026-12-31T16:00Z', () => {
    const { from, to } = shanghaiYearRange(2026);
    expect(from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it.each([
    ['2025-12-31T15:59:59.999Z', 2025],
    ['2025-12-31T16:00:00.000Z', 2026],
    ['2026-12-31T15:59:59.999Z', 2026],
    ['2026-12-31T16:00:00.000Z', 2027],
  ])('%s falls in %i', (iso, year) => {
    expect(shanghaiYearOf(new Date(iso))).toBe(year);
  });

  it('formats instants on the Shanghai clock', () => {
    expect(formatShanghaiMinute(new Date('2026-11-22T01:05:30Z'))).toBe('2026-11-22 09:05');
    expect(formatShanghaiMinute(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-11-21T15:59:59Z', '2026-11-21'],
    ['2026-11-21T16:00:00Z', '2026-11-22'],
  ])('%s is %s in Shanghai', (iso, date) => {
    expect(shanghaiDateOf(new Date(iso))).toBe(date);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-22', 365, '2027-11-22'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDaysToDate(date, days)).toBe(expected);
  });

  it.each([
    ['2026-11-22', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['26-11-22', false],
    ['2026-1-2', false],
  ])('%s is a calendar date: %s', (date, ok) => {
    expect(isCalendarDate(date)).toBe(ok);
  });
});
