import { formatShanghaiMinute, shanghaiYearOf, shanghaiYearRange } from './calendar';

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
