/**
 * Numbers on ballots as people read them: shares as "2 / 3 票（66.7%）", areas in 平方米, and who
 * the electors are by rule. Display only: whether a share passes is the server's exact tally.
 */
import { BallotRule, formatAreaHundredths } from '@linli/shared';

/** "66.7%" (one decimal); a dash when there is nothing to divide by. */
export function percent(value: number, base: number): string {
  if (base <= 0) return '—';
  return `${Math.round((value * 1000) / base) / 10}%`;
}

/** "2 / 3 票（66.7%）". */
export function share(value: number, base: number, unit: string): string {
  return `${value} / ${base} ${unit}（${percent(value, base)}）`;
}

/** "1234.50 平方米" for an area in hundredths of a square metre. */
export function areaText(hundredths: number): string {
  return `${formatAreaHundredths(hundredths)} 平方米`;
}

/** "1234.50 / 2000.00 平方米（61.7%）". */
export function areaShare(value: number, base: number): string {
  return `${formatAreaHundredths(value)} / ${formatAreaHundredths(base)} 平方米（${percent(value, base)}）`;
}

/** Who is on a ballot's roll, counted: 人 (residents), 户 (households), 位业主 (owners). */
export function electorUnit(rule: string): string {
  if (rule === BallotRule.Household) return '户';
  if (rule === BallotRule.OwnersArt278) return '位业主';
  return '人';
}

/** The unit of turnout and of votes in a sentence: 人 or 户. */
export function turnoutUnit(rule: string): string {
  return rule === BallotRule.Household ? '户' : '人';
}
