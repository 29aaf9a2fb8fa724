import { formatShanghaiMinute, shanghaiYearOf } from '@linli/shared';

/** "2026-11-22 09:05" (Beijing time) for an ISO instant from the API; a dash for none. */
export function formatMinute(iso: string | null | undefined): string {
  return iso ? formatShanghaiMinute(new Date(iso)) : '—';
}

/** "2026-11-22" (Beijing time). */
export function formatDay(iso: string | null | undefined): string {
  return iso ? formatShanghaiMinute(new Date(iso)).slice(0, 10) : '—';
}

/** This calendar year in Beijing. */
export function currentYear(): number {
  return shanghaiYearOf(new Date());
}
