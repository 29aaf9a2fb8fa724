import { pointsPerClaimer, PointsSource, shanghaiDateOf, WISH_DEFAULTS, WishStatus } from '@linli/shared';
import { City, Community } from './city';
import { DAY, HOUR, MINUTE, SeedContext } from './context';
import { Random } from './random';
import { bool, intOrNull, text, textOrNull, time, timeOrNull } from './sql';
import { CONSENT_NOTES, FULFIL_NOTES, HIDDEN_REASONS, WISH_REJECT_REASONS, WISH_TEMPLATES, WISH_THANKS } from './texts';

const C = {
  wish: [
    'id',
    'community_id',
    'street_id',
    'grid_id',
    'building_id',
    'household_id',
    'beneficiary_user_id',
    'beneficiary_name',
    'beneficiary_gender',
    'posted_by',
    'agent_user_id',
    'consent_note',
    'title',
    'story',
    'category',
    'value_fen',
    'wanted_by',
    'status',
    'reject_reason',
    'reviewed_by',
    'claim_id',
    'claimer_id',
    'claimed_at',
    'claim_due_at',
    'reminded_at',
    'release_due_at',
    'fulfilled_at',
    'fulfilment_note',
    'confirm_due_at',
    'escalated_at',
    'confirmed_at',
    'confirmed_by',
    'thanks',
    'rating',
    'hidden',
    'hidden_reason',
    'created_at',
    'updated_at',
  ],
  claim: ['id', 'wish_id', 'claimer_id', 'live', 'status', 'ended_at', 'created_at'],
  coClaimer: ['id', 'claim_id', 'user_id', 'created_at'],
  event: ['id', 'wish_id', 'kind', 'actor_id', 'note', 'created_at'],
};

export const POINTS_COLUMNS = [
  'id',
  'user_id',
  'community_id',
  'amount',
  'reason',
  'source_type',
  'source_id',
  'capped_from',
  'reverses_entry_id',
  'created_by',
  'created_at',
];

const S = WishStatus;
/**
 * How wishes stand by age. The first days are still under review; the last six weeks are still
 * moving (a wish may wait weeks on the wall before someone claims it); older ones are history.
 */
const NEW_MIX: [WishStatus, number][] = [
  [S.PendingReview, 0.35],
  [S.Open, 0.35],
  [S.Claimed, 0.14],
  [S.Fulfilled, 0.03],
  [S.Confirmed, 0.03],
  [S.Rejected, 0.06],
  [S.Withdrawn, 0.04],
];
const RECENT_MIX: [WishStatus, number][] = [
  [S.Open, 0.42],
  [S.Claimed, 0.12],
  [S.Fulfilled, 0.08],
  [S.Confirmed, 0.28],
  [S.Rejected, 0.05],
  [S.Withdrawn, 0.05],
];
const HISTORY_MIX: [WishStatus, number][] = [
  [S.Open, 0.12],
  [S.Confirmed, 0.72],
  [S.Rejected, 0.07],
  [S.Withdrawn, 0.09],
];
/** The busy community's wall: half its history never claimed, so the wall pages deep. */
const BUSY_HISTORY_MIX: [WishStatus, number][] = [
  [S.Open, 0.5],
  [S.Confirmed, 0.36],
  [S.Rejected, 0.06],
  [S.Withdrawn, 0.08],
];

const FULFIL_DAYS = WISH_DEFAULTS.fulfilDays * DAY;
const CONFIRM_DAYS = WISH_DEFAULTS.confirmDays * DAY;
const RELEASE_DAYS = WISH_DEFAULTS.releaseAfterReminderDays * DAY;

export interface WishFigures {
  /** Open, not hidden wishes on the busy community's wall. */
  busyOpen: number;
  byStatus: Record<string, number>;
}

/**
 * N wishes over five years, in time order (ids grow with time, as the wall's keyset needs), each
 * in a state the services could have brought it to: reviewed by the secretary, claimed by a Party
 * member (or a unit's contact) of its community, fulfilled and confirmed within the deadlines, the
 * live claim row for claimed and fulfilled wishes, points credited on confirmation, and the
 * history lines every move writes.
 */
