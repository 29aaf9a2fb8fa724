import { WishStatus as S } from '../wishes';
import {
  isAcceptableWantedBy,
  isOnWall,
  isWishParty,
  isWithinValueCap,
  nextWishStatus,
  pointsPerClaimer,
  WishAction as A,
  wishConflict,
  wishSources,
  wishTarget,
} from './wish-state';

describe('wish state machine', () => {
  const table: [S, A, S | null][] = [
    [S.PendingReview, A.Approve, S.Open],
    [S.PendingReview, A.Reject, S.Rejected],
    [S.PendingReview, A.Withdraw, S.Withdrawn],
    [S.PendingReview, A.Claim, null],
    [S.Open, A.Approve, null],
    [S.Open, A.Withdraw, S.Withdrawn],
    [S.Open, A.Claim, S.Claimed],
    [S.Open, A.Fulfil, null],
    [S.Open, A.Confirm, null],
    [S.Claimed, A.Claim, null],
    [S.Claimed, A.Withdraw, null],
    [S.Claimed, A.CancelClaim, S.Open],
    [S.Claimed, A.Release, S.Open],
    [S.Claimed, A.Reassign, S.Claimed],
    [S.Claimed, A.Fulfil, S.Fulfilled],
    [S.Claimed, A.Confirm, null],
    [S.Fulfilled, A.Confirm, S.Confirmed],
    [S.Fulfilled, A.CancelClaim, null],
    [S.Fulfilled, A.Release, null],
    [S.Fulfilled, A.Fulfil, null],
    [S.Confirmed, A.Confirm, null],
    [S.Confirmed, A.Claim, null],
    [S.Rejected, A.Approve, null],
    [S.Withdrawn, A.Approve, null],
    [S.Withdrawn, A.Claim, null],
  ];
  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(nextWishStatus(from, action)).toBe(to);
  });

  it('agrees with the sources and targets used in the conditional updates', () => {
    for (const action of Object.values(A)) {
      for (const status of Object.values(S)) {
        expect(nextWishStatus(status, action)).toBe(wishSources(action).includes(status) ? wishTarget(action) : null);
      }
    }
  });

  it.each([
    [A.Claim, S.Claimed, 'WISH_ALREADY_CLAIMED'],
    [A.Claim, S.Confirmed, 'WISH_ALREADY_CLAIMED'],
    [A.Claim, S.Withdrawn, 'WISH_WITHDRAWN'],
    [A.Claim, S.PendingReview, 'WISH_WRONG_STATE'],
    [A.Approve, S.Open, 'WISH_ALREADY_REVIEWED'],
    [A.Withdraw, S.Claimed, 'WISH_WITHDRAW_AFTER_CLAIM'],
    [A.Confirm, S.Claimed, 'WISH_WRONG_STATE'],
  ])('%s on a %s wish reports %s', (action, status, code) => {
    expect(wishConflict(action, status)).toBe(code);
  });

  it.each([
    [S.PendingReview, false],
    [S.Rejected, false],
    [S.Withdrawn, false],
    [S.Open, true],
    [S.Claimed, true],
    [S.Fulfilled, true],
    [S.Confirmed, true],
  ])('%s on the public wall: %s', (status, shown) => {
    expect(isOnWall(status)).toBe(shown);
  });

  it.each([
    [0, 50_000, true],
    [50_000, 50_000, true],
    [50_001, 50_000, false],
    [-1, 50_000, false],
    [12.5, 50_000, false],
  ])('value %d fen under a cap of %d: %s', (value, cap, ok) => {
    expect(isWithinValueCap(value, cap)).toBe(ok);
  });

  it.each([
    [10, 1, 10],
    [10, 2, 5],
    [10, 3, 3],
    [10, 5, 2],
    [3, 5, 1],
    [10, 0, 0],
    [0, 1, 0],
    [0, 3, 0],
  ])('%d points over %d claimers gives %d each', (points, claimers, each) => {
    expect(pointsPerClaimer(points, claimers)).toBe(each);
  });

  it.each([
    ['2026-11-22', true],
    ['2026-11-21', false],
    ['2027-11-22', true],
    ['2027-11-23', false],
    ['2026-02-30', false],
    ['2026-11-2', false],
  ])('wanted by %s, asked on 2026-11-22: %s', (date, ok) => {
    expect(isAcceptableWantedBy(date, '2026-11-22')).toBe(ok);
  });

  const agentPosted = { postedBy: 'grid', beneficiaryUserId: 'elder', agentUserId: 'grid' };
  const selfPosted = { postedBy: 'elder', beneficiaryUserId: 'elder', agentUserId: null };
  it.each([
    [agentPosted, 'grid', true],
    [agentPosted, 'elder', true],
    [agentPosted, 'member', false],
    [selfPosted, 'elder', true],
    [selfPosted, 'grid', false],
  ])('%o: %s is a party to the wish: %s', (wish, user, party) => {
    expect(isWishParty(wish, user)).toBe(party);
  });
});
