import { EXPORT_ERRORS } from '../errors/exports.errors';
import { EXPORT_RULES, exportProgress, exportRangeProblem, inclusiveDayCount, shanghaiDaysRange } from './exports';

describe('export date ranges', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2026-01-01', '2026-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2026-02-28', '2026-03-01', 2],
    ['2025-12-31', '2026-01-01', 2],
  ])('%s..%s counts %i days', (from, to, days) => {
    expect(inclusiveDayCount(from, to)).toBe(days);
  });

  it.each([
    ['2026-03-01', '2026-03-01', null],
    ['2026-03-02', '2026-03-01', 'EXPORT_RANGE_REVERSED'],
    ['2024-01-01', '2024-12-31', null], // 366 days: a leap year fits
    ['2025-11-22', '2026-11-22', null], // 366 days across a common year
    ['2025-11-21', '2026-11-22', 'EXPORT_RANGE_TOO_LONG'], // 367
    ['2024-01-01', '2025-01-01', 'EXPORT_RANGE_TOO_LONG'], // 367
    ['2000-01-01', '2099-12-31', 'EXPORT_RANGE_TOO_LONG'],
  ])('%s..%s → %s', (from, to, problem) => {
    expect(exportRangeProblem(from, to)).toBe(problem);
  });

  it('refuses to judge strings that are not calendar dates', () => {
    expect(() => exportRangeProblem('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('turns Shanghai calendar days into UTC instants, the last day included', () => {
    const { start, end } = shanghaiDaysRange('2026-01-01', '2026-01-31');
    expect(start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-01-31T16:00:00.000Z');
  });

  it('names the per-person limit in the message the user sees', () => {
    expect(EXPORT_ERRORS.EXPORT_TOO_MANY.message).toContain(String(EXPORT_RULES.maxActivePerPerson));
  });
});

describe('export progress', () => {
  it.each([
    [0, null, false, 0],
    [0, 0, false, 0],
    [250, 1000, false, 0.25],
    [1200, 1000, false, 1],
    [0, 0, true, 1],
    [10, 20, true, 1],
  ])('%i of %s (finished: %s) → %d', (done, total, finished, expected) => {
    expect(exportProgress(done, total, finished)).toBe(expected);
  });
});
