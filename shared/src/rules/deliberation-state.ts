import {
  Art278Matter,
  BallotOptionsForm,
  BallotPhase,
  BallotRule,
  BallotStatus,
  DecisionStatus,
  DELIBERATION_DEFAULTS,
  Fraction,
  TopicStatus,
} from '../deliberation';
import { fractionText } from './ballot-tally';

/** What can happen to a topic, and from which states (the database applies it with a conditional update). */
export enum TopicAction {
  Accept = 'accept',
  Decline = 'decline',
  OpenBallot = 'open_ballot',
  CloseBallot = 'close_ballot',
}

const TOPIC_TRANSITIONS: Record<TopicAction, { from: readonly TopicStatus[]; to: TopicStatus }> = {
  [TopicAction.Accept]: { from: [TopicStatus.Proposed], to: TopicStatus.Discussing },
  [TopicAction.Decline]: { from: [TopicStatus.Proposed], to: TopicStatus.Declined },
  [TopicAction.OpenBallot]: { from: [TopicStatus.Discussing], to: TopicStatus.Voting },
  [TopicAction.CloseBallot]: { from: [TopicStatus.Voting], to: TopicStatus.Decided },
};

export function topicTransition(action: TopicAction): { from: readonly TopicStatus[]; to: TopicStatus } {
  return TOPIC_TRANSITIONS[action];
}

/** Residents discuss a topic from its acceptance until its ballot closes. */
export const TOPIC_OPEN_FOR_COMMENT: readonly TopicStatus[] = [TopicStatus.Discussing, TopicStatus.Voting];

export function isTopicOpenForComment(status: TopicStatus): boolean {
  return TOPIC_OPEN_FOR_COMMENT.includes(status);
}

/** What everyone in the community sees; a topic awaiting review or declined is its proposer's and the overseers' only. */
export const PUBLIC_TOPIC_STATUSES: readonly TopicStatus[] = [TopicStatus.Discussing, TopicStatus.Voting, TopicStatus.Decided];

/**
 * Who may add photos to a topic: its proposer until the secretary reviews it (what they saw),
 * the secretary while it is awaiting review or open (the state of things as deliberation goes on).
 */
export function mayAddTopicPhotos(status: TopicStatus, viewer: { isProposer: boolean; isManager: boolean }): boolean {
  if (viewer.isManager && (status === TopicStatus.Proposed || isTopicOpenForComment(status))) return true;
  return viewer.isProposer && status === TopicStatus.Proposed;
}

export enum DecisionAction {
  /** The work is reported finished: an acceptance vote is scheduled. */
  RequestAcceptance = 'request_acceptance',
  /** The acceptance vote passed. */
  Accept = 'accept',
  /** The acceptance vote failed: back to work. */
  Reject = 'reject',
}

const DECISION_TRANSITIONS: Record<DecisionAction, { from: readonly DecisionStatus[]; to: DecisionStatus }> = {
  [DecisionAction.RequestAcceptance]: { from: [DecisionStatus.InProgress], to: DecisionStatus.AwaitingAcceptance },
  [DecisionAction.Accept]: { from: [DecisionStatus.AwaitingAcceptance], to: DecisionStatus.Accepted },
  [DecisionAction.Reject]: { from: [DecisionStatus.AwaitingAcceptance], to: DecisionStatus.InProgress },
};

export function decisionTransition(action: DecisionAction): { from: readonly DecisionStatus[]; to: DecisionStatus } {
  return DECISION_TRANSITIONS[action];
}

/** Where a ballot stands at `now` (epoch ms). */
export function ballotPhase(status: BallotStatus, opensAt: number, closesAt: number, now: number): BallotPhase {
  if (status === BallotStatus.Closed) return BallotPhase.Closed;
  if (now < opensAt) return BallotPhase.Upcoming;
  if (now < closesAt) return BallotPhase.Voting;
  return BallotPhase.Counting;
}

/**
 * The secretary may close a ballot once its time is up, or early when everyone on the roll has
 * voted (nothing left to wait for). Closing any earlier would cut voters off.
 */
export function canCloseBallot(status: BallotStatus, closesAt: number, now: number, votesCast: number, electorateCount: number): boolean {
  if (status === BallotStatus.Closed) return false;
  return now >= closesAt || (electorateCount > 0 && votesCast >= electorateCount);
}

export interface BallotPlan {
  rule: BallotRule;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  optionsForm: BallotOptionsForm;
  choices: readonly string[];
  secret: boolean;
  allowChange: boolean;
  opensAt: number;
  closesAt: number;
}

export type BallotPlanProblem =
  | 'closes_before_opens'
  | 'closes_in_past'
  | 'too_long'
  | 'matter_required'
  | 'matter_not_allowed'
  | 'owners_yes_no_only'
  | 'owners_not_secret'
  | 'secret_no_change'
  | 'bad_quorum'
  | 'quorum_not_allowed'
  | 'choices_count'
  | 'choices_duplicate';

