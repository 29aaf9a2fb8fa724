/**
 * Counting a closed ballot (DOMAIN.md §4). Pure and exact: every figure is an integer (areas in
 * hundredths of a square metre) and every share is decided by BigInt cross-multiplication in
 * meetsFraction, never by floating-point division. The outcome lists each test applied, with a
 * plain Chinese sentence, so that anyone with the right to audit can re-derive it from the votes.
 *
 * BigInt is only ever called as a function: the mini-program bundler targets old JS and cannot
 * take BigInt literal syntax.
 */
import { Art278Matter, BallotOptionKind, BallotRule, DELIBERATION_DEFAULTS, Fraction } from '../deliberation';
import { OwnerKind } from '../places';
import { formatAreaHundredths } from './area';

export interface TallyOption {
  id: string;
  kind: BallotOptionKind;
  label: string;
}

/** One stored vote (one per voter / household / owner). areaHundredths: the voting owner's exclusive area in hundredths of m² on owners' ballots, 0 otherwise. */
export interface TallyVote {
  optionId: string;
  areaHundredths: number;
}

/** count: electors (people, households or owners by headcount); areaHundredths: total exclusive area (owners' ballots), 0 otherwise. */
export interface TallyElectorate {
  count: number;
  areaHundredths: number;
}

export interface BallotTallyInput {
  rule: BallotRule;
  /** Required for owners_art278; ignored by the other rules (pass null). */
  matter: Art278Matter | null;
  /** simple / household / acceptance: turnout (votes cast incl. abstentions) must be AT LEAST this share of electorate.count. Ignored by owners_art278, whose participation is fixed by law. */
  quorum: Fraction | null;
  /** acceptance: 满意 votes must be AT LEAST this share of the votes cast; null → DELIBERATION_DEFAULTS.acceptanceThreshold. Ignored by the other rules. */
  threshold: Fraction | null;
  options: TallyOption[];
  electorate: TallyElectorate;
  votes: TallyVote[];
}

export type TallyMeasure = 'votes' | 'people' | 'area';

export type TallyCheckKey = 'quorum' | 'majority' | 'participation_area' | 'participation_headcount' | 'approval_area' | 'approval_headcount' | 'satisfaction';

export interface TallyCheck {
  key: TallyCheckKey;
  /** Chinese, e.g. '参与表决的专有部分面积'. */
  label: string;
  measure: TallyMeasure;
  /** The numerator (hundredths of m² when measure = 'area'). */
  value: number;
  /** The denominator. */
  base: number;
  bound: Fraction;
  /** true: "at least" (以上, the boundary passes); false: "more than" (过半数, exactly half fails, Civil Code Art. 1259). */
  inclusive: boolean;
  met: boolean;
  /** One plain Chinese sentence with the figures, e.g. '参与表决的专有部分面积 1000.00 / 1500.00 平方米，需达到三分之二以上：已达到'. */
  statement: string;
}

export type TallyReason = 'passed' | 'no_votes' | 'no_quorum' | 'not_approved' | 'no_majority';

export interface OptionTotal {
  id: string;
  label: string;
  kind: BallotOptionKind;
  votes: number;
  areaHundredths: number;
}

export interface BallotOutcome {
  rule: BallotRule;
  passed: boolean;
  /** The carrying option when passed, else null. */
  winningOptionId: string | null;
  reason: TallyReason;
  /** One Chinese sentence for residents: what happened and why. */
  summary: string;
  electorate: TallyElectorate;
  turnout: { votes: number; areaHundredths: number };
  /** In the input order. */
  options: OptionTotal[];
  /** Every test applied, in order, all listed even when an earlier one failed. */
  checks: TallyCheck[];
}

/** Civil Code Art. 278: owners holding 2/3 of the area and 2/3 of the headcount take part. */
export const ART278_PARTICIPATION: Fraction = { numerator: 2, denominator: 3 };
/** Art. 278 approval, by matter: more than half (ordinary) or at least 3/4 (items 6–8). */
const ART278_APPROVAL: Record<Art278Matter, { bound: Fraction; inclusive: boolean }> = {
  [Art278Matter.Ordinary]: { bound: { numerator: 1, denominator: 2 }, inclusive: false },
  [Art278Matter.Major]: { bound: { numerator: 3, denominator: 4 }, inclusive: true },
};
/** A simple / household ballot is carried by more than half of the votes cast. */
const HALF: Fraction = { numerator: 1, denominator: 2 };

