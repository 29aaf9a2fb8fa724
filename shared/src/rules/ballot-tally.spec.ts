import { Art278Matter, BallotOptionKind as K, BallotRule, Fraction } from '../deliberation';
import { OwnerKind } from '../places';
import {
  BallotTallyInput,
  OwnedUnit,
  TallyOption,
  TallyReason,
  TallyVote,
  electorateTotals,
  fractionText,
  meetsFraction,
  ownersElectorate,
  tallyBallot,
} from './ballot-tally';

const f = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });
const yesNo: TallyOption[] = [
  { id: 'y', kind: K.Yes, label: '同意' },
  { id: 'n', kind: K.No, label: '反对' },
  { id: 'a', kind: K.Abstain, label: '弃权' },
];
const choices: TallyOption[] = [
  { id: 'A', kind: K.Choice, label: '东门建车棚' },
  { id: 'B', kind: K.Choice, label: '西门建车棚' },
  { id: 'C', kind: K.Choice, label: '暂不建设' },
  { id: 'a', kind: K.Abstain, label: '弃权' },
];
const rating: TallyOption[] = [
  { id: 's', kind: K.Satisfied, label: '满意' },
  { id: 'u', kind: K.Unsatisfied, label: '不满意' },
  { id: 'a', kind: K.Abstain, label: '弃权' },
];

/** Votes by option id, e.g. { y: 3, n: 2 }, none of them carrying area. */
const headVotes = (counts: Record<string, number>): TallyVote[] =>
  Object.entries(counts).flatMap(([optionId, n]) => Array.from({ length: n }, () => ({ optionId, areaHundredths: 0 })));
/** Owners' votes as [option id, how many, area each in hundredths]. */
type Group = [string, number, number];
const ownerVotes = (groups: Group[]): TallyVote[] =>
  groups.flatMap(([optionId, n, areaHundredths]) => Array.from({ length: n }, () => ({ optionId, areaHundredths })));

const simple = (over: Partial<BallotTallyInput> & { votes: TallyVote[] }): BallotTallyInput => ({
  rule: BallotRule.Simple,
  matter: null,
  quorum: null,
  threshold: null,
  options: yesNo,
  electorate: { count: 100, areaHundredths: 0 },
  ...over,
});

/** 15 owners holding 1500.00 m² between them. */
const OWNERS = { count: 15, areaHundredths: 150000 };
const owners = (matter: Art278Matter, groups: Group[], electorate = OWNERS): BallotTallyInput => ({
  rule: BallotRule.OwnersArt278,
  matter,
  quorum: null,
  threshold: null,
  options: yesNo,
  electorate,
  votes: ownerVotes(groups),
});

describe('meetsFraction', () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  it.each([
    [2, 3, f(2, 3), true, true],
    [1, 3, f(2, 3), true, false],
    [5, 10, f(1, 2), true, true],
    [5, 10, f(1, 2), false, false], // exactly half is not more than half
    [6, 10, f(1, 2), false, true],
    [3, 4, f(3, 4), true, true],
    [0, 5, f(0, 1), true, true],
    [0, 0, f(0, 1), true, false], // base 0 never meets
    [7, 0, f(1, 2), true, false],
    // Beyond floating point: (2^53-3)/(2^53-2) < (2^53-2)/(2^53-1), though the doubles compare equal.
    [MAX - 2, MAX - 1, f(MAX - 1, MAX), true, false],
    [MAX - 1, MAX, f(MAX - 1, MAX), true, true],
    [MAX - 1, MAX, f(MAX - 1, MAX), false, false],
  ])('%d / %d against %o (inclusive %s): %s', (value, base, bound, inclusive, met) => {
    expect(meetsFraction(value, base, bound, inclusive)).toBe(met);
  });

  it.each([
    [1, 2, f(1, 0)],
    [1, 2, f(1, -2)],
    [1, 2, f(1.5, 2)],
    [-1, 2, f(1, 2)],
    [1, 2.5, f(1, 2)],
    [Number.NaN, 2, f(1, 2)],
  ])('%d / %d against %o throws', (value, base, bound) => {
    expect(() => meetsFraction(value, base, bound, true)).toThrow(RangeError);
  });
});

