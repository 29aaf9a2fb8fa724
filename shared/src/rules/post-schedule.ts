import { PostKind, POST_DEFAULTS, ShiftClaimStatus } from '../posts';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A span of time as epoch milliseconds, start inclusive, end exclusive. */
export interface TimeSpan {
  startsAt: number;
  endsAt: number;
}

/**
 * Two shifts overlap when each starts before the other ends. Back-to-back shifts (9–11 and
 * 11–13) do not overlap: one member may do both.
 */
export function spansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * Whether a shift still takes claims at `now`: a shift until it starts; a standing role (认岗)
 * until its term ends (joining mid-term is normal).
 */
export function isClaimOpen(kind: PostKind, span: TimeSpan, now: number): boolean {
  return now < (kind === PostKind.Standing ? span.endsAt : span.startsAt);
}

/**
 * Whether the member may still cancel: a seat until the cutoff before the start (default 2 h),
 * so the waiting list has time to move up; a waiting-list place until the start.
 */
export function canCancelClaim(status: ShiftClaimStatus, startsAt: number, now: number, cutoffMinutes: number = POST_DEFAULTS.cancelCutoffMinutes): boolean {
  if (status === ShiftClaimStatus.Waiting) return now < startsAt;
  if (status === ShiftClaimStatus.Confirmed) return now <= startsAt - cutoffMinutes * MINUTE_MS;
  return false;
}

export type CheckInPhase = 'early' | 'open' | 'closed';

/** Check-in opens 15 minutes before the start and closes at the end. */
export function checkInPhase(span: TimeSpan, now: number, opensMinutesBefore: number = POST_DEFAULTS.checkInOpensMinutesBefore): CheckInPhase {
  if (now < span.startsAt - opensMinutesBefore * MINUTE_MS) return 'early';
  return now < span.endsAt ? 'open' : 'closed';
}

/** Check-out is accepted until an hour after the end; after that only the secretary sets hours. */
export function isCheckOutOpen(span: TimeSpan, now: number, closesMinutesAfter: number = POST_DEFAULTS.checkOutClosesMinutesAfter): boolean {
  return now < span.endsAt + closesMinutesAfter * MINUTE_MS;
}

export type ShiftPlanProblem = 'not_a_time' | 'ends_before_start' | 'starts_in_past' | 'too_far_ahead' | 'too_short' | 'too_long' | 'capacity';

export const SHIFT_PLAN_PROBLEM_LABELS: Record<ShiftPlanProblem, string> = {
  not_a_time: '时间不是有效的日期和时刻',
  ends_before_start: '结束时间应晚于开始时间',
  starts_in_past: '开始时间已过',
  too_far_ahead: '只能安排一年以内的班次',
  too_short: `班次至少 ${POST_DEFAULTS.minShiftMinutes} 分钟，认岗任期至少 ${POST_DEFAULTS.minTermDays} 天`,
  too_long: `班次最长 ${POST_DEFAULTS.maxShiftMinutes / 60} 小时，认岗任期最长 3 年`,
  capacity: `人数应为 1 到 ${POST_DEFAULTS.maxCapacity} 之间的整数`,
};

/**
 * What is wrong with a planned shift (or a standing role's term), or null. A shift is 15 min to
 * 12 h, starting in the future and within a year; a term is 1 day to 3 years and may already have
 * begun (a role is often handed over mid-term) but not ended.
 */
export function shiftPlanProblem(kind: PostKind, plan: TimeSpan & { capacity: number }, now: number): ShiftPlanProblem | null {
  if (!Number.isFinite(plan.startsAt) || !Number.isFinite(plan.endsAt)) return 'not_a_time';
  if (!Number.isInteger(plan.capacity) || plan.capacity < 1 || plan.capacity > POST_DEFAULTS.maxCapacity) return 'capacity';
  if (!(plan.endsAt > plan.startsAt)) return 'ends_before_start';
  const length = plan.endsAt - plan.startsAt;
  if (kind === PostKind.Standing) {
    if (plan.endsAt <= now) return 'starts_in_past';
    if (length < POST_DEFAULTS.minTermDays * DAY_MS) return 'too_short';
    if (length > POST_DEFAULTS.maxTermDays * DAY_MS) return 'too_long';
  } else {
    if (plan.startsAt <= now) return 'starts_in_past';
    if (length < POST_DEFAULTS.minShiftMinutes * MINUTE_MS) return 'too_short';
    if (length > POST_DEFAULTS.maxShiftMinutes * MINUTE_MS) return 'too_long';
  }
  if (plan.startsAt > now + POST_DEFAULTS.maxDaysAhead * DAY_MS) return 'too_far_ahead';
  return null;
}

/** Whether a member's registered skills (专长) cover everything a post requires. */
export function hasRequiredSkills<T extends string>(memberSkills: readonly T[], required: readonly T[]): boolean {
  return required.every((skill) => memberSkills.includes(skill));
}