function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer: ${value}`);
}

function checkBound(bound: Fraction, what = 'bound'): void {
  if (!bound || !Number.isSafeInteger(bound.denominator) || bound.denominator <= 0) {
    throw new RangeError(`${what} denominator must be a positive integer: ${bound?.denominator}`);
  }
  if (!Number.isSafeInteger(bound.numerator) || bound.numerator < 0) {
    throw new RangeError(`${what} numerator must be a non-negative integer: ${bound.numerator}`);
  }
}

function addExact(sum: number, value: number, what: string): number {
  const next = sum + value;
  if (!Number.isSafeInteger(next)) throw new RangeError(`${what} total is too large to count exactly`);
  return next;
}

/** Exact: value/base compared with bound by BigInt cross-multiplication; base 0 → false. */
export function meetsFraction(value: number, base: number, bound: Fraction, inclusive: boolean): boolean {
  checkCount(value, 'value');
  checkCount(base, 'base');
  checkBound(bound);
  if (base === 0) return false;
  const share = BigInt(value) * BigInt(bound.denominator);
  const needed = BigInt(bound.numerator) * BigInt(base);
  return inclusive ? share >= needed : share > needed;
}

/** '二分之一' / '三分之二' / '四分之三' for those, else 'n/d'. Used in statements and by the UI. */
export function fractionText(bound: Fraction): string {
  const { numerator: n, denominator: d } = bound;
  if (n === 1 && d === 2) return '二分之一';
  if (n === 2 && d === 3) return '三分之二';
  if (n === 3 && d === 4) return '四分之三';
  return `${n}/${d}`;
}

/** The fraction as it sits inside a Chinese sentence: digits get a space either side. */
function fractionInText(bound: Fraction): string {
  const text = fractionText(bound);
  return /^\d/.test(text) ? ` ${text} ` : text;
}

/** '达到三分之二以上' / '超过二分之一', or their negations '未达到…以上' / '未超过…'. */
function boundPhrase(bound: Fraction, inclusive: boolean, met: boolean): string {
  const fraction = fractionInText(bound);
  if (inclusive) return `${met ? '达到' : '未达到'}${fraction}以上`;
  return `${met ? '超过' : '未超过'}${fraction}`;
}

function figure(measure: TallyMeasure, value: number): string {
  return measure === 'area' ? formatAreaHundredths(value) : String(value);
}

interface CheckSpec {
  key: TallyCheckKey;
  label: string;
  measure: TallyMeasure;
  value: number;
  base: number;
  bound: Fraction;
  inclusive: boolean;
  /** The unit after the figures: 平方米 / 人 / 户 / 票. */
  unit: string;
  /** What the base is, when the label alone does not say it. */
  baseNote?: string;
}

function makeCheck(spec: CheckSpec): TallyCheck {
  const { key, label, measure, value, base, bound, inclusive, unit, baseNote } = spec;
  const met = meetsFraction(value, base, bound, inclusive);
  const fraction = fractionInText(bound);
  const need = inclusive ? `需达到${fraction}以上` : `需超过${fraction}`;
  const result = inclusive ? (met ? '已达到' : '未达到') : met ? '已超过' : '未超过';
  const note = baseNote ? `（${baseNote}）` : '';
  const statement = `${label} ${figure(measure, value)} / ${figure(measure, base)} ${unit}${note}，${need}：${result}`;
  return { key, label, measure, value, base, bound: { ...bound }, inclusive, met, statement };
}

function quoted(labels: string[]): string {
  return labels.map((label) => `“${label}”`).join('');
}

function kindCount(options: readonly TallyOption[], kind: BallotOptionKind): number {
  return options.filter((option) => option.kind === kind).length;
}

/** Throws RangeError unless the options suit the rule. */
function checkOptions(rule: BallotRule, options: readonly TallyOption[]): void {
  const ids = new Set<string>();
  for (const option of options) {
    if (ids.has(option.id)) throw new RangeError(`duplicated option id: ${option.id}`);
    ids.add(option.id);
  }
  const count = (kind: BallotOptionKind) => kindCount(options, kind);
  const allowed = (kinds: BallotOptionKind[]) => {
    const other = options.find((option) => !kinds.includes(option.kind));
    if (other) throw new RangeError(`a ${rule} ballot cannot offer a '${other.kind}' option (${other.id})`);
  };
  const atMostOne = (kinds: BallotOptionKind[]) => {
    for (const kind of kinds) if (count(kind) > 1) throw new RangeError(`a ballot offers at most one '${kind}' option`);
  };
  const K = BallotOptionKind;
  switch (rule) {
    case BallotRule.Simple:
    case BallotRule.Household:
      allowed([K.Yes, K.No, K.Abstain, K.Choice]);
      atMostOne([K.Yes, K.No, K.Abstain]);
      if (count(K.Choice) > 0) {
        if (count(K.Yes) + count(K.No) > 0) throw new RangeError('a ballot offers either 同意/反对 or named choices, not both');
      } else if (count(K.Yes) !== 1) {
        throw new RangeError(`a ${rule} ballot needs a 'yes' option or named choices`);
      }
      return;
    case BallotRule.OwnersArt278:
      allowed([K.Yes, K.No, K.Abstain]);
      atMostOne([K.Yes, K.No, K.Abstain]);
      if (count(K.Yes) !== 1) throw new RangeError("an owners' ballot needs a 'yes' option");
      return;
    case BallotRule.Acceptance:
      allowed([K.Satisfied, K.Unsatisfied, K.Abstain]);
      atMostOne([K.Satisfied, K.Unsatisfied, K.Abstain]);
      if (count(K.Satisfied) !== 1) throw new RangeError("an acceptance ballot needs a 'satisfied' option");
      return;
    default:
      throw new RangeError(`unknown ballot rule: ${String(rule)}`);
  }
}

interface Counted {
  totals: OptionTotal[];
  turnout: { votes: number; areaHundredths: number };
  byKind: (kind: BallotOptionKind) => OptionTotal | undefined;
}

function countVotes(input: BallotTallyInput): Counted {
  const { electorate, options, votes } = input;
  checkCount(electorate.count, 'electorate count');
  checkCount(electorate.areaHundredths, 'electorate area');
  const totals: OptionTotal[] = options.map(({ id, label, kind }) => ({ id, label, kind, votes: 0, areaHundredths: 0 }));
  const byId = new Map(totals.map((total) => [total.id, total]));
  let area = 0;
  for (const vote of votes) {
    const total = byId.get(vote.optionId);
    if (!total) throw new RangeError(`vote for an unknown option: ${vote.optionId}`);
    checkCount(vote.areaHundredths, 'vote area');
    total.votes += 1;
    total.areaHundredths = addExact(total.areaHundredths, vote.areaHundredths, 'option area');
    area = addExact(area, vote.areaHundredths, 'vote area');
  }
  if (votes.length > electorate.count) {
    throw new RangeError(`more votes (${votes.length}) than electors (${electorate.count})`);
  }
  if (area > electorate.areaHundredths) {
    throw new RangeError(`voting area ${area} exceeds the electorate area ${electorate.areaHundredths}`);
  }
  return {
    totals,
    turnout: { votes: votes.length, areaHundredths: area },
    byKind: (kind) => totals.find((total) => total.kind === kind),
  };
}

/** '（其中弃权 2 票）' when some abstained, else ''. */
function abstainNote(counted: Counted): string {
  const abstained = counted.byKind(BallotOptionKind.Abstain)?.votes ?? 0;
  return abstained > 0 ? `（其中弃权 ${abstained} 票）` : '';
}

function castNote(options: readonly TallyOption[]): string {
  return kindCount(options, BallotOptionKind.Abstain) > 0 ? '占全部投票，含弃权' : '占全部投票';
}

function quorumCheck(quorum: Fraction, electorate: TallyElectorate, cast: number, household: boolean): TallyCheck {
  return makeCheck({
    key: 'quorum',
    label: household ? '参与投票户数' : '参与投票人数',
    measure: 'votes',
    value: cast,
    base: electorate.count,
    bound: quorum,
    inclusive: true,
    unit: household ? '户' : '人',
  });
}

function quorumSummary(check: TallyCheck, household: boolean, noun: string, result: string): string {
  const unit = household ? '户' : '人';
  return `参与${noun} ${check.value} / ${check.base} ${unit}，未达到应参与${household ? '户数' : '人数'}的${fractionInText(check.bound)}以上，${result}。`;
}

function outcome(
  input: BallotTallyInput,
  counted: Counted,
  checks: TallyCheck[],
  reason: TallyReason,
  winningOptionId: string | null,
  summary: string,
): BallotOutcome {
  return {
    rule: input.rule,
    passed: reason === 'passed',
    winningOptionId: reason === 'passed' ? winningOptionId : null,
    reason,
    summary,
    electorate: { count: input.electorate.count, areaHundredths: input.electorate.areaHundredths },
    turnout: counted.turnout,
    options: counted.totals,
    checks,
  };
}

const NO_VOTES_SUMMARY: Record<BallotRule, string> = {
  [BallotRule.Simple]: '本次表决没有收到任何投票，未能形成决定。',
  [BallotRule.Household]: '本次表决没有任何一户投票，未能形成决定。',
  [BallotRule.OwnersArt278]: '本次表决没有任何业主参与，业主共同决定未能形成。',
  [BallotRule.Acceptance]: '本次验收没有收到任何投票，验收未通过。',
};

function tallyMajority(input: BallotTallyInput, counted: Counted): BallotOutcome {
  const household = input.rule === BallotRule.Household;
  const unit = household ? '户' : '人';
  const cast = counted.turnout.votes;
  const checks: TallyCheck[] = [];
  const quorum = input.quorum ? quorumCheck(input.quorum, input.electorate, cast, household) : null;
  if (quorum) checks.push(quorum);

  const choices = counted.totals.filter((total) => total.kind === BallotOptionKind.Choice);
  const isChoice = choices.length > 0;
  let candidate: OptionTotal;
  let label: string;
  let leaders: OptionTotal[] = [];
  if (isChoice) {
    const most = Math.max(...choices.map((choice) => choice.votes));
    leaders = choices.filter((choice) => choice.votes === most);
    candidate = leaders[0];
    if (most === 0) label = '得票最多的选项';
    else if (leaders.length > 1) label = `并列最多的${quoted(leaders.map((leader) => leader.label))}各自得票`;
    else label = `“${candidate.label}”得票`;
  } else {
    candidate = counted.byKind(BallotOptionKind.Yes) as OptionTotal;
    label = '同意票';
  }
  const majority = makeCheck({
    key: 'majority',
    label,
    measure: 'votes',
    value: candidate.votes,
    base: cast,
    bound: HALF,
    inclusive: false,
    unit: '票',
    baseNote: castNote(input.options),
  });
  checks.push(majority);

  if (cast === 0) return outcome(input, counted, checks, 'no_votes', null, NO_VOTES_SUMMARY[input.rule]);
  if (quorum && !quorum.met) {
    return outcome(input, counted, checks, 'no_quorum', null, quorumSummary(quorum, household, '投票', '表决不成立'));
  }
  const opening = `共 ${cast} ${unit}投票${abstainNote(counted)}`;
  const half = fractionInText(HALF);
  if (!isChoice) {
    const summary = majority.met
      ? `${opening}，同意 ${candidate.votes} 票，超过全部投票的${half}，表决通过。`
      : `${opening}，同意 ${candidate.votes} 票，未超过全部投票的${half}，表决未通过。`;
    return outcome(input, counted, checks, majority.met ? 'passed' : 'not_approved', candidate.id, summary);
  }
  if (majority.met) {
    const summary = `${opening}，“${candidate.label}”得 ${candidate.votes} 票，超过全部投票的${half}，表决结果为“${candidate.label}”。`;
    return outcome(input, counted, checks, 'passed', candidate.id, summary);
  }
  let summary: string;
  if (candidate.votes === 0) summary = `${opening}，各选项均未获得投票，没有选项获得通过。`;
  else if (leaders.length > 1) {
    summary = `${opening}，${quoted(leaders.map((leader) => leader.label))}并列最多，各得 ${candidate.votes} 票，没有选项超过全部投票的${half}，未形成决定。`;
  } else {
    summary = `${opening}，得票最多的“${candidate.label}”为 ${candidate.votes} 票，未超过全部投票的${half}，没有选项获得通过。`;
  }
  return outcome(input, counted, checks, 'no_majority', null, summary);
}

function tallyArt278(input: BallotTallyInput, counted: Counted): BallotOutcome {
  if (input.matter !== Art278Matter.Ordinary && input.matter !== Art278Matter.Major) {
    throw new RangeError(`an owners' ballot needs its Art. 278 matter: ${String(input.matter)}`);
  }
  const { bound, inclusive } = ART278_APPROVAL[input.matter];
  const { electorate } = input;
  const { turnout } = counted;
  const yes = counted.byKind(BallotOptionKind.Yes) as OptionTotal;
  const participationArea = makeCheck({
    key: 'participation_area',
    label: '参与表决的专有部分面积',
    measure: 'area',
    value: turnout.areaHundredths,
    base: electorate.areaHundredths,
    bound: ART278_PARTICIPATION,
    inclusive: true,
    unit: '平方米',
  });
  const participationHeadcount = makeCheck({
    key: 'participation_headcount',
    label: '参与表决的业主人数',
    measure: 'people',
    value: turnout.votes,
    base: electorate.count,
    bound: ART278_PARTICIPATION,
    inclusive: true,
    unit: '人',
  });
  const approvalArea = makeCheck({
    key: 'approval_area',
    label: '同意的专有部分面积',
    measure: 'area',
    value: yes.areaHundredths,
    base: turnout.areaHundredths,
    bound,
    inclusive,
    unit: '平方米',
    baseNote: '占参与表决的面积',
  });
  const approvalHeadcount = makeCheck({
    key: 'approval_headcount',
    label: '同意的业主人数',
    measure: 'people',
    value: yes.votes,
    base: turnout.votes,
    bound,
    inclusive,
    unit: '人',
    baseNote: '占参与表决的人数',
  });
  const checks = [participationArea, participationHeadcount, approvalArea, approvalHeadcount];
  if (turnout.votes === 0) return outcome(input, counted, checks, 'no_votes', null, NO_VOTES_SUMMARY[input.rule]);

  const area = (value: number) => formatAreaHundredths(value);
  const failing = (byArea: TallyCheck, byHead: TallyCheck) => (!byArea.met && !byHead.met ? '面积和人数均' : !byArea.met ? '面积' : '人数');
  if (!participationArea.met || !participationHeadcount.met) {
    const summary =
      `参与表决的业主 ${turnout.votes} / ${electorate.count} 人、专有部分面积 ${area(turnout.areaHundredths)} / ${area(electorate.areaHundredths)} 平方米，` +
      `${failing(participationArea, participationHeadcount)}${boundPhrase(ART278_PARTICIPATION, true, false)}，业主共同决定不成立。`;
    return outcome(input, counted, checks, 'no_quorum', null, summary);
  }
  const agreed =
    `参与表决的业主 ${turnout.votes} 人、专有部分面积 ${area(turnout.areaHundredths)} 平方米，` +
    `其中同意的 ${yes.votes} 人、${area(yes.areaHundredths)} 平方米`;
  if (!approvalArea.met || !approvalHeadcount.met) {
    const summary = `${agreed}，同意的${failing(approvalArea, approvalHeadcount)}${boundPhrase(bound, inclusive, false)}，业主共同决定未通过。`;
    return outcome(input, counted, checks, 'not_approved', null, summary);
  }
  const summary = `${agreed}，参与和同意的面积、人数均达到法定比例，业主共同决定通过。`;
  return outcome(input, counted, checks, 'passed', yes.id, summary);
}