describe('fractionText', () => {
  it.each([
    [f(1, 2), '二分之一'],
    [f(2, 3), '三分之二'],
    [f(3, 4), '四分之三'],
    [f(3, 5), '3/5'],
    [f(2, 4), '2/4'],
  ])('%o reads %s', (bound, text) => {
    expect(fractionText(bound)).toBe(text);
  });
});

describe('simple and household majority', () => {
  const Y = BallotRule.Simple;
  const H = BallotRule.Household;
  it.each<[string, BallotRule, TallyOption[], Fraction | null, Record<string, number>, TallyReason, string | null, boolean[]]>([
    ['exactly half yes fails', Y, yesNo, null, { y: 5, n: 5 }, 'not_approved', null, [false]],
    ['half plus one passes', Y, yesNo, null, { y: 6, n: 4 }, 'passed', 'y', [true]],
    ['abstentions are cast: 2 yes, 1 no, 1 abstain fails', Y, yesNo, null, { y: 2, n: 1, a: 1 }, 'not_approved', null, [false]],
    ['3 yes, 1 no, 1 abstain passes', Y, yesNo, null, { y: 3, n: 1, a: 1 }, 'passed', 'y', [true]],
    ['only abstentions', Y, yesNo, null, { a: 3 }, 'not_approved', null, [false]],
    ['no votes at all', Y, yesNo, null, {}, 'no_votes', null, [false]],
    ['no votes at all, with a quorum', Y, yesNo, f(1, 2), {}, 'no_votes', null, [false, false]],
    ['quorum exactly met (50 of 100)', Y, yesNo, f(1, 2), { y: 30, n: 20 }, 'passed', 'y', [true, true]],
    ['quorum one short (49 of 100)', Y, yesNo, f(1, 2), { y: 30, n: 19 }, 'no_quorum', null, [false, true]],
    ['quorum met, majority not', Y, yesNo, f(1, 2), { y: 25, n: 25 }, 'not_approved', null, [true, false]],
    ['household: exactly half fails', H, yesNo, null, { y: 5, n: 5 }, 'not_approved', null, [false]],
    ['household: half plus one passes', H, yesNo, f(2, 3), { y: 40, n: 27 }, 'passed', 'y', [true, true]],
    ['household: quorum one short', H, yesNo, f(2, 3), { y: 40, n: 26 }, 'no_quorum', null, [false, true]],
    ['choices: clear winner', Y, choices, null, { A: 6, B: 2, C: 2 }, 'passed', 'A', [true]],
    ['choices: leader with exactly half', Y, choices, null, { A: 5, B: 3, C: 2 }, 'no_majority', null, [false]],
    ['choices: three-way, two tied for the lead', Y, choices, null, { A: 4, B: 4, C: 1 }, 'no_majority', null, [false]],
    ['choices: three-way tie', Y, choices, null, { A: 3, B: 3, C: 3 }, 'no_majority', null, [false]],
    ['choices: abstentions are cast', Y, choices, null, { A: 3, B: 1, a: 2 }, 'no_majority', null, [false]],
    ['choices: only abstentions', Y, choices, null, { a: 2 }, 'no_majority', null, [false]],
    ['choices by household', H, choices, f(1, 10), { A: 7, B: 3 }, 'passed', 'A', [true, true]],
  ])('%s', (_case, rule, options, quorum, counts, reason, winner, met) => {
    const outcome = tallyBallot(simple({ rule, options, quorum, votes: headVotes(counts) }));
    expect(outcome.rule).toBe(rule);
    expect(outcome.reason).toBe(reason);
    expect(outcome.passed).toBe(reason === 'passed');
    expect(outcome.winningOptionId).toBe(winner);
    expect(outcome.checks.map((check) => check.met)).toEqual(met);
    expect(outcome.checks.map((check) => check.key)).toEqual(quorum ? ['quorum', 'majority'] : ['majority']);
    const cast = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(outcome.turnout).toEqual({ votes: cast, areaHundredths: 0 });
    expect(outcome.options.map((option) => [option.id, option.votes])).toEqual(options.map((o) => [o.id, counts[o.id] ?? 0]));
    const majority = outcome.checks[outcome.checks.length - 1];
    expect(majority).toMatchObject({ measure: 'votes', base: cast, bound: f(1, 2), inclusive: false });
  });

  it('states the figures and the reason in Chinese', () => {
    const outcome = tallyBallot(simple({ quorum: f(1, 2), votes: headVotes({ y: 2, n: 1, a: 1 }), electorate: { count: 6, areaHundredths: 0 } }));
    expect(outcome.checks.map((check) => check.statement)).toEqual([
      '参与投票人数 4 / 6 人，需达到二分之一以上：已达到',
      '同意票 2 / 4 票（占全部投票，含弃权），需超过二分之一：未超过',
    ]);
    expect(outcome.summary).toBe('共 4 人投票（其中弃权 1 票），同意 2 票，未超过全部投票的二分之一，表决未通过。');
  });

  it.each<[string, BallotTallyInput, string]>([
    ['passed', simple({ votes: headVotes({ y: 6, n: 4 }) }), '共 10 人投票，同意 6 票，超过全部投票的二分之一，表决通过。'],
    [
      'no quorum, by household',
      simple({ rule: BallotRule.Household, quorum: f(2, 3), electorate: { count: 30, areaHundredths: 0 }, votes: headVotes({ y: 19 }) }),
      '参与投票 19 / 30 户，未达到应参与户数的三分之二以上，表决不成立。',
    ],
    ['no votes', simple({ votes: [] }), '本次表决没有收到任何投票，未能形成决定。'],
    [
      'a choice carried',
      simple({ options: choices, votes: headVotes({ A: 6, B: 2, a: 1 }) }),
      '共 9 人投票（其中弃权 1 票），“东门建车棚”得 6 票，超过全部投票的二分之一，表决结果为“东门建车棚”。',
    ],
    [
      'a tie for the lead',
      simple({ options: choices, votes: headVotes({ A: 4, B: 4, C: 1 }) }),
      '共 9 人投票，“东门建车棚”“西门建车棚”并列最多，各得 4 票，没有选项超过全部投票的二分之一，未形成决定。',
    ],
    [
      'a leader without a majority',
      simple({ options: choices, votes: headVotes({ A: 5, B: 3, C: 2 }) }),
      '共 10 人投票，得票最多的“东门建车棚”为 5 票，未超过全部投票的二分之一，没有选项获得通过。',
    ],
  ])('summary when %s', (_case, input, summary) => {
    expect(tallyBallot(input).summary).toBe(summary);
  });

  it('names the tied choices in the majority check', () => {
    const outcome = tallyBallot(simple({ options: choices, votes: headVotes({ A: 4, B: 4, C: 1 }) }));
    expect(outcome.checks[0].statement).toBe('并列最多的“东门建车棚”“西门建车棚”各自得票 4 / 9 票（占全部投票，含弃权），需超过二分之一：未超过');
  });
});

