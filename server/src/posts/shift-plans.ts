import { PostKind, SHIFT_PLAN_PROBLEM_LABELS, shiftPlanProblem } from '@linli/shared';
import { DomainError } from '../common/errors/domain-error';

export interface ShiftPlan {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/**
 * Turns the wire form of a shift (ISO strings) into instants and checks it against the shared
 * plan rule; `index` names the offending entry of a list so the form can point at it.
 */
export function parseShiftPlan(kind: PostKind, plan: { startsAt: string; endsAt: string; capacity: number }, now: Date, index?: number): ShiftPlan {
  const startsAt = new Date(plan.startsAt);
  const endsAt = new Date(plan.endsAt);
  const problem = shiftPlanProblem(kind, { startsAt: startsAt.getTime(), endsAt: endsAt.getTime(), capacity: plan.capacity }, now.getTime());
  if (problem) {
    const label = SHIFT_PLAN_PROBLEM_LABELS[problem];
    const where = index === undefined ? '' : `第 ${index + 1} 个班次：`;
    throw new DomainError('SHIFT_PLAN_INVALID', { problem, ...(index === undefined ? {} : { index }) }, `${where}${label}`);
  }
  return { startsAt, endsAt, capacity: plan.capacity };
}
