import { averageRating, reportedHours } from './service-record';

describe('service record figures', () => {
  it.each([
    [0, 0],
    [5, 0], // under six minutes is not yet a tenth of an hour
    [6, 0.1],
    [89, 1.4],
    [90, 1.5],
    [95, 1.5],
    [600, 10],
  ])('%d confirmed minutes read as %d hours', (minutes, hours) => {
    expect(reportedHours(minutes)).toBe(hours);
  });

  it('refuses minutes that are not a count', () => {
    expect(() => reportedHours(-1)).toThrow(RangeError);
    expect(() => reportedHours(1.5)).toThrow(RangeError);
  });

  it.each([
    [0, 0, null],
    [5, 1, 5],
    [14, 3, 4.7],
    [9, 2, 4.5],
    [13, 3, 4.3],
  ])('%d stars over %d ratings: %s', (total, count, mean) => {
    expect(averageRating(total, count)).toBe(mean);
  });
});
