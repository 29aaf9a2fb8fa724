import {
  Art278Matter,
  BallotOptionKind,
  BallotPhase,
  BallotRule,
  DecisionList,
  DecisionStatus,
  Fraction,
  ScopeKind,
  TopicStatus,
  VoteChannel,
} from '../deliberation';
import type { BallotOutcome } from '../rules/ballot-tally';
import type { BallotTurnout } from '../rules/ballot-turnout';
import { MediaCheckStatus } from './content-safety';
import { PlaceRef } from './identity';

/** Who a topic or a ballot concerns: a place (community, grid, building) or named households. */
export interface ScopeView {
  kind: ScopeKind;
  /** The place, when kind is place. */
  place: PlaceRef | null;
  /** How many households, when kind is households. */
  householdCount: number | null;
  /** e.g. "东湖社区 · 1号楼" or "12 户". */
  label: string;
}

export interface TopicSummaryView {
  id: string;
  community: PlaceRef;
  title: string;
  status: TopicStatus;
  scope: ScopeView;
  /** Masked (王**) for residents; the secretary's own topics show 社区党组织. */
  proposerName: string;
  commentCount: number;
  /** The topic's ballot, once one is scheduled. */
  ballot: BallotSummaryView | null;
  createdAt: string;
}

/** A photo with a signed, expiring URL (images cannot send the bearer header). */
export interface DeliberationPhotoView {
  id: string;
  /** The photo, for a detail view or a preview. */
  url: string;
  /** The same photo small (≤ 480 px), for lists and cards. */
  thumbUrl: string;
  /** The content check: others see only passed photos; the uploader and the secretary see every one, a refused one no longer served. */
  check: MediaCheckStatus;
}

export interface TopicView extends TopicSummaryView {
  body: string;
  photos: DeliberationPhotoView[];
  /** The caller may add photos: the proposer before review, or the secretary while it is open. */
  canAddPhotos: boolean;
  declineReason: string | null;
  /** The caller lives in the scope (or runs the community) and the topic is open for discussion. */
  canComment: boolean;
  /** The caller is the community's secretary: review, ballots, hiding comments. */
  canManage: boolean;
  isMine: boolean;
  decision: DecisionItemSummaryView | null;
  /** Hidden by the secretary after reports: gone from the lists, shown to its proposer as 已隐藏 with the reason. */
  hidden: boolean;
  hiddenReason: string | null;
}

export interface CommentView {
  id: string;
  parentId: string | null;
  authorName: string;
  /** Written by the community's secretary (shown as 社区书记). */
  byOfficial: boolean;
  /** Null when hidden (except for the secretary, who sees what was hidden). */
  body: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  /** 待审核: WeChat was unsure of it, so only its author and the secretary see it until the secretary releases it. */
  held: boolean;
  reportedByMe: boolean;
  /** Reports so far: for the secretary only, 0 for others. */
  reportCount: number;
  isMine: boolean;
  createdAt: string;
  replies: CommentView[];
}

export interface BallotOptionView {
  id: string;
  kind: BallotOptionKind;
  label: string;
}

export interface BallotSummaryView {
  id: string;
  title: string;
  rule: BallotRule;
  phase: BallotPhase;
  opensAt: string;
  closesAt: string;
  /** Published only once the ballot has closed. */
  passed: boolean | null;
}

/** Where the caller stands on a ballot. */
export interface MyBallotView {
  /** On the electoral roll (themselves, their household, or as an owner). */
  eligible: boolean;
  /** Why not, in words, when not eligible. */
  ineligibleReason: string | null;
  /** For household and owner ballots: what the caller votes as (e.g. "1号楼 2单元 101 户"). */
  votesAs: string | null;
  /** An opaque key of the roll line shown here; send it with the vote (needed when the caller may vote as several). */
  voterKey: string | null;
  /** A vote has been cast for the caller's key (by them, or by a member of their household). */
  cast: boolean;
  castByMe: boolean;
  /** The option the caller chose: never on a secret ballot (the server does not know it). */
  optionId: string | null;
  /** The ballot is open and allows changing the vote, and this caller's vote is theirs to change. */
  canChange: boolean;
  /** How the vote for the caller's key came in (online, or a paper form recorded for them); null before it has. */
  channel: VoteChannel | null;
}

