import { Art278Matter, BallotOptionsForm, BallotPhase, BallotRule, BallotStatus, DecisionStatus, TopicStatus } from '../deliberation';
import {
  BallotPlan,
  ballotPhase,
  ballotPlanProblem,
  canCloseBallot,
  DecisionAction,
  decisionTransition,
  describeBallotRule,
  isTopicOpenForComment,
  mayAddTopicPhotos,
  TopicAction,
  topicTransition,
} from './deliberation-state';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.parse('2026-11-22T10:00:00+08:00');
const plan = (extra: Partial<BallotPlan> = {}): BallotPlan => ({
  rule: BallotRule.Simple,
  matter: null,
  quorum: null,
  optionsForm: BallotOptionsForm.YesNoAbstain,
  choices: [],
  secret: false,
  allowChange: false,
  opensAt: now,
  closesAt: now + 7 * DAY,
  ...extra,
});

describe('deliberation state rules', () => {
  it.each([
    [TopicAction.Accept, [TopicStatus.Proposed], TopicStatus.Discussing],
    [TopicAction.Decline, [TopicStatus.Proposed], TopicStatus.Declined],
    [TopicAction.OpenBallot, [TopicStatus.Discussing], TopicStatus.Voting],
    [TopicAction.CloseBallot, [TopicStatus.Voting], TopicStatus.Decided],
  ])('topic %s: from %j to %s', (action, from, to) => {
    expect(topicTransition(action)).toEqual({ from, to });
  });

  it.each([
    [TopicStatus.Proposed, false],
    [TopicStatus.Declined, false],
    [TopicStatus.Discussing, true],
    [TopicStatus.Voting, true],
    [TopicStatus.Decided, false],
  ])('a %s topic is open for comment: %s', (status, open) => {
    expect(isTopicOpenForComment(status)).toBe(open);
  });

  it.each([
    [TopicStatus.Proposed, true, false, true],
    [TopicStatus.Discussing, true, false, false], // once reviewed, the proposer's photos are what the secretary accepted
    [TopicStatus.Declined, true, false, false],
    [TopicStatus.Proposed, false, true, true],
    [TopicStatus.Discussing, false, true, true],
    [TopicStatus.Voting, false, true, true],
    [TopicStatus.Decided, false, true, false],
    [TopicStatus.Declined, false, true, false],
    [TopicStatus.Discussing, false, false, false],
  ])('photos on a %s topic: proposer %s, secretary %s → %s', (status, isProposer, isManager, allowed) => {
    expect(mayAddTopicPhotos(status, { isProposer, isManager })).toBe(allowed);
  });

  it.each([
    [DecisionAction.RequestAcceptance, DecisionStatus.InProgress, DecisionStatus.AwaitingAcceptance],
    [DecisionAction.Accept, DecisionStatus.AwaitingAcceptance, DecisionStatus.Accepted],
    [DecisionAction.Reject, DecisionStatus.AwaitingAcceptance, DecisionStatus.InProgress],
  ])('decision %s: from %s to %s', (action, from, to) => {
    expect(decisionTransition(action)).toEqual({ from: [from], to });
  });

  it.each([
    [BallotStatus.Open, -1, BallotPhase.Upcoming],
    [BallotStatus.Open, 0, BallotPhase.Voting],
    [BallotStatus.Open, 7 * DAY - 1, BallotPhase.Voting],
    [BallotStatus.Open, 7 * DAY, BallotPhase.Counting],
    [BallotStatus.Closed, 7 * DAY, BallotPhase.Closed],
    [BallotStatus.Closed, 1, BallotPhase.Closed],
  ])('a %s ballot at +%d ms is %s', (status, at, phase) => {
    expect(ballotPhase(status, now, now + 7 * DAY, now + at)).toBe(phase);
  });

  it.each([
    ['before closing, votes missing', BallotStatus.Open, -1, 2, 3, false],
    ['before closing, everyone voted', BallotStatus.Open, -1, 3, 3, true],
    ['at the closing time', BallotStatus.Open, 0, 0, 3, true],
    ['already closed', BallotStatus.Closed, 1, 3, 3, false],
  ])('closing %s: %s', (_case, status, sinceClose, cast, electorate, allowed) => {
    expect(canCloseBallot(status, now, now + sinceClose, cast, electorate)).toBe(allowed);
  });

  it.each([
    ['a plain plan', {}, null],
    ['closing before opening', { opensAt: now + DAY, closesAt: now + HOUR }, 'closes_before_opens'],
    ['closing at the opening', { closesAt: now }, 'closes_before_opens'],
    ['closing in the past', { opensAt: now - 2 * DAY, closesAt: now - DAY }, 'closes_in_past'],
    ['exactly 60 days', { closesAt: now + 60 * DAY }, null],
    ['over 60 days', { closesAt: now + 60 * DAY + 1 }, 'too_long'],
    ['owners without a matter', { rule: BallotRule.OwnersArt278 }, 'matter_required'],
    ['a matter on a simple vote', { matter: Art278Matter.Major }, 'matter_not_allowed'],
    [
      'owners with choices',
      { rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary, optionsForm: BallotOptionsForm.Choices, choices: ['甲', '乙'] },
      'owners_yes_no_only',
    ],
    ['owners in secret', { rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary, secret: true }, 'owners_not_secret'],
    ['owners with a quorum', { rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary, quorum: { numerator: 1, denominator: 2 } }, 'quorum_not_allowed'],
    ['secret and changeable', { secret: true, allowChange: true }, 'secret_no_change'],
    ['a quorum over 1', { quorum: { numerator: 3, denominator: 2 } }, 'bad_quorum'],
    ['a quorum of exactly 1', { quorum: { numerator: 2, denominator: 2 } }, null],
    ['one choice', { optionsForm: BallotOptionsForm.Choices, choices: ['甲'] }, 'choices_count'],
    ['eleven choices', { optionsForm: BallotOptionsForm.Choices, choices: Array.from({ length: 11 }, (_, i) => `方案${i}`) }, 'choices_count'],
    ['the same choice twice (spaces aside)', { optionsForm: BallotOptionsForm.Choices, choices: ['甲方案', ' 甲方案'] }, 'choices_duplicate'],
  ])('%s → %s', (_case, extra, problem) => {
    expect(ballotPlanProblem(plan(extra as Partial<BallotPlan>), now)).toBe(problem);
  });

  it('states each rule plainly, the Art. 278 thresholds included', () => {
    const facts = { matter: null, quorum: null, threshold: null, secret: false, allowChange: false };
    const major = describeBallotRule({ ...facts, rule: BallotRule.OwnersArt278, matter: Art278Matter.Major }).join('');
    expect(major).toMatch(/三分之二以上/);
    expect(major).toMatch(/四分之三以上/);
    expect(major).toMatch(/开发商未出售或未交付的房屋合计按一人计算/);
    expect(describeBallotRule({ ...facts, rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary }).join('')).toMatch(/过半数.*恰好一半不算通过/);
    expect(describeBallotRule({ ...facts, rule: BallotRule.Household }).join('')).toMatch(/一户一票/);
    expect(describeBallotRule({ ...facts, rule: BallotRule.Acceptance }).join('')).toMatch(/三分之二以上即验收通过/);
    expect(describeBallotRule({ ...facts, rule: BallotRule.Simple, quorum: { numerator: 1, denominator: 2 }, secret: true }).join('')).toMatch(
      /二分之一以上.*无记名/,
    );
  });
});