export class WishSeeder {
  private readonly rng: Random;
  private readonly sinks;

  constructor(
    private readonly ctx: SeedContext,
    private readonly city: City,
  ) {
    this.rng = ctx.random('wishes');
    const table = (name: string, columns: readonly string[]) => ctx.loader.table(name, columns);
    this.sinks = {
      wish: table('wish', C.wish),
      claim: table('wish_claim', C.claim),
      coClaimer: table('wish_co_claimer', C.coClaimer),
      event: table('wish_event', C.event),
      points: table('points_entry', POINTS_COLUMNS),
    };
  }

  async seed(): Promise<WishFigures> {
    const { plan, now, start } = this.ctx;
    const communities = this.city.communities.filter((c) => c.kind === 'busy' || c.kind === 'ordinary');
    const assignment = this.assign(communities);
    const figures: WishFigures = { busyOpen: 0, byStatus: {} };
    const span = now - 10 * MINUTE - start;
    let last = start;
    for (let i = 0; i < plan.wishes; i++) {
      // Denser towards now (use grew over the years): the CDF of the creation time is (t/span)².
      let t = start + Math.floor(span * Math.sqrt((i + this.rng.float()) / plan.wishes));
      if (t <= last) t = last + 1;
      last = t;
      const community = communities[assignment[i]];
      const status = this.wish(community, t);
      figures.byStatus[status.status] = (figures.byStatus[status.status] ?? 0) + 1;
      if (community.kind === 'busy' && status.status === S.Open && !status.hidden) figures.busyOpen++;
      if ((i & 1023) === 0) await this.ctx.loader.pace();
    }
    return figures;
  }

  /** Exact counts per community (the busy one its share, the rest by households), in shuffled order. */
  private assign(communities: Community[]): Int32Array {
    const { plan } = this.ctx;
    const counts = new Array<number>(communities.length).fill(0);
    counts[0] = plan.busyWishes;
    const rest = plan.wishes - plan.busyWishes;
    const weights = communities.map((c, i) => (i === 0 ? 0 : c.hhEnd - c.hhStart));
    const total = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map((w) => (rest * w) / total);
    let given = 0;
    exact.forEach((x, i) => {
      if (i > 0) {
        counts[i] = Math.floor(x);
        given += counts[i];
      }
    });
    const order = exact
      .map((x, i) => [x - Math.floor(x), i] as const)
      .filter(([, i]) => i > 0)
      .sort((a, b) => b[0] - a[0]);
    for (let k = 0; given < rest; k++, given++) counts[order[k % order.length][1]]++;
    const assignment = new Int32Array(plan.wishes);
    let at = 0;
    counts.forEach((n, c) => {
      assignment.fill(c, at, at + n);
      at += n;
    });
    this.rng.shuffleInPlace(assignment);
    return assignment;
  }

  private pickStatus(community: Community, age: number): WishStatus {
    if (age < HOUR) return S.PendingReview;
    const mix = age < 3 * DAY ? NEW_MIX : age < 45 * DAY ? RECENT_MIX : community.kind === 'busy' ? BUSY_HISTORY_MIX : HISTORY_MIX;
    let roll = this.rng.float();
    for (const [status, p] of mix) {
      roll -= p;
      if (roll < 0) return status;
    }
    return mix[0][0];
  }

  /** Durations in sequence from `from`, squeezed proportionally if they would run past now. */
  private fit(from: number, durations: number[]): number[] {
    const limit = this.ctx.now - MINUTE - from;
    const total = durations.reduce((a, b) => a + b, 0);
    const scale = total > limit ? limit / total : 1;
    const out: number[] = [];
    let t = from;
    for (const d of durations) {
      t += Math.max(1_000, Math.floor(d * scale));
      out.push(t);
    }
    return out;
  }

  private claimerFor(community: Community, parties: Set<number>): number {
    const rng = this.rng;
    if (community.units.length > 0 && rng.chance(0.03)) {
      const { contact } = rng.pick(community.units);
      if (!parties.has(contact)) return contact;
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const member = rng.pick(community.members);
      if (!parties.has(member)) return member;
    }
    return community.units.length ? community.units[0].contact : community.members[0];
  }