describe('owners under Civil Code Art. 278 (15 owners, 1500.00 m²)', () => {
  const O = Art278Matter.Ordinary;
  const M = Art278Matter.Major;
  it.each<[string, Art278Matter, Group[], TallyReason, boolean[]]>([
    // participation by area: 2/3 of 1500.00 m² is 1000.00 m²
    ['area exactly 2/3 takes part', O, [['y', 10, 10000]], 'passed', [true, true, true, true]],
    [
      'area 0.01 m² below 2/3',
      O,
      [
        ['y', 9, 10000],
        ['y', 1, 9999],
      ],
      'no_quorum',
      [false, true, true, true],
    ],
    [
      'area 0.01 m² above 2/3',
      O,
      [
        ['y', 9, 10000],
        ['y', 1, 10001],
      ],
      'passed',
      [true, true, true, true],
    ],
    // participation by headcount: 2/3 of 15 owners is 10
    ['headcount one below 2/3', O, [['y', 9, 12000]], 'no_quorum', [true, false, true, true]],
    ['area and headcount both short', M, [['y', 9, 10000]], 'no_quorum', [false, false, true, true]],
    [
      'abstentions take part',
      O,
      [
        ['y', 6, 10000],
        ['a', 4, 10000],
      ],
      'passed',
      [true, true, true, true],
    ],
    // ordinary approval: more than half of the participating area and owners
    [
      'ordinary: yes area exactly half fails',
      O,
      [
        ['y', 6, 10000],
        ['n', 4, 15000],
      ],
      'not_approved',
      [true, true, false, true],
    ],
    [
      'ordinary: yes area half + 0.01 m² passes',
      O,
      [
        ['y', 5, 10000],
        ['y', 1, 10001],
        ['n', 4, 15000],
      ],
      'passed',
      [true, true, true, true],
    ],
    [
      'ordinary: yes headcount exactly half fails',
      O,
      [
        ['y', 5, 14000],
        ['n', 5, 10000],
      ],
      'not_approved',
      [true, true, true, false],
    ],
    [
      'ordinary: abstentions do not agree',
      O,
      [
        ['y', 5, 10000],
        ['a', 5, 10000],
      ],
      'not_approved',
      [true, true, false, false],
    ],
    [
      'ordinary: abstentions are a share of the turnout',
      O,
      [
        ['y', 6, 10000],
        ['a', 4, 15000],
      ],
      'not_approved',
      [true, true, false, true],
    ],
    // major approval (items 6–8): at least 3/4 of the participating area and owners
    [
      'major: yes area exactly 3/4 passes',
      M,
      [
        ['y', 8, 11250],
        ['n', 2, 15000],
      ],
      'passed',
      [true, true, true, true],
    ],
    [
      'major: yes area 0.01 m² below 3/4 fails',
      M,
      [
        ['y', 7, 11250],
        ['y', 1, 11249],
        ['n', 1, 15000],
        ['n', 1, 15001],
      ],
      'not_approved',
      [true, true, false, true],
    ],
    [
      'major: yes headcount exactly 3/4 passes',
      M,
      [
        ['y', 9, 10000],
        ['n', 3, 10000],
      ],
      'passed',
      [true, true, true, true],
    ],
    [
      'major: yes headcount one below 3/4 fails',
      M,
      [
        ['y', 8, 11250],
        ['n', 4, 7500],
      ],
      'not_approved',
      [true, true, true, false],
    ],
    [
      'major: a plain majority is not enough',
      M,
      [
        ['y', 7, 10000],
        ['n', 3, 10000],
      ],
      'not_approved',
      [true, true, false, false],
    ],
    ['nobody takes part', O, [], 'no_votes', [false, false, false, false]],
  ])('%s', (_case, matter, groups, reason, met) => {
    const outcome = tallyBallot(owners(matter, groups));
    expect(outcome.reason).toBe(reason);
    expect(outcome.passed).toBe(reason === 'passed');
    expect(outcome.winningOptionId).toBe(reason === 'passed' ? 'y' : null);
    expect(outcome.checks.map((check) => check.key)).toEqual(['participation_area', 'participation_headcount', 'approval_area', 'approval_headcount']);
    expect(outcome.checks.map((check) => check.measure)).toEqual(['area', 'people', 'area', 'people']);
    expect(outcome.checks.map((check) => check.met)).toEqual(met);
    const approval = matter === M ? { bound: f(3, 4), inclusive: true } : { bound: f(1, 2), inclusive: false };
    expect(outcome.checks[2]).toMatchObject(approval);
    expect(outcome.checks[3]).toMatchObject(approval);
    expect(outcome.checks[0]).toMatchObject({ bound: f(2, 3), inclusive: true, base: 150000 });
    const votes = ownerVotes(groups);
    const area = votes.reduce((sum, vote) => sum + vote.areaHundredths, 0);
    expect(outcome.turnout).toEqual({ votes: votes.length, areaHundredths: area });
    expect(outcome.electorate).toEqual(OWNERS);
  });

  it('states areas in m² with two decimals', () => {
    const outcome = tallyBallot(
      owners(O, [
        ['y', 6, 10000],
        ['n', 4, 15000],
      ]),
    );
    expect(outcome.checks.map((check) => check.statement)).toEqual([
      '参与表决的专有部分面积 1200.00 / 1500.00 平方米，需达到三分之二以上：已达到',
      '参与表决的业主人数 10 / 15 人，需达到三分之二以上：已达到',
      '同意的专有部分面积 600.00 / 1200.00 平方米（占参与表决的面积），需超过二分之一：未超过',
      '同意的业主人数 6 / 10 人（占参与表决的人数），需超过二分之一：已超过',
    ]);
    expect(outcome.summary).toBe(
      '参与表决的业主 10 人、专有部分面积 1200.00 平方米，其中同意的 6 人、600.00 平方米，同意的面积未超过二分之一，业主共同决定未通过。',
    );
    expect(outcome.options).toEqual([
      { id: 'y', kind: K.Yes, label: '同意', votes: 6, areaHundredths: 60000 },
      { id: 'n', kind: K.No, label: '反对', votes: 4, areaHundredths: 60000 },
      { id: 'a', kind: K.Abstain, label: '弃权', votes: 0, areaHundredths: 0 },
    ]);
  });

  it.each<[string, Art278Matter, Group[], string]>([
    [
      'the area falls short by 0.01 m²',
      O,
      [
        ['y', 9, 10000],
        ['y', 1, 9999],
      ],
      '参与表决的业主 10 / 15 人、专有部分面积 999.99 / 1500.00 平方米，面积未达到三分之二以上，业主共同决定不成立。',
    ],
    [
      'both participation figures fall short',
      O,
      [['y', 9, 10000]],
      '参与表决的业主 9 / 15 人、专有部分面积 900.00 / 1500.00 平方米，面积和人数均未达到三分之二以上，业主共同决定不成立。',
    ],
    [
      'a major matter lacks owners',
      M,
      [
        ['y', 8, 11250],
        ['n', 4, 7500],
      ],
      '参与表决的业主 12 人、专有部分面积 1200.00 平方米，其中同意的 8 人、900.00 平方米，同意的人数未达到四分之三以上，业主共同决定未通过。',
    ],
    [
      'it passes',
      M,
      [
        ['y', 8, 11250],
        ['n', 2, 15000],
      ],
      '参与表决的业主 10 人、专有部分面积 1200.00 平方米，其中同意的 8 人、900.00 平方米，参与和同意的面积、人数均达到法定比例，业主共同决定通过。',
    ],
    ['nobody takes part', O, [], '本次表决没有任何业主参与，业主共同决定未能形成。'],
  ])('summary when %s', (_case, matter, groups, summary) => {
    expect(tallyBallot(owners(matter, groups)).summary).toBe(summary);
  });

  it('stays exact for 10^4 owners of 150.00 m² each', () => {
    const units: OwnedUnit[] = Array.from({ length: 10000 }, (_, i) => ({
      unitId: `u${i}`,
      ownerId: `p${i}`,
      ownerKind: OwnerKind.Person,
      areaHundredths: 15000,
    }));
    const electorate = electorateTotals(ownersElectorate(units));
    expect(electorate).toEqual({ count: 10000, areaHundredths: 150000000 });
    // 2/3 of 1 500 000.00 m² is exactly 1 000 000.00 m²; 2/3 of 10 000 owners is 6 666.67.
    const at = tallyBallot(
      owners(
        O,
        [
          ['y', 6666, 15000],
          ['y', 1, 10000],
        ],
        electorate,
      ),
    );
    expect(at.checks[0]).toMatchObject({ value: 100000000, base: 150000000, met: true });
    expect(at.checks[0].statement).toBe('参与表决的专有部分面积 1000000.00 / 1500000.00 平方米，需达到三分之二以上：已达到');
    expect(at.checks[1]).toMatchObject({ value: 6667, base: 10000, met: true });
    expect(at.reason).toBe('passed');
    const below = tallyBallot(
      owners(
        O,
        [
          ['y', 6666, 15000],
          ['y', 1, 9999],
        ],
        electorate,
      ),
    );
    expect(below.checks[0].met).toBe(false);
    expect(below.reason).toBe('no_quorum');
    // one owner fewer, though with enough area (larger units)
    const fewer = tallyBallot(owners(O, [['y', 6666, 15002]], electorate));
    expect(fewer.checks.map((check) => check.met)).toEqual([true, false, true, true]);
    // major approval: 3/4 of the 6 668 participating owners is 5 001 exactly
    const major = tallyBallot(
      owners(
        M,
        [
          ['y', 5001, 15000],
          ['n', 1667, 15000],
        ],
        electorate,
      ),
    );
    expect(major.checks.map((check) => check.met)).toEqual([true, true, true, true]);
    const majorShort = tallyBallot(
      owners(
        M,
        [
          ['y', 5000, 15000],
          ['n', 1668, 15000],
        ],
        electorate,
      ),
    );
    expect(majorShort.checks.map((check) => check.met)).toEqual([true, true, false, false]);
  });
});

