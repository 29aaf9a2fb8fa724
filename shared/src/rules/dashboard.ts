const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "YYYY-MM" of an instant on a clock in Asia/Shanghai. */
export function shanghaiMonthOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The twelve calendar months ending with the current one, oldest first, and the instant the first begins. */
export function lastTwelveMonths(now: Date): { months: string[]; from: Date } {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const months: string[] = [];
  for (let back = 11; back >= 0; back -= 1) {
    const first = new Date(Date.UTC(year, month - back, 1));
    months.push(first.toISOString().slice(0, 7));
  }
  return { months, from: new Date(Date.UTC(year, month - 11, 1) - SHANGHAI_OFFSET_MS) };
}

/** Spreads per-month values onto the given months; a month with no row is 0. */
export function monthSeries(months: readonly string[], rows: readonly { month: string; value: number }[]): number[] {
  const byMonth = new Map<string, number>();
  for (const row of rows) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.value);
  return months.map((m) => byMonth.get(m) ?? 0);
}

/** The median of the values (mean of the middle two for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A share as a fraction rounded to 4 places (0.6667), or null when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
