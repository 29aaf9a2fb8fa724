import { isCalendarDay, isInstant } from './dates';

describe('calendar days', () => {
  it.each([
    ['2026-12-20', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-5', false],
    ['2027-01-05T00:00Z', false],
    [20270105, false],
    [null, false],
  ])('%p → %p', (value, ok) => expect(isCalendarDay(value)).toBe(ok));
});

describe('instants', () => {
  it.each([
    ['2026-11-28T01:00:00.000Z', true],
    ['2026-11-28T09:00+08:00', true],
    ['2028-02-29T23:59:59-05:30', true],
    ['2027-02-30T01:00Z', false],
    ['2027-02-29T01:00Z', false],
    ['2027-03-01T24:00:00Z', false],
    ['2027-03-01T10:60:00Z', false],
    ['2027-03-01T10:00:60Z', false],
    ['2027-03-01T10:00:00+25:00', false],
    ['2027-03-01T10:00:00+08:60', false],
    ['2027-03-01T10:00:00', false],
    ['2027-03-01 10:00:00Z', false],
    ['2027-03-01', false],
    [1764291600000, false],
  ])('%p → %p', (value, ok) => expect(isInstant(value)).toBe(ok));
});
