/**
 * The bounds of a wish's fields, the same as the server's (PostWishDto, ApproveWishDto), for the
 * post form and the secretary's edits; the date window (money: utils/money.ts).
 */
import { addDaysToDate, shanghaiDateOf, WANTED_BY_MAX_DAYS } from '@linli/shared';

export const WISH_TEXT = {
  titleMin: 4,
  titleMax: 40,
  storyMin: 10,
  storyMax: 500,
  consentMin: 2,
  consentMax: 200,
} as const;

type Rule = { [key: string]: unknown; message?: string };

/** Required text whose trimmed length is between min and max, as the server counts it. */
export function textRules(min: number, max: number, what: string): Rule[] {
  return [
    { required: true, whitespace: true, message: `请填写${what}` },
    {
      message: `${what}至少 ${min} 个字`,
      validator: (_rule: unknown, value: unknown) => typeof value !== 'string' || value.trim() === '' || value.trim().length >= min,
    },
    { max, message: `${what}不能超过 ${max} 个字` },
  ];
}

/** The problem with an edited text, or null when it is within its bounds. */
export function textProblem(value: string, min: number, max: number, what: string): string | null {
  const length = value.trim().length;
  if (length < min) return `${what}至少 ${min} 个字`;
  if (length > max) return `${what}不能超过 ${max} 个字`;
  return null;
}

/** Today in Beijing, YYYY-MM-DD. */
export function today(): string {
  return shanghaiDateOf(new Date());
}

/** The dates a wish may be wanted by: from tomorrow to a year ahead. */
export function wantedByWindow(): { start: string; end: string } {
  const now = today();
  return { start: addDaysToDate(now, 1), end: addDaysToDate(now, WANTED_BY_MAX_DAYS) };
}