  private wish(community: Community, t: number): { status: WishStatus; hidden: boolean } {
    const { city, rng, ctx, sinks } = this;
    const ids = city.userIds;
    const now = ctx.now;

    let beneficiary = rng.pick(community.adults);
    if (beneficiary === community.secretary) beneficiary = community.adults[community.adults.length - 1];
    const household = city.userHousehold[beneficiary];
    const building = city.buildings[city.householdBuilding[household]];
    const grid = building.grid;
    const agent = rng.chance(0.15) && grid.worker !== beneficiary ? grid.worker : -1;
    const poster = agent >= 0 ? agent : beneficiary;
    const parties = new Set([beneficiary, poster]);
    const template = rng.pick(WISH_TEMPLATES);
    const valueFen = template.maxFen === 0 ? 0 : Math.round(rng.int(template.minFen, template.maxFen) / 100) * 100;
    const gender = rng.chance(0.62) ? 'female' : 'male';
    const wantedBy = shanghaiDateOf(new Date(t + rng.int(7, 60) * DAY));
    const secretary = community.secretary;

    const id = ctx.idAt(t);
    const events: [number, string, number | null, string | null][] = [[t, 'post', poster, agent >= 0 ? '网格员代发' : null]];
    const status = this.pickStatus(community, now - t);
    const w = {
      rejectReason: null as string | null,
      reviewedBy: -1,
      claimId: null as string | null,
      claimer: -1,
      claimedAt: null as number | null,
      claimDueAt: null as number | null,
      fulfilledAt: null as number | null,
      fulfilmentNote: null as string | null,
      confirmDueAt: null as number | null,
      escalatedAt: null as number | null,
      confirmedAt: null as number | null,
      confirmedBy: -1,
      thanks: null as string | null,
      rating: null as number | null,
    };
    const claim = (at: number, claimer: number, live: boolean, claimStatus: string, endedAt: number | null, coClaimers: number[] = []): string => {
      const claimId = ctx.idAt(at);
      sinks.claim.add(`'${claimId}'`, `'${id}'`, `'${ids[claimer]}'`, live ? '1' : 'NULL', `'${claimStatus}'`, timeOrNull(endedAt), time(at));
      for (const co of coClaimers) sinks.coClaimer.add(`'${ctx.idAt(at)}'`, `'${claimId}'`, `'${ids[co]}'`, time(at));
      events.push([at, 'claim', claimer, coClaimers.length ? `帮帮团 ${coClaimers.length + 1} 人` : null]);
      return claimId;
    };
    const coClaimersOf = (claimer: number): number[] => {
      if (!city.memberSkills.has(claimer) || !rng.chance(0.04)) return [];
      const co = rng.sample(community.members, 3).filter((m) => m !== claimer && !parties.has(m));
      return co.slice(0, rng.int(1, 2));
    };
    /** A claim that came to nothing before the one that counts (or before the wish went back on the wall). */
    const pastClaim = (after: number, kind: 'cancelled' | 'released'): number => {
      const claimer = this.claimerFor(community, parties);
      const at = after + rng.int(30 * MINUTE, 2 * DAY);
      if (kind === 'cancelled') {
        const ended = at + rng.int(HOUR, 3 * DAY);
        claim(at, claimer, false, 'cancelled', ended);
        events.push([ended, 'cancel_claim', claimer, null]);
        return ended;
      }
      const reminded = at + FULFIL_DAYS + rng.int(MINUTE, HOUR);
      const released = reminded + RELEASE_DAYS + rng.int(MINUTE, HOUR);
      claim(at, claimer, false, 'released', released);
      events.push([reminded, 'remind', null, '认领超期，已提醒认领人尽快完成']);
      events.push([released, 'release', null, '认领超期未完成，心愿已重新回到心愿墙']);
      return released;
    };

    switch (status) {
      case S.PendingReview:
        break;
      case S.Rejected: {
        const [reviewAt] = this.fit(t, [rng.int(2 * HOUR, 2 * DAY)]);
        w.reviewedBy = secretary;
        w.rejectReason = rng.pick(WISH_REJECT_REASONS);
        events.push([reviewAt, 'reject', secretary, w.rejectReason]);
        break;
      }
      case S.Withdrawn: {
        if (rng.chance(0.3)) {
          const [withdrawAt] = this.fit(t, [rng.int(HOUR, 2 * DAY)]);
          events.push([withdrawAt, 'withdraw', poster, null]);
        } else {
          const [reviewAt, withdrawAt] = this.fit(t, [rng.int(2 * HOUR, 2 * DAY), rng.int(HOUR, 20 * DAY)]);
          w.reviewedBy = secretary;
          events.push([reviewAt, 'approve', secretary, null], [withdrawAt, 'withdraw', poster, null]);
        }
        break;
      }
      case S.Open: {
        const [reviewAt] = this.fit(t, [rng.int(2 * HOUR, 2 * DAY)]);
        w.reviewedBy = secretary;
        events.push([reviewAt, 'approve', secretary, null]);
        const room = now - reviewAt;
        if (room > 15 * DAY && rng.chance(0.03)) pastClaim(reviewAt, 'released');
        else if (room > 5 * DAY && rng.chance(0.02)) pastClaim(reviewAt, 'cancelled');
        break;
      }
      case S.Claimed:
      case S.Fulfilled: {
        const [reviewAt] = this.fit(t, [rng.int(HOUR, DAY)]);
        w.reviewedBy = secretary;
        events.push([reviewAt, 'approve', secretary, null]);
        // A live claim is young: its deadline (claim + 7 days) has not passed, or the sweep would have reminded it.
        let claimedAt: number;
        if (status === S.Claimed) {
          claimedAt = Math.max(reviewAt + 10 * MINUTE, now - Math.floor(rng.between(0.02, 6.5) * DAY));
          if (claimedAt >= now - MINUTE) claimedAt = reviewAt + Math.floor((now - reviewAt) / 2);
        } else {
          let fulfilledAt = Math.max(reviewAt + 20 * MINUTE, now - Math.floor(rng.between(0.02, 6) * DAY));
          if (fulfilledAt >= now - MINUTE) fulfilledAt = reviewAt + Math.floor(((now - reviewAt) * 2) / 3);
          claimedAt = Math.max(reviewAt + Math.floor((fulfilledAt - reviewAt) / 3), fulfilledAt - Math.floor(rng.between(0.1, 4) * DAY));
          w.fulfilledAt = fulfilledAt;
          w.fulfilmentNote = rng.pick(FULFIL_NOTES);
          w.confirmDueAt = fulfilledAt + CONFIRM_DAYS;
        }
        const claimer = this.claimerFor(community, parties);
        w.claimer = claimer;
        w.claimedAt = claimedAt;
        w.claimDueAt = claimedAt + FULFIL_DAYS;
        w.claimId = claim(claimedAt, claimer, true, 'active', null, coClaimersOf(claimer));
        if (w.fulfilledAt !== null) events.push([w.fulfilledAt, 'fulfil', claimer, null]);
        break;
      }
      case S.Confirmed: {
        const escalate = now - t > 40 * DAY && rng.chance(0.05);
        const [reviewAt, claimedAt0, fulfilledAt] = this.fit(t, [rng.int(2 * HOUR, 2 * DAY), rng.int(2 * HOUR, 10 * DAY), rng.int(3 * HOUR, 6 * DAY)]);
        let claimedAt = claimedAt0;
        if (now - t > 30 * DAY && claimedAt - reviewAt > 3 * DAY && rng.chance(0.05)) {
          const ended = pastClaim(reviewAt, 'cancelled');
          if (ended >= claimedAt) claimedAt = ended + MINUTE;
        }
        const fulfilled = Math.max(fulfilledAt, claimedAt + 30 * MINUTE);
        let confirmedAt: number;
        let confirmedBy: number;
        if (escalate) {
          w.escalatedAt = fulfilled + CONFIRM_DAYS + rng.int(MINUTE, 30 * MINUTE);
          confirmedAt = w.escalatedAt + rng.int(HOUR, 3 * DAY);
          confirmedBy = rng.chance(0.5) ? secretary : grid.worker;
        } else {
          [confirmedAt] = this.fit(fulfilled, [rng.int(HOUR, 5 * DAY)]);
          confirmedBy = agent >= 0 && rng.chance(0.6) ? agent : beneficiary;
        }
        const claimer = this.claimerFor(community, parties);
        const coClaimers = coClaimersOf(claimer);
        w.reviewedBy = secretary;
        w.claimer = claimer;
        w.claimedAt = claimedAt;
        w.claimDueAt = claimedAt + FULFIL_DAYS;
        w.fulfilledAt = fulfilled;
        w.fulfilmentNote = rng.pick(FULFIL_NOTES);
        w.confirmDueAt = fulfilled + CONFIRM_DAYS;
        w.confirmedAt = confirmedAt;
        w.confirmedBy = confirmedBy;
        w.thanks = rng.chance(0.8) ? rng.pick(WISH_THANKS) : null;
        w.rating = rng.chance(0.9) ? (rng.chance(0.8) ? 5 : 4) : null;
        events.push([reviewAt, 'approve', secretary, null]);
        w.claimId = claim(claimedAt, claimer, false, 'completed', confirmedAt, coClaimers);
        events.push([fulfilled, 'fulfil', claimer, null]);
        if (w.escalatedAt !== null) events.push([w.escalatedAt, 'escalate', null, '受助居民超期未确认，转网格员或社区书记确认']);
        events.push([confirmedAt, 'confirm', confirmedBy, null]);
        const claimers = [claimer, ...coClaimers];
        const each = pointsPerClaimer(WISH_DEFAULTS.points, claimers.length);
        for (const user of claimers) {
          sinks.points.add(
            `'${ctx.idAt(confirmedAt)}'`,
            `'${ids[user]}'`,
            `'${community.id}'`,
            String(each),
            text(`圆梦微心愿：${template.title}`),
            `'${PointsSource.Wish}'`,
            `'${id}'`,
            'NULL',
            'NULL',
            `'${ids[confirmedBy]}'`,
            time(confirmedAt),
          );
        }
        break;
      }
    }

    const onWall = status === S.Open || status === S.Claimed || status === S.Fulfilled || status === S.Confirmed;
    const hidden = onWall && rng.chance(0.003);
    events.sort((a, b) => a[0] - b[0]);
    const updatedAt = events[events.length - 1][0];
    for (const [at, kind, actor, note] of events)
      sinks.event.add(`'${ctx.idAt(at)}'`, `'${id}'`, `'${kind}'`, actor === null ? 'NULL' : `'${ids[actor]}'`, textOrNull(note), time(at));

    const opt = (user: number) => (user >= 0 ? `'${ids[user]}'` : 'NULL');
    sinks.wish.add(
      `'${id}'`,
      `'${community.id}'`,
      `'${community.street.id}'`,
      `'${grid.id}'`,
      `'${building.id}'`,
      `'${city.householdIds[household]}'`,
      `'${ids[beneficiary]}'`,
      text(city.userName(beneficiary)),
      `'${gender}'`,
      `'${ids[poster]}'`,
      opt(agent),
      agent >= 0 ? text(rng.pick(CONSENT_NOTES)) : 'NULL',
      text(template.title),
      text(template.story),
      `'${template.category}'`,
      String(valueFen),
      `'${wantedBy}'`,
      `'${status}'`,
      textOrNull(w.rejectReason),
      opt(w.reviewedBy),
      w.claimId && status !== S.Open ? `'${w.claimId}'` : 'NULL',
      opt(w.claimer),
      timeOrNull(w.claimedAt),
      timeOrNull(w.claimDueAt),
      'NULL',
      'NULL',
      timeOrNull(w.fulfilledAt),
      textOrNull(w.fulfilmentNote),
      timeOrNull(w.confirmDueAt),
      timeOrNull(w.escalatedAt),
      timeOrNull(w.confirmedAt),
      opt(w.confirmedBy),
      textOrNull(w.thanks),
      intOrNull(w.rating),
      bool(hidden),
      hidden ? text(rng.pick(HIDDEN_REASONS)) : 'NULL',
      time(t),
      time(updatedAt),
    );
    return { status, hidden };
  }
}