describe('acceptance (民意验收)', () => {
  const accept = (counts: Record<string, number>, threshold: Fraction | null = null, quorum: Fraction | null = null): BallotTallyInput => ({
    rule: BallotRule.Acceptance,
    matter: null,
    quorum,
    threshold,
    options: rating,
    electorate: { count: 30, areaHundredths: 0 },
    votes: headVotes(counts),
  });
  it.each<[string, BallotTallyInput, TallyReason, boolean[]]>([
    ['exactly 2/3 satisfied passes', accept({ s: 6, u: 3 }), 'passed', [true]],
    ['just below 2/3 fails', accept({ s: 6, u: 4 }), 'not_approved', [false]],
    ['abstentions are cast', accept({ s: 6, u: 2, a: 1 }), 'passed', [true]],
    ['an abstention can tip it below', accept({ s: 6, u: 2, a: 2 }), 'not_approved', [false]],
    ['a stricter threshold: exactly 3/4', accept({ s: 9, u: 3 }, f(3, 4)), 'passed', [true]],
    ['a stricter threshold: just below 3/4', accept({ s: 8, u: 3 }, f(3, 4)), 'not_approved', [false]],
    ['quorum exactly met', accept({ s: 15 }, null, f(1, 2)), 'passed', [true, true]],
    ['quorum one short', accept({ s: 14 }, null, f(1, 2)), 'no_quorum', [false, true]],
    ['no votes', accept({}), 'no_votes', [false]],
  ])('%s', (_case, input, reason, met) => {
    const outcome = tallyBallot(input);
    expect(outcome.reason).toBe(reason);
    expect(outcome.passed).toBe(reason === 'passed');
    expect(outcome.winningOptionId).toBe(reason === 'passed' ? 's' : null);
    expect(outcome.checks.map((check) => check.met)).toEqual(met);
    const satisfaction = outcome.checks[outcome.checks.length - 1];
    expect(satisfaction).toMatchObject({ key: 'satisfaction', measure: 'votes', inclusive: true, bound: input.threshold ?? f(2, 3) });
  });

  it('states the satisfied share', () => {
    const outcome = tallyBallot(accept({ s: 6, u: 4 }));
    expect(outcome.checks[0].statement).toBe('满意票 6 / 10 票（占全部投票，含弃权），需达到三分之二以上：未达到');
    expect(outcome.summary).toBe('共 10 人参与验收，满意 6 票，未达到全部投票的三分之二以上，验收未通过。');
    expect(tallyBallot(accept({ s: 6, u: 2, a: 1 })).summary).toBe('共 9 人参与验收（其中弃权 1 票），满意 6 票，达到全部投票的三分之二以上，验收通过。');
    expect(tallyBallot(accept({ s: 14 }, null, f(1, 2))).summary).toBe('参与验收 14 / 30 人，未达到应参与人数的二分之一以上，验收结果不成立。');
  });
});

