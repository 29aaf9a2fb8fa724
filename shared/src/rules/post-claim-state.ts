import { ShiftClaimStatus } from '../posts';

/** Everything that moves a shift claim. Each becomes one conditional UPDATE on (id, status). */
export enum ShiftClaimAction {
  /** The first waiting member takes a seat that freed up. */
  Promote = 'promote',
  /** The member withdraws (a seat until the cancel cutoff, the waiting list until the start). */
  Cancel = 'cancel',
  /** The secretary takes the member off the shift, with a reason. */
  Remove = 'remove',
  CheckIn = 'check_in',
  CheckOut = 'check_out',
  /** The sweep after the end: held a seat, never checked in. */
  MarkNoShow = 'mark_no_show',
  /** The sweep after the end: the waiting list closes. */
  Lapse = 'lapse',
  /** The secretary confirms the hours computed from check-in and check-out. */
  ConfirmHours = 'confirm_hours',
  /** The secretary sets the hours by hand (forgotten check-out, broken phone), with a reason. */
  AdjustHours = 'adjust_hours',
  /** The shift itself is cancelled. */
  CancelShift = 'cancel_shift',
}

const S = ShiftClaimStatus;
const TRANSITIONS: Record<ShiftClaimAction, { from: readonly ShiftClaimStatus[]; to: ShiftClaimStatus }> = {
  [ShiftClaimAction.Promote]: { from: [S.Waiting], to: S.Confirmed },
  [ShiftClaimAction.Cancel]: { from: [S.Waiting, S.Confirmed], to: S.Cancelled },
  [ShiftClaimAction.Remove]: { from: [S.Waiting, S.Confirmed, S.CheckedIn, S.CheckedOut, S.NoShow], to: S.Removed },
  [ShiftClaimAction.CheckIn]: { from: [S.Confirmed], to: S.CheckedIn },
  [ShiftClaimAction.CheckOut]: { from: [S.CheckedIn], to: S.CheckedOut },
  [ShiftClaimAction.MarkNoShow]: { from: [S.Confirmed], to: S.NoShow },
  [ShiftClaimAction.Lapse]: { from: [S.Waiting], to: S.Lapsed },
  [ShiftClaimAction.ConfirmHours]: { from: [S.CheckedOut], to: S.Completed },
  [ShiftClaimAction.AdjustHours]: { from: [S.CheckedIn, S.CheckedOut, S.NoShow], to: S.Completed },
  [ShiftClaimAction.CancelShift]: { from: [S.Waiting, S.Confirmed], to: S.ShiftCancelled },
};

export function shiftClaimSources(action: ShiftClaimAction): readonly ShiftClaimStatus[] {
  return TRANSITIONS[action].from;
}

export function shiftClaimTarget(action: ShiftClaimAction): ShiftClaimStatus {
  return TRANSITIONS[action].to;
}

export function nextShiftClaimStatus(status: ShiftClaimStatus, action: ShiftClaimAction): ShiftClaimStatus | null {
  return TRANSITIONS[action].from.includes(status) ? TRANSITIONS[action].to : null;
}

/** Statuses counted in the shift's `confirmed_count`: the claim occupies one of the capacity's seats. */
const SEAT_HOLDING: readonly ShiftClaimStatus[] = [S.Confirmed, S.CheckedIn, S.CheckedOut, S.NoShow, S.Completed];

export function holdsSeat(status: ShiftClaimStatus): boolean {
  return SEAT_HOLDING.includes(status);
}

/**
 * Whether the claim keeps the member's one slot on the shift (the `live` column, unique per
 * shift and member). Only the member's own cancellation, or the shift's, gives it back; a member
 * the secretary removed cannot simply claim again.
 */
export function keepsShiftSlot(status: ShiftClaimStatus): boolean {
  return status !== S.Cancelled && status !== S.ShiftCancelled;
}

/** Claims that make the member busy for the shift's time, so no overlapping shift may be claimed. */
const BUSY: readonly ShiftClaimStatus[] = [S.Waiting, ...SEAT_HOLDING];

export function blocksOverlap(status: ShiftClaimStatus): boolean {
  return BUSY.includes(status);
}

export const BUSY_CLAIM_STATUSES = BUSY;

export type ShiftClaimConflictCode =
  | 'SHIFT_CLAIM_WAITING'
  | 'SHIFT_ALREADY_CHECKED_IN'
  | 'SHIFT_NOT_CHECKED_IN'
  | 'SHIFT_ALREADY_CHECKED_OUT'
  | 'SHIFT_HOURS_ALREADY_CONFIRMED'
  | 'SHIFT_HOURS_NOT_READY'
  | 'SHIFT_CLAIM_ENDED'
  | 'SHIFT_CLAIM_WRONG_STATE';

/** The error a caller gets when the claim was not in a state the action accepts. */
export function shiftClaimConflict(action: ShiftClaimAction, status: ShiftClaimStatus): ShiftClaimConflictCode {
  const ended = [S.Cancelled, S.Removed, S.Lapsed, S.ShiftCancelled].includes(status);
  switch (action) {
    case ShiftClaimAction.CheckIn:
      if (status === S.Waiting) return 'SHIFT_CLAIM_WAITING';
      if (status === S.CheckedIn || status === S.CheckedOut || status === S.Completed) return 'SHIFT_ALREADY_CHECKED_IN';
      break;
    case ShiftClaimAction.CheckOut:
      if (status === S.Confirmed || status === S.Waiting || status === S.NoShow) return 'SHIFT_NOT_CHECKED_IN';
      if (status === S.CheckedOut || status === S.Completed) return 'SHIFT_ALREADY_CHECKED_OUT';
      break;
    case ShiftClaimAction.ConfirmHours:
    case ShiftClaimAction.AdjustHours:
      if (status === S.Completed) return 'SHIFT_HOURS_ALREADY_CONFIRMED';
      if (!ended) return 'SHIFT_HOURS_NOT_READY';
      break;
  }
  return ended ? 'SHIFT_CLAIM_ENDED' : 'SHIFT_CLAIM_WRONG_STATE';
}
