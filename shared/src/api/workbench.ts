/** The kinds of work waiting for a community's secretary (待办), one approval queue across every job. */
export enum QueueKind {
  WishReview = 'wish_review',
  MemberRegistration = 'member_registration',
  UnitRegistration = 'unit_registration',
  ShiftHours = 'shift_hours',
  TopicReview = 'topic_review',
  CommentReport = 'comment_report',
  /** A wish or topic residents reported (hide or dismiss). */
  ContentReport = 'content_report',
  /** An uploaded photo no machine could judge: a person passes or refuses it. */
  PhotoReview = 'photo_review',
  /** A fulfilled wish its resident did not confirm in time: the grid worker or secretary confirms in their place. */
  WishConfirm = 'wish_confirm',
  /** A person asked to join a household and the register did not vouch for them: the grid worker or secretary decides. */
  JoinRequest = 'join_request',
}

export const QUEUE_KIND_LABELS: Record<QueueKind, string> = {
  [QueueKind.WishReview]: '心愿审核',
  [QueueKind.MemberRegistration]: '党员报到',
  [QueueKind.UnitRegistration]: '单位报到',
  [QueueKind.ShiftHours]: '确认时长',
  [QueueKind.TopicReview]: '议题受理',
  [QueueKind.CommentReport]: '被举报的评论',
  [QueueKind.ContentReport]: '被举报的内容',
  [QueueKind.PhotoReview]: '照片审核',
  [QueueKind.WishConfirm]: '待代确认',
  [QueueKind.JoinRequest]: '入户申请',
};

/**
 * Kinds that may be approved many at a time: approving them as they stand is what the secretary
 * would do one by one. Topics and reported comments, reported content and photos need a judgement each (accept with a scope,
 * decline or hide with a reason), so they are never bulk-approved.
 */
export const BULK_APPROVABLE_KINDS: readonly QueueKind[] = [
  QueueKind.WishReview,
  QueueKind.MemberRegistration,
  QueueKind.UnitRegistration,
  QueueKind.ShiftHours,
];

export const QUEUE_LIMITS = { bulkMax: 50 } as const;

export interface QueueItemView {
  kind: QueueKind;
  /** The id of the wish, registration, shift claim, topic or comment. */
  id: string;
  /** Where it is handled when that is another page: the shift of a claim's hours, the topic of a reported comment; else null. */
  parentId: string | null;
  title: string;
  detail: string;
  /** When it started waiting (ISO). */
  waitingSince: string;
  bulkApprovable: boolean;
}

export interface QueuePageView {
  items: QueueItemView[];
  nextCursor: string | null;
}

export interface QueueCountsView {
  total: number;
  byKind: Record<QueueKind, number>;
}

export interface BulkApprovalResultView {
  kind: QueueKind;
  id: string;
  ok: boolean;
  /** The error code when this one was not approved (e.g. already decided by someone else). */
  code: string | null;
  message: string | null;
}

export interface BulkApprovalView {
  approved: number;
  failed: number;
  results: BulkApprovalResultView[];
}

/** One community's line on a street's dashboard (the street officer compares them). */
export interface DashboardCommunityView {
  communityId: string;
  name: string;
  members: number;
  units: number;
  wishesPosted: number;
  wishesFulfilled: number;
  serviceHours: number;
}

/** The figures a secretary (community) or a street officer (street) watches; wish, shift and ballot counts cover the last 12 months. */
export interface DashboardView {
  placeId: string;
  placeName: string;
  level: string;
  /** Approved Party members and units reported to the place (now). */
  members: number;
  units: number;
  wishes: { posted: number; claimed: number; fulfilled: number; medianDaysToFulfil: number | null };
  shifts: { held: number; serviceHours: number };
  ballots: { closed: number; turnout: number | null; acceptanceHeld: number; acceptancePassed: number; acceptanceRate: number | null };
  /** The 12 months of the series, oldest first ("YYYY-MM", Asia/Shanghai). */
  months: string[];
  series: { wishesPosted: number[]; wishesFulfilled: number[]; serviceHours: number[]; newMembers: number[] };
  /** Per community, for a street; empty for a community. */
  communities: DashboardCommunityView[];
}
