/** China keeps one time zone with no daylight saving: Asia/Shanghai is always UTC+8. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instants a calendar year starts and ends in Asia/Shanghai, as [from, to). */
export function shanghaiYearRange(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS) };
}

/** The calendar year of an instant as read on a clock in Asia/Shanghai. */
export function shanghaiYearOf(instant: Date): number {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** "2026-11-22 09:05" in Asia/Shanghai, for exports and screens. */
export function formatShanghaiMinute(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** "2026-11-22": the calendar date of an instant in Asia/Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date string shifted by whole days (calendar arithmetic, no time zone involved). */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return addDaysToDate(date, 0) === date;
}

/** The first instant of a YYYY-MM-DD calendar day on a clock in Asia/Shanghai. */
export function shanghaiDateStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS);
}
