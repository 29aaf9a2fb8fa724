/** How shifts read on screen: times in Beijing, availability and the member's own place. */
import { addDaysToDate, formatServedMinutes, formatShanghaiMinute, PostKind, shanghaiDateOf } from '@linli/shared';
import type { Shift } from '@/services/api-types';
import { shiftClaimStatusLabel } from '@/utils/labels';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** "2026-11-22" (Beijing) → "11月22日 周六". */
export function dayLabel(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${WEEKDAYS[weekday]}`;
}

/** Today and the days after it as chips: 今天, 明天, then "周六 11/22". */
export function comingDays(count: number, now = new Date()): { value: string; label: string }[] {
  const today = shanghaiDateOf(now);
  return Array.from({ length: count }, (_, i) => {
    const date = addDaysToDate(today, i);
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
    const label = i === 0 ? '今天' : i === 1 ? '明天' : `${weekday} ${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
    return { value: date, label };
  });
}

export function shiftDate(shift: Pick<Shift, 'startsAt'>): string {
  return shanghaiDateOf(new Date(shift.startsAt));
}

/** "11月22日 周六 09:00–11:00"; a standing role's term: "2026-01-01 至 2026-12-31". */
export function shiftTime(shift: Pick<Shift, 'startsAt' | 'endsAt'>, kind: PostKind | `${PostKind}` = PostKind.Shift): string {
  const start = formatShanghaiMinute(new Date(shift.startsAt));
  const end = formatShanghaiMinute(new Date(shift.endsAt));
  if (kind === PostKind.Standing) return `任期 ${start.slice(0, 10)} 至 ${end.slice(0, 10)}`;
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return `${dayLabel(start.slice(0, 10))} ${start.slice(11)}–${sameDay ? end.slice(11) : `${dayLabel(end.slice(0, 10))} ${end.slice(11)}`}`;
}

export type SeatsTone = 'open' | 'full' | 'closed';

/**
 * "已认领 2/5 人，还差 3 人" while seats can be claimed; once a shift has started or ended nobody can
 * claim it, so it says so instead of inviting a claim there is no button for.
 */
export function availability(
  shift: Pick<Shift, 'taken' | 'capacity' | 'waiting' | 'status' | 'startsAt' | 'endsAt'>,
  kind: PostKind | `${PostKind}` = PostKind.Shift,
  now = Date.now(),
): { text: string; tone: SeatsTone } {
  if (shift.status === 'cancelled') return { text: '本班次已取消', tone: 'closed' };
  const seats = `已认领 ${shift.taken}/${shift.capacity} 人`;
  if (kind === PostKind.Shift && new Date(shift.endsAt).getTime() <= now) return { text: `已结束 · ${seats}`, tone: 'closed' };
  if (kind === PostKind.Shift && new Date(shift.startsAt).getTime() <= now) return { text: `进行中 · ${seats}，开始后不再接受认领`, tone: 'closed' };
  if (shift.taken >= shift.capacity) return { text: `${seats}，已满${shift.waiting > 0 ? `，${shift.waiting} 人候补` : '，可候补'}`, tone: 'full' };
  return { text: `${seats}，还差 ${shift.capacity - shift.taken} 人`, tone: 'open' };
}

/** The class of the seats line: green while seats wait, amber when full, grey when claiming is over. */
export function seatsClass(tone: SeatsTone): string {
  return tone === 'open' ? 'pst-seats' : `pst-seats pst-seats--${tone}`;
}

/** The member's own place on a shift: "候补第 1 位", "已认领", "已签到"… */
export function myClaimLabel(claim: Shift['myClaim']): string | null {
  if (!claim) return null;
  if (claim.status === 'waiting') return claim.waitingPosition ? `候补第 ${claim.waitingPosition} 位` : '候补中';
  return shiftClaimStatusLabel(claim.status);
}

/** Minutes as "1 小时 30 分钟". */
export function minutesLabel(minutes: number | null | undefined): string | null {
  return minutes === null || minutes === undefined ? null : formatServedMinutes(minutes);
}

/** The span of a shift as epoch milliseconds, for the shared schedule rules. */
export function spanOf(shift: Pick<Shift, 'startsAt' | 'endsAt'>): { startsAt: number; endsAt: number } {
  return { startsAt: new Date(shift.startsAt).getTime(), endsAt: new Date(shift.endsAt).getTime() };
}
