import { WishStatus } from '../wishes';
import { addDaysToDate, isCalendarDate } from './calendar';

/** Everything that moves a wish. Each becomes one conditional UPDATE on (id, status). */
export enum WishAction {
  Approve = 'approve',
  Reject = 'reject',
  /** The poster takes the wish back before anyone claims it. */
  Withdraw = 'withdraw',
  Claim = 'claim',
  /** The claimer gives the wish back to the wall. */
  CancelClaim = 'cancel_claim',
  /** The deadline sweep gives an overdue claim back to the wall. */
  Release = 'release',
  /** The secretary hands a claimed wish to another claimer. */
  Reassign = 'reassign',
  /** The claimer reports it done, with proof. */
  Fulfil = 'fulfil',
  /** The beneficiary (or their agent, or after the deadline the grid worker or secretary) confirms receipt. */
  Confirm = 'confirm',
}

const S = WishStatus;
const TRANSITIONS: Record<WishAction, { from: readonly WishStatus[]; to: WishStatus }> = {
  [WishAction.Approve]: { from: [S.PendingReview], to: S.Open },
  [WishAction.Reject]: { from: [S.PendingReview], to: S.Rejected },
  [WishAction.Withdraw]: { from: [S.PendingReview, S.Open], to: S.Withdrawn },
  [WishAction.Claim]: { from: [S.Open], to: S.Claimed },
  [WishAction.CancelClaim]: { from: [S.Claimed], to: S.Open },
  [WishAction.Release]: { from: [S.Claimed], to: S.Open },
  [WishAction.Reassign]: { from: [S.Claimed], to: S.Claimed },
  [WishAction.Fulfil]: { from: [S.Claimed], to: S.Fulfilled },
  [WishAction.Confirm]: { from: [S.Fulfilled], to: S.Confirmed },
};

export function wishSources(action: WishAction): readonly WishStatus[] {
  return TRANSITIONS[action].from;
}

export function wishTarget(action: WishAction): WishStatus {
  return TRANSITIONS[action].to;
}

export function nextWishStatus(status: WishStatus, action: WishAction): WishStatus | null {
  return TRANSITIONS[action].from.includes(status) ? TRANSITIONS[action].to : null;
}

/** The error a caller gets when the wish was not in a state the action accepts. */
export function wishConflict(action: WishAction, status: WishStatus): WishConflictCode {
  if (action === WishAction.Claim && (status === S.Claimed || status === S.Fulfilled || status === S.Confirmed)) return 'WISH_ALREADY_CLAIMED';
  if (status === S.Withdrawn) return 'WISH_WITHDRAWN';
  if (action === WishAction.Approve || action === WishAction.Reject) return 'WISH_ALREADY_REVIEWED';
  if (action === WishAction.Withdraw) return 'WISH_WITHDRAW_AFTER_CLAIM';
  return 'WISH_WRONG_STATE';
}

export type WishConflictCode = 'WISH_ALREADY_CLAIMED' | 'WISH_WITHDRAWN' | 'WISH_ALREADY_REVIEWED' | 'WISH_WITHDRAW_AFTER_CLAIM' | 'WISH_WRONG_STATE';

/** Live wishes are visible on the public wall; the rest only to the people involved. */
export const WALL_STATUSES: readonly WishStatus[] = [S.Open, S.Claimed, S.Fulfilled, S.Confirmed];

export function isOnWall(status: WishStatus): boolean {
  return WALL_STATUSES.includes(status);
}

/** A value (in fen) a community accepts: positive and at most its cap. */
export function isWithinValueCap(valueFen: number, capFen: number): boolean {
  return Number.isInteger(valueFen) && valueFen >= 0 && valueFen <= capFen;
}

/**
 * Points per claimer when a wish is confirmed: the wish's points shared by the claimer and
 * co-claimers, rounded down, at least 1 each. Group claims (帮帮团) split the credit fairly.
 * A community that gives no points for wishes (0) gives none to anyone.
 */
export function pointsPerClaimer(points: number, claimers: number): number {
  if (claimers <= 0 || points <= 0) return 0;
  return Math.max(1, Math.floor(points / claimers));
}

/** How far ahead a wish may ask for help: micro-wishes are for the coming year, not later. */
export const WANTED_BY_MAX_DAYS = 365;

/** A wanted-by date (YYYY-MM-DD) is a real date from today (Shanghai) up to a year ahead. */
export function isAcceptableWantedBy(wantedBy: string, today: string): boolean {
  return isCalendarDate(wantedBy) && wantedBy >= today && wantedBy <= addDaysToDate(today, WANTED_BY_MAX_DAYS);
}

/** The people on the asking side of a wish. */
export interface WishParties {
  postedBy: string;
  beneficiaryUserId: string;
  agentUserId: string | null;
}

/**
 * Whether someone is on the asking side (poster, beneficiary or their agent): they see the private
 * view and add story photos, and may never claim or help with the wish themselves.
 */
export function isWishParty(wish: WishParties, userId: string): boolean {
  return userId === wish.postedBy || userId === wish.beneficiaryUserId || (wish.agentUserId !== null && userId === wish.agentUserId);
}
