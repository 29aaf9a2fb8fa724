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

/** The stored key of the ranking period `period` that `now` falls in (a Shanghai clock): all, y2026, m2026-12. */
export function periodKey(period: PointsPeriod, now: Date): string {
  if (period === PointsPeriod.All) return 'all';
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const year = String(local.getUTCFullYear());
  return period === PointsPeriod.Year ? `y${year}` : `m${year}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every ranking period a points entry made at `at` counts in, as stored keys. */
export function periodKeysOf(at: Date): string[] {
  return [PointsPeriod.All, PointsPeriod.Year, PointsPeriod.Month].map((period) => periodKey(period, at));
}
