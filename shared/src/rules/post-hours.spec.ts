import { formatServedMinutes, pointsForMinutes, servedMinutes, shiftMinutes } from './post-hours';

const at = (hhmmss: string) => Date.parse(`2026-11-28T${hhmmss}+08:00`);

describe('served minutes and points', () => {
  const shift = { startsAt: at('09:00:00'), endsAt: at('11:00:00') };
  it.each([
    ['on time both ways', '09:00:00', '11:00:00', 120],
    ['early arrival counts from the start', '08:46:00', '10:30:00', 90],
    ['late leaving is capped at the end', '09:10:00', '11:45:00', 110],
    ['both capped', '08:50:00', '11:50:00', 120],
    ['seconds are dropped, not rounded', '09:00:59', '10:35:58', 94],
    ['to the minute', '09:07:00', '10:42:00', 95],
    ['left before the start', '08:46:00', '08:59:00', 0],
    ['arrived after the end', '11:01:00', '11:20:00', 0],
    ['a minute short', '09:00:00', '09:00:59', 0],
  ])('%s: %s–%s → %d min', (_case, checkIn, checkOut, minutes) => {
    expect(servedMinutes({ ...shift, checkedInAt: at(checkIn), checkedOutAt: at(checkOut) })).toBe(minutes);
  });

  it('a shift is as long as it is, to the minute', () => {
    expect(shiftMinutes(shift.startsAt, shift.endsAt)).toBe(120);
    expect(shiftMinutes(at('09:00:00'), at('09:30:30'))).toBe(30);
    expect(shiftMinutes(shift.endsAt, shift.startsAt)).toBe(0);
  });

  it.each([
    [120, 10, 20],
    [90, 10, 15],
    [119, 10, 19], // 19.83 → 19: rounded down
    [95, 12, 19], // exactly 19
    [1, 10, 0], // 0.17 → 0
    [6, 10, 1],
    [59, 60, 59],
    [720, 100, 1200],
    [0, 10, 0],
    [-5, 10, 0],
    [30, 0, 0],
    [30.5, 10, 0], // only whole minutes are credited
  ])('%d min at %d points/hour → %d points', (minutes, perHour, points) => {
    expect(pointsForMinutes(minutes, perHour)).toBe(points);
  });

  it.each([
    [0, '0 分钟'],
    [45, '45 分钟'],
    [60, '1 小时'],
    [95, '1 小时 35 分钟'],
    [720, '12 小时'],
  ])('%d minutes reads %s', (minutes, text) => {
    expect(formatServedMinutes(minutes)).toBe(text);
  });
});
