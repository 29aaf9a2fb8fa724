import { ShiftClaimStatus as S } from '../posts';
import {
  blocksOverlap,
  holdsSeat,
  keepsShiftSlot,
  nextShiftClaimStatus,
  ShiftClaimAction as A,
  shiftClaimConflict,
  shiftClaimSources,
  shiftClaimTarget,
} from './post-claim-state';

describe('shift claim state machine', () => {
  const table: [S, A, S | null][] = [
    [S.Waiting, A.Promote, S.Confirmed],
    [S.Confirmed, A.Promote, null],
    [S.Waiting, A.Cancel, S.Cancelled],
    [S.Confirmed, A.Cancel, S.Cancelled],
    [S.CheckedIn, A.Cancel, null],
    [S.Cancelled, A.Cancel, null],
    [S.Waiting, A.Remove, S.Removed],
    [S.Confirmed, A.Remove, S.Removed],
    [S.CheckedIn, A.Remove, S.Removed],
    [S.NoShow, A.Remove, S.Removed],
    [S.Completed, A.Remove, null],
    [S.Removed, A.Remove, null],
    [S.Confirmed, A.CheckIn, S.CheckedIn],
    [S.Waiting, A.CheckIn, null],
    [S.CheckedIn, A.CheckIn, null],
    [S.CheckedIn, A.CheckOut, S.CheckedOut],
    [S.Confirmed, A.CheckOut, null],
    [S.CheckedOut, A.CheckOut, null],
    [S.Confirmed, A.MarkNoShow, S.NoShow],
    [S.CheckedIn, A.MarkNoShow, null],
    [S.Waiting, A.MarkNoShow, null],
    [S.Waiting, A.Lapse, S.Lapsed],
    [S.Confirmed, A.Lapse, null],
    [S.CheckedOut, A.ConfirmHours, S.Completed],
    [S.CheckedIn, A.ConfirmHours, null],
    [S.NoShow, A.ConfirmHours, null],
    [S.Completed, A.ConfirmHours, null],
    [S.CheckedIn, A.AdjustHours, S.Completed],
    [S.CheckedOut, A.AdjustHours, S.Completed],
    [S.NoShow, A.AdjustHours, S.Completed],
    [S.Completed, A.AdjustHours, null],
    [S.Confirmed, A.AdjustHours, null],
    [S.Waiting, A.CancelShift, S.ShiftCancelled],
    [S.Confirmed, A.CancelShift, S.ShiftCancelled],
    [S.CheckedIn, A.CancelShift, null],
  ];
  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(nextShiftClaimStatus(from, action)).toBe(to);
  });

  it('agrees with the sources and targets used in the conditional updates', () => {
    for (const action of Object.values(A)) {
      for (const status of Object.values(S)) {
        expect(nextShiftClaimStatus(status, action)).toBe(shiftClaimSources(action).includes(status) ? shiftClaimTarget(action) : null);
      }
    }
  });

  it.each([
    [A.CheckIn, S.Waiting, 'SHIFT_CLAIM_WAITING'],
    [A.CheckIn, S.CheckedIn, 'SHIFT_ALREADY_CHECKED_IN'],
    [A.CheckIn, S.Cancelled, 'SHIFT_CLAIM_ENDED'],
    [A.CheckOut, S.Confirmed, 'SHIFT_NOT_CHECKED_IN'],
    [A.CheckOut, S.Waiting, 'SHIFT_NOT_CHECKED_IN'],
    [A.CheckOut, S.CheckedOut, 'SHIFT_ALREADY_CHECKED_OUT'],
    [A.ConfirmHours, S.Completed, 'SHIFT_HOURS_ALREADY_CONFIRMED'],
    [A.AdjustHours, S.Completed, 'SHIFT_HOURS_ALREADY_CONFIRMED'],
    [A.ConfirmHours, S.CheckedIn, 'SHIFT_HOURS_NOT_READY'],
    [A.ConfirmHours, S.Removed, 'SHIFT_CLAIM_ENDED'],
    [A.Cancel, S.CheckedIn, 'SHIFT_CLAIM_WRONG_STATE'],
    [A.Cancel, S.Cancelled, 'SHIFT_CLAIM_ENDED'],
    [A.Remove, S.Removed, 'SHIFT_CLAIM_ENDED'],
  ])('%s on a %s claim reports %s', (action, status, code) => {
    expect(shiftClaimConflict(action, status)).toBe(code);
  });

  it.each([
    [S.Waiting, false, true, true],
    [S.Confirmed, true, true, true],
    [S.CheckedIn, true, true, true],
    [S.CheckedOut, true, true, true],
    [S.NoShow, true, true, true],
    [S.Completed, true, true, true],
    [S.Cancelled, false, false, false],
    [S.Removed, false, true, false],
    [S.Lapsed, false, true, false],
    [S.ShiftCancelled, false, false, false],
  ])('%s: holds a seat %s, keeps the slot %s, blocks overlapping shifts %s', (status, seat, slot, busy) => {
    expect([holdsSeat(status), keepsShiftSlot(status), blocksOverlap(status)]).toEqual([seat, slot, busy]);
  });
});