describe('malformed tallies throw RangeError', () => {
  const ok = simple({ votes: headVotes({ y: 2 }) });
  const art = owners(Art278Matter.Ordinary, [['y', 10, 10000]]);
  it.each<[string, BallotTallyInput]>([
    ['a vote for an unknown option', { ...ok, votes: [{ optionId: 'x', areaHundredths: 0 }] }],
    ['a negative vote area', { ...art, votes: [{ optionId: 'y', areaHundredths: -1 }] }],
    ['a fractional vote area', { ...art, votes: [{ optionId: 'y', areaHundredths: 100.5 }] }],
    ['a negative electorate', { ...ok, electorate: { count: -1, areaHundredths: 0 } }],
    ['a fractional electorate', { ...ok, electorate: { count: 10.5, areaHundredths: 0 } }],
    ['more votes than electors', { ...ok, electorate: { count: 1, areaHundredths: 0 } }],
    ['vote area above the electorate area', { ...art, electorate: { count: 15, areaHundredths: 99999 } }],
    ['area on a simple ballot', { ...ok, votes: [{ optionId: 'y', areaHundredths: 1 }] }],
    ['owners without a matter', { ...art, matter: null }],
    ['owners offered choices', { ...art, options: [...yesNo, { id: 'A', kind: K.Choice, label: '甲' }] }],
    ['owners without a yes option', { ...art, options: yesNo.slice(1) }],
    ['acceptance without a satisfied option', { ...ok, rule: BallotRule.Acceptance, options: rating.slice(1), votes: [] }],
    ['acceptance offered yes/no', { ...ok, rule: BallotRule.Acceptance, options: [...rating, ...yesNo.slice(0, 2)], votes: [] }],
    ['a quorum over zero', { ...ok, quorum: f(1, 0) }],
    ['a quorum over a negative', { ...ok, quorum: f(1, -3) }],
    ['a threshold over zero', { ...ok, rule: BallotRule.Acceptance, options: rating, threshold: f(2, 0), votes: [] }],
    ['yes/no mixed with choices', { ...ok, options: [...yesNo, ...choices.slice(0, 2)] }],
    ['a simple ballot with neither yes nor choices', { ...ok, options: yesNo.slice(1), votes: [] }],
    ['duplicated option ids', { ...ok, options: [...yesNo, { id: 'y', kind: K.Abstain, label: '弃权' }] }],
    ['two yes options', { ...ok, options: [...yesNo, { id: 'y2', kind: K.Yes, label: '赞成' }] }],
  ])('%s', (_case, input) => {
    expect(() => tallyBallot(input)).toThrow(RangeError);
  });
});