function tallyAcceptance(input: BallotTallyInput, counted: Counted): BallotOutcome {
  const threshold = input.threshold ?? DELIBERATION_DEFAULTS.acceptanceThreshold;
  const cast = counted.turnout.votes;
  const checks: TallyCheck[] = [];
  const quorum = input.quorum ? quorumCheck(input.quorum, input.electorate, cast, false) : null;
  if (quorum) checks.push(quorum);
  const satisfied = counted.byKind(BallotOptionKind.Satisfied) as OptionTotal;
  const satisfaction = makeCheck({
    key: 'satisfaction',
    label: '满意票',
    measure: 'votes',
    value: satisfied.votes,
    base: cast,
    bound: threshold,
    inclusive: true,
    unit: '票',
    baseNote: castNote(input.options),
  });
  checks.push(satisfaction);

  if (cast === 0) return outcome(input, counted, checks, 'no_votes', null, NO_VOTES_SUMMARY[input.rule]);
  if (quorum && !quorum.met) {
    return outcome(input, counted, checks, 'no_quorum', null, quorumSummary(quorum, false, '验收', '验收结果不成立'));
  }
  const opening = `共 ${cast} 人参与验收${abstainNote(counted)}，满意 ${satisfied.votes} 票`;
  const summary = satisfaction.met
    ? `${opening}，达到全部投票的${fractionInText(threshold)}以上，验收通过。`
    : `${opening}，未达到全部投票的${fractionInText(threshold)}以上，验收未通过。`;
  return outcome(input, counted, checks, satisfaction.met ? 'passed' : 'not_approved', satisfied.id, summary);
}

