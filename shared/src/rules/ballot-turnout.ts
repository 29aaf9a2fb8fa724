/**
 * Turnout while a ballot is open: how many on the roll have taken part (and, on owners' ballots,
 * how much exclusive area), and how far each figure is from the participation bound the count will
 * apply: 2/3 of headcount and of area under Art. 278, else the ballot's quorum if it has one.
 * Only participation is counted here, never a choice, so it is safe to show before closing.
 * Exact like the tally: BigInt cross-multiplication, areas in hundredths of m².
 */
import { BallotRule, Fraction } from '../deliberation';
import { formatAreaHundredths } from './area';
import { ART278_PARTICIPATION, fractionText, meetsFraction, TallyElectorate } from './ballot-tally';

export type TurnoutCheckKey = 'participation_headcount' | 'participation_area' | 'quorum';

export interface TurnoutCheck {
  key: TurnoutCheckKey;
  measure: 'people' | 'area';
  /** Taken part so far (hundredths of m² when measure = 'area'). */
  value: number;
  base: number;
  bound: Fraction;
  met: boolean;
  /** How much more participation the bound needs (0 once met); null when even the whole roll would not reach it. */
  short: number | null;
  /** e.g. '已参与 3 / 5 人，距三分之二还差 1 人'. */
  statement: string;
}

export interface BallotTurnout {
  votes: number;
  electors: number;
  /** Owners' ballots: the exclusive area of those who took part, and of the whole roll; 0 otherwise. */
  areaHundredths: number;
  electorateAreaHundredths: number;
  checks: TurnoutCheck[];
}

export interface BallotTurnoutInput {
  rule: BallotRule;
  quorum: Fraction | null;
  electorate: TallyElectorate;
  turnout: { votes: number; areaHundredths: number };
}

/**
 * The least x ≥ 0 such that (value + x) / base reaches the bound ("at least" when inclusive,
 * "more than" otherwise); null when no x up to the whole base does (base 0, or a bound above 1).
 */
export function shortOfFraction(value: number, base: number, bound: Fraction, inclusive: boolean): number | null {
  if (meetsFraction(value, base, bound, inclusive)) return 0;
  if (base === 0) return null;
  const product = BigInt(bound.numerator) * BigInt(base);
  const d = BigInt(bound.denominator);
  // inclusive: ceil(n·base / d); strict: floor(n·base / d) + 1.
  const needed = inclusive ? (product + d - BigInt(1)) / d : product / d + BigInt(1);
  if (needed > BigInt(base)) return null;
  return Number(needed - BigInt(value));
}

function check(key: TurnoutCheckKey, measure: 'people' | 'area', value: number, base: number, bound: Fraction, unit: string): TurnoutCheck {
  const met = meetsFraction(value, base, bound, true);
  const short = shortOfFraction(value, base, bound, true);
  const figure = (n: number) => (measure === 'area' ? formatAreaHundredths(n) : String(n));
  const what = measure === 'area' ? '已参与的专有部分面积' : '已参与';
  const target = fractionText(bound);
  const tail = met ? `已达到${target}` : short === null ? `无法达到${target}` : `距${target}还差 ${figure(short)} ${unit}`;
  return { key, measure, value, base, bound: { ...bound }, met, short, statement: `${what} ${figure(value)} / ${figure(base)} ${unit}，${tail}` };
}

export function ballotTurnout(input: BallotTurnoutInput): BallotTurnout {
  const { rule, quorum, electorate, turnout } = input;
  const checks: TurnoutCheck[] = [];
  if (rule === BallotRule.OwnersArt278) {
    checks.push(check('participation_headcount', 'people', turnout.votes, electorate.count, ART278_PARTICIPATION, '人'));
    checks.push(check('participation_area', 'area', turnout.areaHundredths, electorate.areaHundredths, ART278_PARTICIPATION, '平方米'));
  } else if (quorum) {
    checks.push(check('quorum', 'people', turnout.votes, electorate.count, quorum, rule === BallotRule.Household ? '户' : '人'));
  }
  return {
    votes: turnout.votes,
    electors: electorate.count,
    areaHundredths: rule === BallotRule.OwnersArt278 ? turnout.areaHundredths : 0,
    electorateAreaHundredths: rule === BallotRule.OwnersArt278 ? electorate.areaHundredths : 0,
    checks,
  };
}
