import { Injectable } from '@nestjs/common';
import {
  hasRequiredSkills,
  holdsAnyOf,
  isClaimOpen,
  PostKind,
  RegistrationStatus,
  Role,
  ShiftClaimStatus,
  ShiftClaimView,
  ShiftStatus,
  Skill,
} from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { KeyedCombiner, Settled } from '../common/concurrency/keyed-combiner';
import { DomainError } from '../common/errors/domain-error';
import { isRetriable, isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { columnValue, hydrate, insertRow, insertRows, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { PostEvent } from './post-event.entity';
import { PostViews } from './post-views';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import {
  hasOverlappingClaim,
  liveClaimsOn,
  lockMember,
  lockMembers,
  lockShift,
  membersWithOverlappingClaims,
  nextWaitingPosition,
  takeSeat,
  takeSeats,
} from './shift-seats';

/** Who may claim a shift: an approved double-reported party member of the post's community. */
const CLAIMER_ROLES = [Role.PartyMember];

/** Claims on one shift combined into one transaction at most; bounds the statement's parameters. */
const MAX_CLAIMS_TOGETHER = 50;

export interface ClaimResult {
  claim: ShiftClaimView;
  /** False when the member already had this claim (a retried request): nothing new was written. */
  created: boolean;
}

/** Thrown inside a seat transaction to roll it back whole when the conditional UPDATE found too few seats. */
class TooFewSeats extends Error {}

/** Thrown inside a waiting-list transaction to roll it back whole when the locked shift has a free seat after all. */
class SeatFree extends Error {}

/** A claim needs an open shift inside its claim window. */
function assertClaimable(shift: PostShift, now: Date): void {
  if (shift.status !== ShiftStatus.Open) throw new DomainError('SHIFT_CANCELLED');
  if (!isClaimOpen(shift.kind, { startsAt: shift.startsAt.getTime(), endsAt: shift.endsAt.getTime() }, now.getTime())) throw new DomainError('SHIFT_CLOSED');
}

const failed = (error: unknown): Settled<never> => ({ ok: false, error });

async function settle<T>(work: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Members claiming shifts: a seat, or a place on the waiting list when the shift is full.
 *
 * Claims on one shift that arrive while an earlier claim on it is being written are combined, and
 * written together in one transaction (KeyedCombiner): a popular post opening at 9:00 has
 * hundreds of members on one shift row, and one transaction per claim would spend the server on
 * per-statement costs and queue every claim on that row. Each member still gets their own
 * answer, and every rule is still decided by the database: the seats by one conditional UPDATE
 * for all of them, one live claim per member and shift by the unique key. Whatever does not fit
 * the combined path (too few seats left, a race with another server) is claimed one at a time.
 */
@Injectable()
export class ShiftClaimingService {
  private readonly combiner = new KeyedCombiner<string, string, ClaimResult>(
    (shiftId, memberIds) => this.claimTogether(shiftId, memberIds),
    MAX_CLAIMS_TOGETHER,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly views: PostViews,
  ) {}

  /**
   * `rolesHere` are the caller's roles over the shift's community, as the role-in-scope guard read
   * them. A retried claim returns the member's existing claim with `created: false`.
   */
  async claim(actorId: string, shiftId: string, rolesHere: ReadonlySet<Role>): Promise<ClaimResult> {
    if (!holdsAnyOf(rolesHere, CLAIMER_ROLES)) throw new DomainError('SHIFT_CLAIM_NOT_ALLOWED');
    return this.combiner.run(shiftId, actorId);
  }

  /** One answer per member, in order; a member twice in one batch (a double tap) gets the same claim, created once. */
  private async claimTogether(shiftId: string, memberIds: string[]): Promise<Settled<ClaimResult>[]> {
    const { shift, requiredSkills } = await this.shiftToClaim(shiftId);
    const now = new Date();
    assertClaimable(shift, now);
    const outcomes = new Map<string, Settled<ClaimResult>>();
    let candidates = [...new Set(memberIds)];
    if (requiredSkills.length > 0) {
      const skills = await this.skillsOf(candidates, shift.communityId);
      for (const member of candidates) {
        if (!hasRequiredSkills(skills.get(member) ?? [], requiredSkills))
          outcomes.set(member, failed(new DomainError('SHIFT_SKILLS_REQUIRED', { requiredSkills })));
      }
      candidates = candidates.filter((member) => !outcomes.has(member));
    }
    if (candidates.length > 0) {
      const together = shift.capacity - shift.confirmedCount >= candidates.length ? await this.seatTogether(shift, candidates, now) : null;
      if (together) for (const [member, outcome] of together) outcomes.set(member, outcome);
      else await this.claimOneByOne(shift, candidates, now, outcomes);
    }
    const answered = new Set<string>();
    return memberIds.map((member) => {
      const outcome = outcomes.get(member)!;
      const again = answered.has(member);
      answered.add(member);
      return again && outcome.ok ? { ok: true, value: { ...outcome.value, created: false } } : outcome;
    });
  }

  /**
   * Seats every member in one transaction, or returns null having written nothing (too few seats
   * once locked, or a race another server won: a duplicate key, or a deadlock or certification conflict that
   * outlasted the runner's retries, rolls it back whole).
   * In lock order: the members' rows (serialising each member's claims, so the overlap check is
   * sound), then the history lines and audit records, then the seats by one conditional UPDATE on
   * the shift row, then the claim rows, so the contended shift row is locked only for the claim
   * INSERT and the COMMIT.
   */
  private async seatTogether(shift: PostShift, members: string[], now: Date): Promise<Map<string, Settled<ClaimResult>> | null> {
    let existing: Map<string, { id: string; status: ShiftClaimStatus }>;
    let outcomes: Map<string, Settled<ClaimResult>>;
    try {
      ({ existing, outcomes } = await this.transactions.run(async (manager) => {
        const outcomes = new Map<string, Settled<ClaimResult>>();
        const names = await lockMembers(manager, members);
        for (const member of members) if (!names.has(member)) outcomes.set(member, failed(new DomainError('AUTH_USER_NOT_FOUND')));
        let rest = members.filter((member) => names.has(member));
        const existing = await liveClaimsOn(manager, shift.id, rest);
        rest = rest.filter((member) => !existing.has(member));
        if (shift.kind === PostKind.Shift && rest.length > 0) {
          const overlapping = await membersWithOverlappingClaims(manager, rest, shift);
          for (const member of overlapping) outcomes.set(member, failed(new DomainError('SHIFT_OVERLAP')));
          rest = rest.filter((member) => !overlapping.has(member));
        }
        if (rest.length === 0) return { existing, outcomes };
        const claims = rest.map((member) => this.newClaim(member, shift, ShiftClaimStatus.Confirmed, null, now));
        await this.recordClaims(manager, claims);
        // The seats are only taken if the shift still has the times the checks above used.
        if (!(await takeSeats(manager, shift.id, claims.length, { startsAt: shift.startsAt, endsAt: shift.endsAt }))) throw new TooFewSeats();
        await insertRows(manager, ShiftClaim, claims);
        for (const claim of claims)
          outcomes.set(claim.memberId, { ok: true, value: { claim: this.views.claimView(claim, shift, names.get(claim.memberId)!, null), created: true } });
        return { existing, outcomes };
      }));
    } catch (error) {
      if (error instanceof TooFewSeats || isUniqueViolation(error) || isRetriable(error)) return null;
      throw error;
    }
    for (const [member, claim] of existing) outcomes.set(member, await settle(() => this.answerExisting(claim)));
    return outcomes;
  }

  /** A retried claim gets the member's live claim back, unless the secretary removed them from this shift. */
  private async answerExisting(claim: { id: string; status: ShiftClaimStatus }): Promise<ClaimResult> {
    if (claim.status === ShiftClaimStatus.Removed) throw new DomainError('SHIFT_CLAIM_REMOVED');
    return { claim: await this.views.claimById(claim.id), created: false };
  }

  /**
   * Each member in their own transaction, in arrival order: a free seat the combined way if there
   * seems to be one, else the locked path; once one lands on the waiting list the rest join it
   * together (waitTogether), or one by one on the locked path if that cannot be done.
   */
  private async claimOneByOne(shift: PostShift, members: string[], now: Date, outcomes: Map<string, Settled<ClaimResult>>): Promise<void> {
    let full = shift.confirmedCount >= shift.capacity;
    for (const [i, member] of members.entries()) {
      if (full) {
        const rest = members.slice(i);
        const waiting = await this.waitTogether(shift.id, rest, now).catch((error: unknown) => new Map(rest.map((m) => [m, failed(error)])));
        for (const m of rest) outcomes.set(m, waiting?.get(m) ?? (await settle(() => this.claimLocked(m, shift.id, now))));
        return;
      }
      const outcome = await settle(async () => {
        const seated = (await this.seatTogether(shift, [member], now))?.get(member);
        if (!seated) return this.claimLocked(member, shift.id, now);
        if (!seated.ok) throw seated.error;
        return seated.value;
      });
      if (outcome.ok && outcome.value.claim.status === ShiftClaimStatus.Waiting) full = true;
      outcomes.set(member, outcome);
    }
  }

  /**
   * Puts members on a full shift's waiting list in one transaction: the locked path for many at
   * once, with one bump of the shift's counter for consecutive positions in arrival order. A
   * popular shift's waiting list is where claims from every server instance meet on one row; one
   * transaction per batch rather than per member keeps their collisions (on Galera, certification
   * conflicts that roll a whole transaction back) few. Returns null having written nothing when a
   * seat turned out free or another server raced it (a duplicate key): the locked path then decides.
   */
  private async waitTogether(shiftId: string, members: string[], now: Date): Promise<Map<string, Settled<ClaimResult>> | null> {
    let written: { claims: ShiftClaim[]; locked: PostShift; existing: Map<string, { id: string; status: ShiftClaimStatus }> };
    const outcomes = new Map<string, Settled<ClaimResult>>();
    try {
      written = await this.transactions.run(async (manager) => {
        outcomes.clear();
        const names = await lockMembers(manager, members);
        for (const member of members) if (!names.has(member)) outcomes.set(member, failed(new DomainError('AUTH_USER_NOT_FOUND')));
        const locked = await lockShift(manager, shiftId);
        assertClaimable(locked, now);
        if (locked.confirmedCount < locked.capacity) throw new SeatFree();
        let rest = members.filter((member) => names.has(member));
        const existing = await liveClaimsOn(manager, shiftId, rest);
        rest = rest.filter((member) => !existing.has(member));
        if (locked.kind === PostKind.Shift && rest.length > 0) {
          const overlapping = await membersWithOverlappingClaims(manager, rest, locked);
          for (const member of overlapping) outcomes.set(member, failed(new DomainError('SHIFT_OVERLAP')));
          rest = rest.filter((member) => !overlapping.has(member));
        }
        const claims: ShiftClaim[] = [];
        if (rest.length > 0) {
          const first = await nextWaitingPosition(manager, shiftId, rest.length);
          claims.push(...rest.map((member, i) => this.newClaim(member, locked, ShiftClaimStatus.Waiting, first + i, now)));
          await insertRows(manager, ShiftClaim, claims);
          await this.recordClaims(manager, claims);
        }
        return { claims, locked, existing };
      });
    } catch (error) {
      if (error instanceof SeatFree || isUniqueViolation(error) || isRetriable(error)) return null;
      throw error;
    }
    const views = await this.views.claims(written.claims, new Map([[shiftId, written.locked]]));
    views.forEach((claim) => outcomes.set(claim.memberId, { ok: true, value: { claim, created: true } }));
    for (const [member, claim] of written.existing) outcomes.set(member, await settle(() => this.answerExisting(claim)));
    return outcomes;
  }

  /**
   * The locked path: the shift row first, so what it reads is what it decides on; then a seat if
   * one is free after all, or the next waiting position from the shift's counter. A member who
   * already holds a claim here (a race the combined path lost) meets the unique key and gets it.
   */
  private async claimLocked(memberId: string, shiftId: string, now: Date): Promise<ClaimResult> {
    let claimId: string;
    try {
      // The claim, the seat or waiting position, its history line and the audit record commit together.
      claimId = await this.transactions.run(async (manager) => {
        await lockMember(manager, memberId);
        const locked = await lockShift(manager, shiftId);
        assertClaimable(locked, now);
        if (locked.kind === PostKind.Shift && (await hasOverlappingClaim(manager, memberId, locked))) throw new DomainError('SHIFT_OVERLAP');
        const seated = await takeSeat(manager, shiftId);
        const waitingPosition = seated ? null : await nextWaitingPosition(manager, shiftId);
        const claim = this.newClaim(memberId, locked, seated ? ShiftClaimStatus.Confirmed : ShiftClaimStatus.Waiting, waitingPosition, now);
        await insertRow(manager, ShiftClaim, claim);
        await this.recordClaims(manager, [claim]);
        return claim.id;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.dataSource.getRepository(ShiftClaim).findOne({ select: { id: true, status: true }, where: { shiftId, memberId, live: 1 } });
      if (!existing) throw error;
      return this.answerExisting(existing);
    }
    return { claim: await this.views.claimById(claimId), created: true };
  }

  private newClaim(memberId: string, shift: PostShift, status: ShiftClaimStatus, waitingPosition: number | null, now: Date): ShiftClaim {
    return Object.assign(new ShiftClaim(), {
      id: newId(),
      shiftId: shift.id,
      postId: shift.postId,
      communityId: shift.communityId,
      memberId,
      live: 1,
      status,
      waitingPosition,
      promotedAt: null,
      checkedInAt: null,
      checkedOutAt: null,
      checkInMethod: null,
      checkInDistanceM: null,
      confirmedMinutes: null,
      points: null,
      hoursConfirmedBy: null,
      hoursConfirmedAt: null,
      note: null,
      endedAt: null,
      codeTries: 0,
      codeTriesSince: null,
      createdAt: now,
      updatedAt: now,
    } satisfies ShiftClaim);
  }

  /** The claims' history lines and audit records, each kind in one statement. */
  private async recordClaims(manager: EntityManager, claims: ShiftClaim[]): Promise<void> {
    const seated = (claim: ShiftClaim) => claim.status === ShiftClaimStatus.Confirmed;
    await insertRows(
      manager,
      PostEvent,
      claims.map((claim) => ({
        id: newId(),
        postId: claim.postId,
        shiftId: claim.shiftId,
        claimId: claim.id,
        kind: seated(claim) ? 'claim' : 'join_waiting_list',
        actorId: claim.memberId,
        recipientId: null,
        note: seated(claim) ? null : `候补第 ${claim.waitingPosition} 位`,
      })),
    );
    await this.audit.recordAll(
      manager,
      claims.map((claim) => ({
        actorId: claim.memberId,
        action: 'post.shift.claim',
        targetType: 'shift_claim',
        targetId: claim.id,
        placeId: claim.communityId,
        after: { shiftId: claim.shiftId, seated: seated(claim), waitingPosition: claim.waitingPosition },
      })),
    );
  }

  /** The shift as last committed, with the skills its post requires, in one read. */
  private async shiftToClaim(shiftId: string): Promise<{ shift: PostShift; requiredSkills: Skill[] }> {
    const manager = this.dataSource.manager;
    const [row] = await selectRows<Record<string, unknown>>(
      manager,
      'SELECT s.*, p.required_skills FROM post_shift s JOIN post p ON p.id = s.post_id WHERE s.id = ?',
      [shiftId],
    );
    if (!row) throw new DomainError('SHIFT_NOT_FOUND');
    return { shift: hydrate(manager, PostShift, row), requiredSkills: columnValue(manager, Post, 'requiredSkills', row.required_skills) as Skill[] };
  }

  /** Skills (专长) from each member's approved double reporting to this community. */
  private async skillsOf(userIds: string[], communityId: string): Promise<Map<string, Skill[]>> {
    const registrations = await this.dataSource.getRepository(MemberRegistration).find({
      select: { id: true, userId: true, skills: true },
      where: { userId: In(userIds), communityId, status: RegistrationStatus.Approved },
    });
    return new Map(registrations.map((r) => [r.userId, r.skills]));
  }
}