/**
 * Pure tally. Throws RangeError on malformed input: vote for an unknown option, negative/non-integer
 * figures, more votes than electors, vote area above the electorate area, owners_art278 without
 * matter or with options other than yes/no/abstain, acceptance without a satisfied option, bound
 * denominator <= 0 (also: duplicated option ids, a kind offered twice, options unfit for the rule).
 */
export function tallyBallot(input: BallotTallyInput): BallotOutcome {
  checkOptions(input.rule, input.options);
  if (input.rule !== BallotRule.OwnersArt278 && input.quorum) checkBound(input.quorum, 'quorum');
  if (input.rule === BallotRule.Acceptance && input.threshold) checkBound(input.threshold, 'threshold');
  const counted = countVotes(input);
  switch (input.rule) {
    case BallotRule.Simple:
    case BallotRule.Household:
      return tallyMajority(input, counted);
    case BallotRule.OwnersArt278:
      return tallyArt278(input, counted);
    case BallotRule.Acceptance:
      return tallyAcceptance(input, counted);
  }
}

/** SPC interpretation on building ownership Arts. 8–9 headcount: */
export interface OwnedUnit {
  unitId: string;
  ownerId: string | null;
  ownerKind: OwnerKind | null;
  areaHundredths: number;
}

export interface OwnerElector {
  key: string;
  ownerId: string | null;
  unitIds: string[];
  areaHundredths: number;
}