describe('ownersElectorate (SPC interpretation on building ownership, Arts. 8–9)', () => {
  const unit = (unitId: string, ownerId: string | null, ownerKind: OwnerKind | null, areaHundredths: number): OwnedUnit => ({
    unitId,
    ownerId,
    ownerKind,
    areaHundredths,
  });
  const P = OwnerKind.Person;
  const D = OwnerKind.Developer;

  it.each<[string, OwnedUnit[], Array<[string, string | null, string[], number]>]>([
    ['one unit, one owner', [unit('101', 'p1', P, 8950)], [['owner:p1', 'p1', ['101'], 8950]]],
    [
      'one person with three units counts once with the summed area',
      [unit('101', 'p1', P, 8950), unit('102', 'p2', P, 12000), unit('201', 'p1', P, 8950), unit('301', 'p1', P, 10001)],
      [
        ['owner:p1', 'p1', ['101', '201', '301'], 27901],
        ['owner:p2', 'p2', ['102'], 12000],
      ],
    ],
    [
      "the developer's units count once, even under two developer ids",
      [unit('101', 'p1', P, 9000), unit('102', 'dev-a', D, 9000), unit('103', 'dev-b', D, 9500), unit('104', 'dev-a', D, 100)],
      [
        ['owner:p1', 'p1', ['101'], 9000],
        ['developer', 'dev-a', ['102', '103', '104'], 18600],
      ],
    ],
    [
      'units without a recorded owner count one each',
      [unit('101', null, null, 9000), unit('102', null, null, 9000), unit('103', 'p1', null, 5000)],
      [
        ['unit:101', null, ['101'], 9000],
        ['unit:102', null, ['102'], 9000],
        ['owner:p1', 'p1', ['103'], 5000],
      ],
    ],
    [
      'a developer unit without an owner id still joins the developer',
      [unit('101', null, D, 9000), unit('102', 'dev-a', D, 9000)],
      [['developer', 'dev-a', ['101', '102'], 18000]],
    ],
    ['no units', [], []],
  ])('%s', (_case, units, expected) => {
    const electors = ownersElectorate(units);
    expect(electors.map((e) => [e.key, e.ownerId, e.unitIds, e.areaHundredths])).toEqual(expected);
    expect(electorateTotals(electors)).toEqual({
      count: expected.length,
      areaHundredths: units.reduce((sum, u) => sum + u.areaHundredths, 0),
    });
  });

  it.each<[string, OwnedUnit[]]>([
    ['a zero area', [unit('101', 'p1', P, 0)]],
    ['a negative area', [unit('101', 'p1', P, -100)]],
    ['a fractional area', [unit('101', 'p1', P, 89.5)]],
    ['a duplicated unit', [unit('101', 'p1', P, 100), unit('101', 'p2', P, 100)]],
  ])('%s throws', (_case, units) => {
    expect(() => ownersElectorate(units)).toThrow(RangeError);
  });
});
