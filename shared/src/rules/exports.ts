/**
 * Export rules (导出): how long a range may be, how many exports one person may have under way,
 * how long a file is kept, and what a date range means as instants.
 */
import { addDaysToDate, isCalendarDate } from './calendar';

export const EXPORT_RULES = {
  /** A year, leap years included; longer ranges are exported in parts. */
  maxRangeDays: 366,
  /** Queued or running exports per person at once (the message of EXPORT_TOO_MANY names it). */
  maxActivePerPerson: 3,
  /** A finished file is deleted this long after it was written. */
  fileRetentionHours: 24,
} as const;

export type ExportRangeProblem = 'EXPORT_RANGE_REVERSED' | 'EXPORT_RANGE_TOO_LONG';

/** Days from `from` to `to`, both counted: 2026-01-01..2026-01-01 is 1. */
export function inclusiveDayCount(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000) + 1;
}

/** Why a range of two calendar dates (already checked to be real dates) cannot be exported; null when it can. */
export function exportRangeProblem(from: string, to: string): ExportRangeProblem | null {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new RangeError(`not calendar dates: ${from}, ${to}`);
  if (from > to) return 'EXPORT_RANGE_REVERSED';
  if (inclusiveDayCount(from, to) > EXPORT_RULES.maxRangeDays) return 'EXPORT_RANGE_TOO_LONG';
  return null;
}

/** China keeps UTC+8 all year (see calendar.ts). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instants of a range of Shanghai calendar days, as [start, end): midnight of `from` to midnight after `to`. */
export function shanghaiDaysRange(from: string, to: string): { start: Date; end: Date } {
  const midnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
  return { start: midnight(from), end: midnight(addDaysToDate(to, 1)) };
}

/** The share of an export written, 0..1; unknown totals read as 0, an empty export as done. */
export function exportProgress(rowsDone: number, rowsTotal: number | null, finished: boolean): number {
  if (finished) return 1;
  if (rowsTotal === null || rowsTotal <= 0) return 0;
  return Math.min(rowsDone / rowsTotal, 1);
}