/** Votes by the way they came in: published with the result, never per vote. */
export interface VoteChannelCounts {
  online: number;
  paper: number;
}

export interface BallotView extends BallotSummaryView {
  topicId: string;
  decisionId: string | null;
  communityId: string;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  threshold: Fraction | null;
  secret: boolean;
  allowChange: boolean;
  options: BallotOptionView[];
  scope: ScopeView;
  /** Electors on the roll (people, households, or owners by headcount) and their exclusive area. */
  electorate: { count: number; areaHundredths: number };
  /** Plain sentences: who votes, what counts, what it takes to pass. */
  ruleStatements: string[];
  me: MyBallotView;
  /** Frozen at closing; null before (results are hidden until then, from everyone). */
  outcome: BallotOutcome | null;
  closedAt: string | null;
  /** The secretary may close it now: it is past its closing time, or everyone on the roll has voted. */
  canClose: boolean;
  /**
   * Who has taken part so far (headcount, and area on owners' ballots) and how far from the
   * participation bound: for those on the roll, the secretary and the community's grid workers; null for others.
   * Never carries a choice.
   */
  turnout: BallotTurnout | null;
  /** Votes online and on paper: published with the outcome, null before closing. */
  channels: VoteChannelCounts | null;
  /** The caller may record paper votes (the secretary, or a grid worker of the community) while the ballot is open. */
  canRecordPaper: boolean;
}

/** A line of the roll, for recording a paper vote: who, and whether their one vote is in. */
export interface BallotRollLineView {
  /** Send as voterKey with the paper vote. */
  voterKey: string;
  /** e.g. "张三" (a resident), "1号楼 1单元 101" (a household or a flat's owner). */
  label: string;
  voted: boolean;
  channel: VoteChannel | null;
}

export interface BallotRollPage {
  items: BallotRollLineView[];
  /** Lines matching the search, of which the first `limit` are listed. */
  total: number;
}

/** An uploaded photo of a signed paper form, not yet (or already) attached to a paper vote. */
export interface PaperFormView {
  id: string;
  /** Signed and expiring; the form is private evidence, never in a public view. */
  url: string;
}

/** A recorded paper vote as the secretary (every one) or its recorder (their own) sees it: who took part, never what they chose. */
export interface PaperVoteView {
  voterKey: string;
  label: string;
  recordedBy: string;
  recordedAt: string;
  form: PaperFormView;
}

/**
 * The anonymised votes of a closed ballot: enough to re-derive the outcome with tallyBallot,
 * and nothing that says who chose what. Votes are in a random, stable order.
 */
export interface BallotVotesExport {
  ballotId: string;
  title: string;
  rule: BallotRule;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  threshold: Fraction | null;
  options: BallotOptionView[];
  electorate: { count: number; areaHundredths: number };
  votes: { optionId: string; areaHundredths: number }[];
  outcome: BallotOutcome;
  /** How many votes came online and on paper: totals only, so no vote's channel can be told apart. */
  channels: VoteChannelCounts;
}

export interface MilestoneView {
  id: string;
  title: string;
  dueOn: string | null;
  doneAt: string | null;
}

export interface ProgressUpdateView {
  id: string;
  note: string;
  photos: DeliberationPhotoView[];
  authorName: string;
  createdAt: string;
}

export interface DecisionItemSummaryView {
  id: string;
  topicId: string;
  title: string;
  list: DecisionList;
  status: DecisionStatus;
  responsible: string | null;
  /** Milestones done / all. */
  milestonesDone: number;
  milestonesTotal: number;
  createdAt: string;
}

export interface DecisionItemView extends DecisionItemSummaryView {
  community: PlaceRef;
  milestones: MilestoneView[];
  updates: ProgressUpdateView[];
  /** The ballot that decided it, and the acceptance ballots held since, newest first. */
  decidedBy: BallotSummaryView;
  acceptanceBallots: BallotSummaryView[];
  canManage: boolean;
}
