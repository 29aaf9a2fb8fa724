import { RegistrationStatus as S } from '../reporting';
import {
  nextRegistrationStatus,
  RegistrationAction as A,
  registrationConflict,
  registrationSlot,
  registrationSources,
  registrationTarget,
} from './registration-state';

describe('registration state machine', () => {
  it.each([
    [S.Pending, A.Approve, S.Approved],
    [S.Pending, A.Reject, S.Rejected],
    [S.Pending, A.Withdraw, S.Withdrawn],
    [S.Pending, A.Supersede, null],
    [S.Approved, A.Approve, null],
    [S.Approved, A.Reject, null],
    [S.Approved, A.Withdraw, null],
    [S.Approved, A.Supersede, S.Ended],
    [S.Rejected, A.Approve, null],
    [S.Rejected, A.Reject, null],
    [S.Rejected, A.Withdraw, null],
    [S.Rejected, A.Supersede, null],
    [S.Withdrawn, A.Approve, null],
    [S.Withdrawn, A.Reject, null],
    [S.Withdrawn, A.Withdraw, null],
    [S.Withdrawn, A.Supersede, null],
    [S.Ended, A.Approve, null],
    [S.Ended, A.Reject, null],
    [S.Ended, A.Withdraw, null],
    [S.Ended, A.Supersede, null],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextRegistrationStatus(from, action)).toBe(to);
  });

  it('gives the conditional update the same sources and target as the table', () => {
    for (const action of Object.values(A)) {
      for (const status of Object.values(S)) {
        const allowed = registrationSources(action).includes(status);
        expect(nextRegistrationStatus(status, action)).toBe(allowed ? registrationTarget(action) : null);
      }
    }
  });

  it.each([
    [S.Withdrawn, 'REGISTRATION_WITHDRAWN'],
    [S.Approved, 'REGISTRATION_ALREADY_DECIDED'],
    [S.Rejected, 'REGISTRATION_ALREADY_DECIDED'],
    [S.Ended, 'REGISTRATION_NOT_ACTIVE'],
  ])('a %s registration reports %s', (status, code) => {
    expect(registrationConflict(status)).toBe(code);
  });

  it.each([
    [S.Pending, 'pending'],
    [S.Approved, 'approved'],
    [S.Rejected, null],
    [S.Withdrawn, null],
    [S.Ended, null],
  ])('a %s registration holds the %s slot', (status, slot) => {
    expect(registrationSlot(status)).toBe(slot);
  });
});
