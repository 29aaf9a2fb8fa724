/**
 * Floor areas are stored as integer hundredths of a square metre, so that sums and the
 * Art. 278 fractions are exact. These convert to and from the "89.50" text users see.
 */
const AREA_TEXT = /^(\d{1,7})(?:\.(\d{1,2}))?$/;

export function parseAreaHundredths(text: string): number | null {
  const match = AREA_TEXT.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

export function formatAreaHundredths(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) throw new RangeError(`bad area: ${hundredths}`);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  return `${whole}.${String(fraction).padStart(2, '0')}`;
}
