import { CAPPED_POINTS_SOURCES, PointsPeriod } from '../points';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * How much of an earned credit fits under the daily cap, given what the member already earned that
 * day. Never negative; the whole amount when there is no cap or the source is not capped.
 */
export function grantWithinCap(amount: number, sourceType: string, earnedToday: number, dailyCap: number | null): number {
  if (dailyCap === null || amount <= 0 || !CAPPED_POINTS_SOURCES.includes(sourceType)) return amount;
  return Math.max(0, Math.min(amount, dailyCap - earnedToday));
}

/** Whether a credit is subject to the daily cap at all (positive, from taking part, in a community with a cap). */
export function isCappedCredit(amount: number, sourceType: string, dailyCap: number | null): boolean {
  return dailyCap !== null && amount > 0 && CAPPED_POINTS_SOURCES.includes(sourceType);
}

/** The first instant of a ranking period as read on a clock in Asia/Shanghai; null for all time. */
export function periodStart(period: PointsPeriod, now: Date): Date | null {
  if (period === PointsPeriod.All) return null;
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const month = period === PointsPeriod.Year ? 0 : local.getUTCMonth();
  return new Date(Date.UTC(local.getUTCFullYear(), month, 1) - SHANGHAI_OFFSET_MS);
}