/**
 * Groups exclusive units into electors: a person owner holding several units counts once with the
 * sum of their areas (key `owner:<ownerId>`); all developer-kind units together count as ONE elector
 * (key `developer`, ownerId = the first developer owner id met); a unit with no recorded owner
 * counts as its own elector (key `unit:<unitId>`). Throws RangeError for an area <= 0 or
 * non-integer, or a duplicated unitId. Output order: first appearance.
 */
export function ownersElectorate(units: readonly OwnedUnit[]): OwnerElector[] {
  const seen = new Set<string>();
  const electors = new Map<string, OwnerElector>();
  for (const unit of units) {
    if (seen.has(unit.unitId)) throw new RangeError(`duplicated unit: ${unit.unitId}`);
    seen.add(unit.unitId);
    if (!Number.isSafeInteger(unit.areaHundredths) || unit.areaHundredths <= 0) {
      throw new RangeError(`unit ${unit.unitId} has a bad area: ${unit.areaHundredths}`);
    }
    const developer = unit.ownerKind === OwnerKind.Developer;
    const key = developer ? 'developer' : unit.ownerId !== null ? `owner:${unit.ownerId}` : `unit:${unit.unitId}`;
    const elector = electors.get(key);
    if (elector) {
      elector.unitIds.push(unit.unitId);
      elector.areaHundredths = addExact(elector.areaHundredths, unit.areaHundredths, 'owner area');
      if (elector.ownerId === null) elector.ownerId = unit.ownerId;
    } else {
      electors.set(key, { key, ownerId: unit.ownerId, unitIds: [unit.unitId], areaHundredths: unit.areaHundredths });
    }
  }
  return [...electors.values()];
}

/** Totals for tallyBallot: { count: electors.length, areaHundredths: sum }. */
export function electorateTotals(electors: readonly OwnerElector[]): TallyElectorate {
  let area = 0;
  for (const elector of electors) {
    checkCount(elector.areaHundredths, 'elector area');
    area = addExact(area, elector.areaHundredths, 'electorate area');
  }
  return { count: electors.length, areaHundredths: area };
}
