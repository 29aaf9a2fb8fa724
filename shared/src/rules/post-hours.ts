const MINUTE_MS = 60 * 1000;

/** Instants as epoch milliseconds, so the rule is the same on the server and in the app. */
export interface ServedSpan {
  checkedInAt: number;
  checkedOutAt: number;
  startsAt: number;
  endsAt: number;
}

/**
 * Whole minutes served: from check-in to check-out, capped at the shift on both sides (arriving
 * early or leaving late earns nothing extra), seconds dropped. Never negative.
 */
export function servedMinutes(span: ServedSpan): number {
  const from = Math.max(span.checkedInAt, span.startsAt);
  const to = Math.min(span.checkedOutAt, span.endsAt);
  return to > from ? Math.floor((to - from) / MINUTE_MS) : 0;
}

/** The shift's own length in whole minutes: the most a claim can be credited. */
export function shiftMinutes(startsAt: number, endsAt: number): number {
  return endsAt > startsAt ? Math.floor((endsAt - startsAt) / MINUTE_MS) : 0;
}

/**
 * Points for confirmed minutes at the post's points per hour, in exact integer arithmetic:
 * minutes × pointsPerHour / 60 rounded DOWN to a whole point (the ledger holds integers; a member
 * is never credited for time not served). 90 min at 10/h = 15; 119 min at 10/h = 19 (19.83).
 */
export function pointsForMinutes(minutes: number, pointsPerHour: number): number {
  if (!Number.isInteger(minutes) || !Number.isInteger(pointsPerHour) || minutes <= 0 || pointsPerHour <= 0) return 0;
  return Math.floor((minutes * pointsPerHour) / 60);
}

/** "1 小时 35 分钟" for screens and ledger reasons. */
export function formatServedMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}
