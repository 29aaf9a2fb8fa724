import { registerDecorator, ValidationOptions } from 'class-validator';

/** ISO 8601 with a zone (Z or ±hh:mm): the only instants the API takes. */
const INSTANT_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * A calendar day written YYYY-MM-DD that exists: Date would roll 2027-02-30 over to 2 March,
 * and the caller would then be refused (or served) for a day they never asked about.
 */
export function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DAY_SHAPE.exec(value);
  return !!m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An instant with a zone whose every field exists (no 30 February, 24:00, minute 60 or zone +25:00). */
export function isInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = INSTANT_SHAPE.exec(value);
  if (!m) return false;
  const [, year, month, day, hour, minute, second = '0', zoneHour = '0', zoneMinute = '0'] = m;
  return (
    isRealDay(Number(year), Number(month), Number(day)) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(zoneHour) <= 14 &&
    Number(zoneMinute) <= 59
  );
}

function rule(name: string, test: (value: unknown) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options,
        validator: { validate: test },
      });
}

/** The field is an existing instant in ISO 8601 with a zone, e.g. 2026-11-28T09:00:00+08:00. */
export const IsInstant = rule('isInstant', isInstant);

/** The field is an existing calendar day, YYYY-MM-DD. */
export const IsCalendarDay = rule('isCalendarDay', isCalendarDay);
