/**
 * SQL literals for the bulk INSERT statements. Values are formatted here, not bound: a statement
 * carries thousands of rows, and the generated text never holds a quote or a backslash except
 * where `text` escapes it.
 */

// eslint-disable-next-line no-control-regex -- MySQL escapes Ctrl-Z (\x1a) in string literals
const NEEDS_ESCAPE = /['\\\0\n\r\x1a]/;

/** A string literal. */
export function text(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  // eslint-disable-next-line no-control-regex -- as above
  return `'${value.replace(/[\\'\0\n\r\x1a]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\0': '\\0', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z' })[c]!)}'`;
}

export function textOrNull(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : text(value);
}

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const DAY_MS = 86_400_000;
/** The calendar day most recently formatted (rows come roughly in time order). */
let lastDay = NaN;
let lastDate = '';

/** "YYYY-MM-DD" of a day number since 1970-01-01 (proleptic Gregorian, Hinnant's civil_from_days). */
function civil(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${PAD2[m]}-${PAD2[d]}`;
}

/** A DATETIME(3) literal in UTC (the server reads its datetimes as UTC). */
export function time(ms: number): string {
  const t = Math.floor(ms);
  const day = Math.floor(t / DAY_MS);
  if (day !== lastDay) {
    lastDay = day;
    lastDate = civil(day);
  }
  let rest = t - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  return `'${lastDate} ${PAD2[hour]}:${PAD2[min]}:${PAD2[sec]}.${PAD3[milli]}'`;
}

export function timeOrNull(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? 'NULL' : time(ms);
}

export function intOrNull(value: number | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : String(value);
}

export function bool(value: boolean): string {
  return value ? '1' : '0';
}

/** A simple-json column (TypeORM stores JSON.stringify of the value). */
export function json(value: unknown): string {
  return text(JSON.stringify(value));
}
