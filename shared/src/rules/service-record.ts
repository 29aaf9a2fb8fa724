/**
 * Figures of a member's yearly service record (双服务双评价) as the unit reads them: hours in
 * tenths, rounded down so a report never claims more service than was confirmed; ratings as a
 * mean of 1–5 stars to one decimal.
 */
export function reportedHours(confirmedMinutes: number): number {
  if (!Number.isSafeInteger(confirmedMinutes) || confirmedMinutes < 0) throw new RangeError(`bad minutes: ${confirmedMinutes}`);
  return Math.floor(confirmedMinutes / 6) / 10;
}

export function averageRating(totalStars: number, ratings: number): number | null {
  if (ratings === 0) return null;
  return Math.round((totalStars * 10) / ratings) / 10;
}
