import { BallotRule, Fraction } from '../deliberation';
import { meetsFraction } from './ballot-tally';
import { ballotTurnout, shortOfFraction } from './ballot-turnout';

const f = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });

describe('shortOfFraction: how much more participation a bound needs, exactly', () => {
  it.each([
    // value, base, bound, inclusive, short
    [0, 3, f(2, 3), true, 2],
    [1, 3, f(2, 3), true, 1],
    [2, 3, f(2, 3), true, 0],
    [3, 3, f(2, 3), true, 0],
    [0, 5, f(2, 3), true, 4], // 10/3 → 4
    [3, 5, f(2, 3), true, 1],
    [4, 5, f(2, 3), true, 0],
    [0, 6, f(2, 3), true, 4], // exactly 4 of 6 is 2/3: at least passes
    [0, 4, f(1, 2), false, 3], // more than half of 4 is 3
    [2, 4, f(1, 2), false, 1],
    [0, 60000, f(2, 3), true, 40000],
    [39999, 60000, f(2, 3), true, 1],
    [0, 100001, f(2, 3), true, 66668], // 200002/3 = 66667.33 → 66668
    [0, 0, f(2, 3), true, null], // an empty roll never reaches it
    [0, 3, f(4, 3), true, null], // above the whole roll
    [0, 3, f(0, 1), true, 0],
  ])('%i of %i towards %o (inclusive %s) is short by %p', (value, base, bound, inclusive, short) => {
    expect(shortOfFraction(value, base, bound, inclusive)).toBe(short);
  });

  it('agrees with meetsFraction at every point of a grid of rolls', () => {
    for (const bound of [f(2, 3), f(1, 2), f(3, 4), f(1, 3)]) {
      for (const inclusive of [true, false]) {
        for (let base = 1; base <= 40; base++) {
          for (let value = 0; value <= base; value++) {
            const short = shortOfFraction(value, base, bound, inclusive)!;
            expect(meetsFraction(value + short, base, bound, inclusive)).toBe(true);
            if (short > 0) expect(meetsFraction(value + short - 1, base, bound, inclusive)).toBe(false);
          }
        }
      }
    }
  });

  it('refuses figures it cannot count exactly', () => {
    expect(() => shortOfFraction(-1, 3, f(2, 3), true)).toThrow(RangeError);
    expect(() => shortOfFraction(1, 3, f(2, 0), true)).toThrow(RangeError);
  });
});

describe('ballotTurnout: participation so far, with no choice in it', () => {
  it('an owners’ ballot measures headcount and area against 2/3, each with its distance', () => {
    const turnout = ballotTurnout({
      rule: BallotRule.OwnersArt278,
      quorum: null,
      electorate: { count: 5, areaHundredths: 60000 },
      turnout: { votes: 3, areaHundredths: 35000 },
    });
    expect(turnout).toEqual(expect.objectContaining({ votes: 3, electors: 5, areaHundredths: 35000, electorateAreaHundredths: 60000 }));
    expect(turnout.checks.map((c) => [c.key, c.met, c.short, c.statement])).toEqual([
      ['participation_headcount', false, 1, '已参与 3 / 5 人，距三分之二还差 1 人'],
      ['participation_area', false, 5000, '已参与的专有部分面积 350.00 / 600.00 平方米，距三分之二还差 50.00 平方米'],
    ]);
  });

  it('at exactly 2/3 both are met', () => {
    const turnout = ballotTurnout({
      rule: BallotRule.OwnersArt278,
      quorum: null,
      electorate: { count: 6, areaHundredths: 60000 },
      turnout: { votes: 4, areaHundredths: 40000 },
    });
    expect(turnout.checks.map((c) => [c.met, c.short, c.statement])).toEqual([
      [true, 0, '已参与 4 / 6 人，已达到三分之二'],
      [true, 0, '已参与的专有部分面积 400.00 / 600.00 平方米，已达到三分之二'],
    ]);
  });

  it('other rules: the quorum if there is one (households for 一户一票), else headcount alone', () => {
    const household = ballotTurnout({
      rule: BallotRule.Household,
      quorum: f(1, 2),
      electorate: { count: 10, areaHundredths: 0 },
      turnout: { votes: 2, areaHundredths: 0 },
    });
    expect(household.checks.map((c) => c.statement)).toEqual(['已参与 2 / 10 户，距二分之一还差 3 户']);
    const simple = ballotTurnout({
      rule: BallotRule.Simple,
      quorum: null,
      electorate: { count: 10, areaHundredths: 0 },
      turnout: { votes: 2, areaHundredths: 0 },
    });
    expect(simple).toEqual({ votes: 2, electors: 10, areaHundredths: 0, electorateAreaHundredths: 0, checks: [] });
  });
});
