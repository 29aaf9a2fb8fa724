import { PostKind, ShiftClaimStatus as S } from '../posts';
import { canCancelClaim, checkInPhase, hasRequiredSkills, isCheckOutOpen, isClaimOpen, shiftPlanProblem, spansOverlap } from './post-schedule';

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const t0 = Date.parse('2026-11-28T09:00:00+08:00');
const span = (fromMin: number, toMin: number) => ({ startsAt: t0 + fromMin * MIN, endsAt: t0 + toMin * MIN });

describe('shift schedule rules', () => {
  it.each([
    ['the same shift', span(0, 120), span(0, 120), true],
    ['one inside the other', span(0, 120), span(30, 60), true],
    ['partly overlapping', span(0, 120), span(119, 180), true],
    ['back to back', span(0, 120), span(120, 240), false],
    ['back to back, the other way', span(120, 240), span(0, 120), false],
    ['apart', span(0, 60), span(90, 120), false],
  ])('%s: overlap %s', (_case, a, b, overlap) => {
    expect(spansOverlap(a, b)).toBe(overlap);
    expect(spansOverlap(b, a)).toBe(overlap);
  });

  it.each([
    [PostKind.Shift, -1, true],
    [PostKind.Shift, 0, false], // claims close at the start
    [PostKind.Shift, 60, false],
    [PostKind.Standing, 60, true], // a term can be joined while it runs
    [PostKind.Standing, 120, false],
  ])('a %s at minute %d takes claims: %s', (kind, minute, open) => {
    expect(isClaimOpen(kind, span(0, 120), t0 + minute * MIN)).toBe(open);
  });

  it.each([
    [S.Confirmed, -121, true],
    [S.Confirmed, -120, true], // exactly at the cutoff still counts
    [S.Confirmed, -119, false],
    [S.Waiting, -119, true],
    [S.Waiting, -1, true],
    [S.Waiting, 0, false],
    [S.CheckedIn, -200, false],
    [S.Cancelled, -200, false],
  ])('a %s claim at minute %d may cancel: %s', (status, minute, ok) => {
    expect(canCancelClaim(status, t0, t0 + minute * MIN)).toBe(ok);
  });

  it('the cutoff is configurable', () => {
    expect(canCancelClaim(S.Confirmed, t0, t0 - 30 * MIN, 30)).toBe(true);
    expect(canCancelClaim(S.Confirmed, t0, t0 - 29 * MIN, 30)).toBe(false);
  });

  it.each([
    [-16, 'early'],
    [-15, 'open'], // opens 15 minutes before the start
    [0, 'open'],
    [119, 'open'],
    [120, 'closed'],
  ])('check-in at minute %d is %s', (minute, phase) => {
    expect(checkInPhase(span(0, 120), t0 + minute * MIN)).toBe(phase);
  });

  it.each([
    [100, true],
    [179, true],
    [180, false],
  ])('check-out at minute %d is open: %s', (minute, open) => {
    expect(isCheckOutOpen(span(0, 120), t0 + minute * MIN)).toBe(open);
  });

  const now = t0 - DAY;
  it.each([
    [PostKind.Shift, span(0, 120), 5, null],
    [PostKind.Shift, span(0, 15), 1, null],
    [PostKind.Shift, span(0, 14), 1, 'too_short'],
    [PostKind.Shift, span(0, 12 * 60), 1, null],
    [PostKind.Shift, span(0, 12 * 60 + 1), 1, 'too_long'],
    [PostKind.Shift, span(120, 0), 1, 'ends_before_start'],
    [PostKind.Shift, span(60, 60), 1, 'ends_before_start'],
    [PostKind.Shift, { startsAt: now - HOUR, endsAt: now + HOUR }, 1, 'starts_in_past'],
    [PostKind.Shift, { startsAt: now + 367 * DAY, endsAt: now + 367 * DAY + HOUR }, 1, 'too_far_ahead'],
    [PostKind.Shift, span(0, 120), 0, 'capacity'],
    [PostKind.Shift, { startsAt: Number.NaN, endsAt: t0 }, 1, 'not_a_time'],
    [PostKind.Shift, span(0, 120), 1001, 'capacity'],
    [PostKind.Shift, span(0, 120), 2.5, 'capacity'],
    [PostKind.Standing, { startsAt: now - 30 * DAY, endsAt: now + 335 * DAY }, 1, null], // already running
    [PostKind.Standing, { startsAt: now, endsAt: now + 12 * HOUR }, 1, 'too_short'],
    [PostKind.Standing, { startsAt: now, endsAt: now + 4 * 366 * DAY }, 1, 'too_long'],
    [PostKind.Standing, { startsAt: now - 400 * DAY, endsAt: now - DAY }, 1, 'starts_in_past'],
  ])('a %s planned %o for %d people: %s', (kind, plan, capacity, problem) => {
    expect(shiftPlanProblem(kind, { ...plan, capacity }, now)).toBe(problem);
  });

  it.each([
    [['tutoring', 'medical'], [], true],
    [['tutoring', 'medical'], ['tutoring'], true],
    [['tutoring'], ['tutoring', 'medical'], false],
    [[], ['repair'], false],
  ])('member skills %j cover %j: %s', (member, required, ok) => {
    expect(hasRequiredSkills(member, required)).toBe(ok);
  });
});