export const BALLOT_PLAN_PROBLEM_TEXT: Record<BallotPlanProblem, string> = {
  closes_before_opens: '结束时间必须晚于开始时间',
  closes_in_past: '结束时间必须在将来',
  too_long: `投票期最长 ${DELIBERATION_DEFAULTS.maxBallotDays} 天`,
  matter_required: '业主共同决定须选择事项类型（一般事项或重大事项）',
  matter_not_allowed: '只有业主共同决定需要选择事项类型',
  owners_yes_no_only: '业主共同决定只能设“同意/反对/弃权”',
  owners_not_secret: '业主共同决定须实名表决，不能设为无记名投票',
  secret_no_change: '无记名投票一经投出不能更改',
  bad_quorum: '参与率门槛须在 0 到 1 之间',
  quorum_not_allowed: '业主共同决定的参与门槛由法律规定，不能另设',
  choices_count: `候选项须为 ${DELIBERATION_DEFAULTS.minChoices} 到 ${DELIBERATION_DEFAULTS.maxChoices} 个`,
  choices_duplicate: '候选项不能重复',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first thing wrong with a ballot plan, or null. Checked before anything is written. */
export function ballotPlanProblem(plan: BallotPlan, now: number): BallotPlanProblem | null {
  if (plan.closesAt <= plan.opensAt) return 'closes_before_opens';
  if (plan.closesAt <= now) return 'closes_in_past';
  if (plan.closesAt - Math.max(plan.opensAt, now) > DELIBERATION_DEFAULTS.maxBallotDays * DAY_MS) return 'too_long';
  const owners = plan.rule === BallotRule.OwnersArt278;
  if (owners && !plan.matter) return 'matter_required';
  if (!owners && plan.matter) return 'matter_not_allowed';
  if (owners && plan.optionsForm !== BallotOptionsForm.YesNoAbstain) return 'owners_yes_no_only';
  if (owners && plan.secret) return 'owners_not_secret';
  if (owners && plan.quorum) return 'quorum_not_allowed';
  if (plan.secret && plan.allowChange) return 'secret_no_change';
  if (plan.quorum && !(plan.quorum.denominator > 0 && plan.quorum.numerator > 0 && plan.quorum.numerator <= plan.quorum.denominator)) return 'bad_quorum';
  if (plan.optionsForm === BallotOptionsForm.Choices) {
    const labels = plan.choices.map((c) => c.trim());
    if (labels.length < DELIBERATION_DEFAULTS.minChoices || labels.length > DELIBERATION_DEFAULTS.maxChoices) return 'choices_count';
    if (new Set(labels).size !== labels.length) return 'choices_duplicate';
  }
  return null;
}

export interface BallotRuleFacts {
  rule: BallotRule;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  threshold: Fraction | null;
  secret: boolean;
  allowChange: boolean;
}

/** The rule in plain words, shown on the ballot before anyone votes: who votes, what counts, what passes. */
export function describeBallotRule(facts: BallotRuleFacts): string[] {
  const lines: string[] = [];
  switch (facts.rule) {
    case BallotRule.Simple:
      lines.push('范围内的成年居民每人一票。');
      lines.push('某一选项获得超过半数的有效票即通过；弃权票计入投票总数，但不算赞成，正好一半不算通过。');
      break;
    case BallotRule.Household:
      lines.push('一户一票：同户成员中第一位投票的人代表全户投票，其他成员可以看到本户已投票。');
      lines.push('某一选项获得超过半数的户数即通过；弃权计入投票总数，正好一半不算通过。');
      break;
    case BallotRule.OwnersArt278: {
      const major = facts.matter === Art278Matter.Major;
      lines.push('按《民法典》第二百七十八条由业主共同决定：按专有部分面积和业主人数双重计算。');
      lines.push('一人拥有多套房屋按一人计算，面积合并；开发商未出售或未交付的房屋合计按一人计算。');
      lines.push('参与表决的业主须同时达到专有部分面积三分之二以上、人数三分之二以上，否则表决不成立。');
      lines.push(
        major
          ? '本事项属于筹集维修资金、改建重建或改变共有部分用途：须经参与表决面积四分之三以上且参与表决人数四分之三以上的业主同意（恰好四分之三即通过）。'
          : '须经参与表决面积过半数且参与表决人数过半数的业主同意（恰好一半不算通过）。',
      );
      break;
    }
    case BallotRule.Acceptance: {
      const threshold = facts.threshold ?? DELIBERATION_DEFAULTS.acceptanceThreshold;
      lines.push('民意验收：范围内的成年居民每人一票，评价“满意”或“不满意”。');
      lines.push(`“满意”达到投票总数的${fractionText(threshold)}以上即验收通过，否则退回继续整改。`);
      break;
    }
  }
  if (facts.quorum) lines.push(`参与投票须达到全体有投票资格者的${fractionText(facts.quorum)}以上，否则表决不成立。`);
  lines.push(facts.secret ? '无记名投票：任何人（包括社区书记和管理员）都看不到谁投了什么。' : '记名投票。');
  lines.push(facts.allowChange ? '截止前可以修改投票，以最后一次为准。' : '投票一经提交不能修改。');
  lines.push('投票结束前不公布结果；结束后公布得票和参与率，任何有投票资格的人都可以下载匿名票据自行核算。');
  return lines;
}
