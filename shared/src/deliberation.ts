/** Neighbourhood deliberation and votes (邻里议事 / 事务共商 / 民意验收): topics, ballots, decisions. */

/** Where a topic stands: raised, taken up (or declined) by the secretary, put to a vote, decided. */
export enum TopicStatus {
  Proposed = 'proposed',
  Declined = 'declined',
  /** Accepted for deliberation: residents in scope discuss it. */
  Discussing = 'discussing',
  /** A ballot on it is scheduled or open. */
  Voting = 'voting',
  /** Its ballot closed; the outcome is published. */
  Decided = 'decided',
}

export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  [TopicStatus.Proposed]: '待受理',
  [TopicStatus.Declined]: '未受理',
  [TopicStatus.Discussing]: '议事中',
  [TopicStatus.Voting]: '表决中',
  [TopicStatus.Decided]: '已表决',
};

/** Who a topic (or a ballot's electorate) concerns: a place of the tree, or a set of households. */
export enum ScopeKind {
  Place = 'place',
  Households = 'households',
}

/**
 * How a ballot is counted, and so who votes:
 * - simple: adult residents, one vote each; an option wins with more than half of the votes cast;
 * - household: one vote per household (一户一票), cast by the first adult member to vote;
 * - owners_art278: the owners of exclusive units, Civil Code Art. 278 (area and headcount);
 * - acceptance: adult residents rate finished work (民意验收), satisfied share of the votes cast.
 */
export enum BallotRule {
  Simple = 'simple',
  Household = 'household',
  OwnersArt278 = 'owners_art278',
  Acceptance = 'acceptance',
}

export const BALLOT_RULE_LABELS: Record<BallotRule, string> = {
  [BallotRule.Simple]: '居民表决（过半数）',
  [BallotRule.Household]: '一户一票',
  [BallotRule.OwnersArt278]: '业主共同决定（民法典第278条）',
  [BallotRule.Acceptance]: '民意验收',
};

/**
 * Art. 278 matters: items 6–8 (raising maintenance funds, rebuilding or renovating buildings and
 * common facilities, changing the use of common parts or running a business on them) need 3/4;
 * every other joint matter needs more than half.
 */
export enum Art278Matter {
  Ordinary = 'ordinary',
  Major = 'major',
}

export const ART278_MATTER_LABELS: Record<Art278Matter, string> = {
  [Art278Matter.Ordinary]: '一般事项（过半数同意）',
  [Art278Matter.Major]: '重大事项：筹集维修资金、改建重建、改变共有部分用途（四分之三以上同意）',
};

/** The kinds of option a ballot offers. yes/no/abstain and satisfied/unsatisfied are fixed sets. */
export enum BallotOptionKind {
  Yes = 'yes',
  No = 'no',
  Abstain = 'abstain',
  Choice = 'choice',
  Satisfied = 'satisfied',
  Unsatisfied = 'unsatisfied',
}

export const BALLOT_OPTION_LABELS: Record<Exclude<BallotOptionKind, BallotOptionKind.Choice>, string> = {
  [BallotOptionKind.Yes]: '同意',
  [BallotOptionKind.No]: '反对',
  [BallotOptionKind.Abstain]: '弃权',
  [BallotOptionKind.Satisfied]: '满意',
  [BallotOptionKind.Unsatisfied]: '不满意',
};

/** The form a ballot's options take: 同意/反对/弃权, or 2–10 named choices. */
export enum BallotOptionsForm {
  YesNoAbstain = 'yes_no_abstain',
  Choices = 'choices',
}

/** A ballot is open from its opening time until it closes; at closing its outcome is frozen. */
export enum BallotStatus {
  Open = 'open',
  Closed = 'closed',
}

/** How a vote reached the count: cast in the app, or on a signed paper form recorded by the secretary or a grid worker (纸质表决 / 入户征询). */
export enum VoteChannel {
  Online = 'online',
  Paper = 'paper',
}

export const VOTE_CHANNEL_LABELS: Record<VoteChannel, string> = {
  [VoteChannel.Online]: '线上投票',
  [VoteChannel.Paper]: '纸质表决',
};

/** Where a ballot stands for the people looking at it (derived from its status and the clock). */
export enum BallotPhase {
  Upcoming = 'upcoming',
  Voting = 'voting',
  /** Past its closing time, the count not yet frozen (moments, until the closing sweep runs). */
  Counting = 'counting',
  Closed = 'closed',
}

export const BALLOT_PHASE_LABELS: Record<BallotPhase, string> = {
  [BallotPhase.Upcoming]: '未开始',
  [BallotPhase.Voting]: '投票中',
  [BallotPhase.Counting]: '计票中',
  [BallotPhase.Closed]: '已结束',
};

/** The "four lists" a decision is tracked in (需求/资源/项目/责任清单). */
export enum DecisionList {
  Need = 'need',
  Resource = 'resource',
  Project = 'project',
  Responsibility = 'responsibility',
}

export const DECISION_LIST_LABELS: Record<DecisionList, string> = {
  [DecisionList.Need]: '需求清单',
  [DecisionList.Resource]: '资源清单',
  [DecisionList.Project]: '项目清单',
  [DecisionList.Responsibility]: '责任清单',
};

export enum DecisionStatus {
  InProgress = 'in_progress',
  /** Work reported finished; the residents' acceptance vote is scheduled or open. */
  AwaitingAcceptance = 'awaiting_acceptance',
  Accepted = 'accepted',
}

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  [DecisionStatus.InProgress]: '推进中',
  [DecisionStatus.AwaitingAcceptance]: '民意验收中',
  [DecisionStatus.Accepted]: '已验收',
};

/** What a deliberation photo illustrates: a topic (the broken lamp), or a decision's progress (the new one). */
export enum DeliberationPhotoOwner {
  Topic = 'topic',
  Progress = 'progress',
}

/** An exact fraction (both integers, denominator > 0). */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export const DELIBERATION_DEFAULTS = {
  /** 民意验收: at least this share of the votes cast must be 满意. */
  acceptanceThreshold: { numerator: 2, denominator: 3 },
  /** Named choices on one ballot. */
  minChoices: 2,
  maxChoices: 10,
  /** The longest a ballot may stay open. */
  maxBallotDays: 60,
  /** Households named one by one in a scope. */
  maxScopeHouseholds: 5000,
  /** Points to a resident whose topic the secretary accepts for deliberation (积分制). */
  acceptedTopicPoints: 5,
  /** Photos on one topic or one progress update. */
  maxPhotos: 6,
  /** Replies shown under one comment. */
  maxRepliesShown: 100,
} as const;

export const DELIBERATION_TEXT_LIMITS = {
  topicTitle: 60,
  topicBody: 2000,
  comment: 500,
  reason: 200,
  choiceLabel: 40,
  decisionTitle: 60,
  responsible: 60,
  milestone: 60,
  progressNote: 1000,
} as const;
