import {
  CheckInMethod,
  formatServedMinutes,
  PointsSource,
  pointsForMinutes,
  PostKind,
  PostType,
  servedMinutes,
  shanghaiDateOf,
  ShiftClaimStatus,
  ShiftStatus,
} from '@linli/shared';
import { City, Community } from './city';
import { DAY, HOUR, MINUTE, SeedContext } from './context';
import { Random } from './random';
import { intOrNull, json, text, textOrNull, time, timeOrNull } from './sql';
import { POST_TEMPLATES, STANDING_TEMPLATE } from './texts';
import { POINTS_COLUMNS } from './wishes';

const C = {
  post: [
    'id',
    'community_id',
    'title',
    'type',
    'kind',
    'description',
    'address',
    'latitude_e6',
    'longitude_e6',
    'radius_metres',
    'points_per_hour',
    'required_skills',
    'published_by',
    'publisher_unit_id',
    'created_at',
    'updated_at',
  ],
  shift: [
    'id',
    'post_id',
    'community_id',
    'kind',
    'starts_at',
    'ends_at',
    'capacity',
    'confirmed_count',
    'waiting_next',
    'status',
    'cancel_reason',
    'swept_at',
    'created_at',
    'updated_at',
  ],
  claim: [
    'id',
    'shift_id',
    'post_id',
    'community_id',
    'member_id',
    'live',
    'status',
    'waiting_position',
    'promoted_at',
    'checked_in_at',
    'checked_out_at',
    'check_in_method',
    'check_in_distance_m',
    'confirmed_minutes',
    'points',
    'hours_confirmed_by',
    'hours_confirmed_at',
    'note',
    'ended_at',
    'created_at',
    'updated_at',
  ],
  event: ['id', 'post_id', 'shift_id', 'claim_id', 'kind', 'actor_id', 'recipient_id', 'note', 'created_at'],
};

/** Shifts are planned at most this far ahead, so nothing of the city's own touches the hot shifts a month out. */
const PLANNED_AHEAD = 21 * DAY;
const HOT_SHIFT_CAPACITY = 1_000_000;
const SEAT_HOLDING = new Set<string>([
  ShiftClaimStatus.Confirmed,
  ShiftClaimStatus.CheckedIn,
  ShiftClaimStatus.CheckedOut,
  ShiftClaimStatus.NoShow,
  ShiftClaimStatus.Completed,
]);
const BUSY = new Set<string>([ShiftClaimStatus.Waiting, ...SEAT_HOLDING]);

export interface HotShifts {
  communityId: string;
  serverShiftId: string;
  rawShiftId: string;
  memberUserIds: string[];
}

interface Publisher {
  user: number;
  unitId: string | null;
}

/** A Shanghai wall-clock time ("09:00") on the calendar day of an instant. */
function shanghaiAt(instant: number, clock: string): number {
  return Date.parse(`${shanghaiDateOf(new Date(instant))}T${clock}:00+08:00`);
}

/**
 * Pioneer posts (先锋岗) with their shifts and claims. Every shift's counters match its claims
 * (`confirmed_count` = seats held, `waiting_next` = waiting positions handed out), no member holds
 * two overlapping shifts, ended shifts are swept (no-shows marked, waiting lists lapsed), confirmed
 * hours carry their points, and the history lines are there.
 */
export class PostSeeder {
  private readonly rng: Random;
  private readonly sinks;
  /** Busy intervals of each member's live claims on shift-kind shifts: [start, end, start, end, …]. */
  private readonly busy = new Map<number, number[]>();

  constructor(
    private readonly ctx: SeedContext,
    private readonly city: City,
  ) {
    this.rng = ctx.random('posts');
    const table = (name: string, columns: readonly string[]) => ctx.loader.table(name, columns);
    this.sinks = {
      post: table('post', C.post),
      shift: table('post_shift', C.shift),
      claim: table('shift_claim', C.claim),
      event: table('post_event', C.event),
      points: table('points_entry', POINTS_COLUMNS),
    };
  }

  async seed(): Promise<HotShifts> {
    const { plan, now, start } = this.ctx;
    const communities = this.city.communities.filter((c) => c.kind === 'busy' || c.kind === 'ordinary');
    const cumulative = new Float64Array(communities.length);
    let sum = 0;
    communities.forEach((c, i) => {
      sum += c.hhEnd - c.hhStart;
      cumulative[i] = sum;
    });
    const span = now - DAY - (start + 10 * DAY);
    let last = 0;
    for (let i = 0; i < plan.posts; i++) {
      let t = start + 10 * DAY + Math.floor(span * Math.sqrt((i + this.rng.float()) / plan.posts));
      if (t <= last) t = last + 1;
      last = t;
      this.post(communities[this.rng.weighted(cumulative)], t);
      if ((i & 255) === 0) await this.ctx.loader.pace();
    }
    return this.hotShifts(communities[0]);
  }

  private publisherOf(community: Community): Publisher {
    if (community.units.length > 0 && this.rng.chance(0.15)) {
      const { contact, unit } = this.rng.pick(community.units);
      return { user: contact, unitId: this.city.workUnitIds[unit] };
    }
    return { user: community.secretary, unitId: null };
  }

  private postRow(
    community: Community,
    at: number,
    kind: PostKind,
    type: PostType,
    title: string,
    description: string,
    place: string,
    skills: string[],
    pointsPerHour: number,
    publisher: Publisher,
  ): string {
    const { ctx, rng, city } = this;
    const id = ctx.idAt(at);
    const lat = Math.round((community.latitude + rng.between(-0.004, 0.004)) * 1e6);
    const lon = Math.round((community.longitude + rng.between(-0.004, 0.004)) * 1e6);
    this.sinks.post.add(
      `'${id}'`,
      `'${community.id}'`,
      text(title),
      `'${type}'`,
      `'${kind}'`,
      text(description),
      text(`${community.name} ${place}`),
      String(lat),
      String(lon),
      String(rng.pick([100, 200, 200, 300, 500])),
      String(pointsPerHour),
      json(skills),
      `'${city.userIds[publisher.user]}'`,
      publisher.unitId ? `'${publisher.unitId}'` : 'NULL',
      time(at),
      time(at),
    );
    this.event(at, id, null, null, 'publish', publisher.user, null);
    return id;
  }

  private event(at: number, postId: string, shiftId: string | null, claimId: string | null, kind: string, actor: number | null, note: string | null): void {
    const { ctx, city } = this;
    this.sinks.event.add(
      `'${ctx.idAt(at)}'`,
      `'${postId}'`,
      shiftId ? `'${shiftId}'` : 'NULL',
      claimId ? `'${claimId}'` : 'NULL',
      `'${kind}'`,
      actor === null ? 'NULL' : `'${city.userIds[actor]}'`,
      'NULL',
      textOrNull(note),
      time(at),
    );
  }

  private post(community: Community, at: number): void {
    const { rng, ctx } = this;
    const publisher = this.publisherOf(community);
    if (rng.chance(0.1)) {
      // A standing role (认岗): one term of a year, one seat.
      const building = rng.pick(rng.pick(community.grids).buildings);
      const postId = this.postRow(
        community,
        at,
        PostKind.Standing,
        STANDING_TEMPLATE.type,
        STANDING_TEMPLATE.title(building.name),
        STANDING_TEMPLATE.description,
        building.name,
        [],
        0,
        publisher,
      );
      const startsAt = shanghaiAt(at + DAY, '00:00');
      this.shift(community, postId, PostKind.Standing, at, startsAt, startsAt + 365 * DAY, 1, null, 0, '');
      return;
    }
    const template = rng.pick(POST_TEMPLATES);
    const skill = template.skill && rng.chance(0.3) ? template.skill : null;
    const pointsPerHour = rng.pick([5, 10, 10, 10, 10, 15, 20]);
    const postId = this.postRow(
      community,
      at,
      PostKind.Shift,
      template.type,
      template.title,
      template.description,
      template.place,
      skill ? [skill] : [],
      pointsPerHour,
      publisher,
    );
    const clock = rng.pick(['07:20', '09:00', '09:00', '14:00', '18:30']);
    const minutes = rng.pick([60, 90, 120, 120, 180]);
    const shifts = rng.int(1, 5);
    const first = at + rng.int(2, 10) * DAY;
    for (let k = 0; k < shifts; k++) {
      const startsAt = shanghaiAt(first + k * 7 * DAY, clock);
      if (startsAt > ctx.now + PLANNED_AHEAD) break;
      this.shift(community, postId, PostKind.Shift, at + k + 1, startsAt, startsAt + minutes * MINUTE, rng.int(2, 10), skill, pointsPerHour, template.title);
    }
  }

  /** Whether `member` may take this shift: skills, and no overlapping busy claim. */
  private free(member: number, kind: PostKind, startsAt: number, endsAt: number, skill: string | null): boolean {
    if (skill && !this.city.hasSkill(member, skill)) return false;
    if (kind !== PostKind.Shift) return true;
    const spans = this.busy.get(member);
    if (!spans) return true;
    for (let i = 0; i < spans.length; i += 2) if (spans[i] < endsAt && startsAt < spans[i + 1]) return false;
    return true;
  }

  private shift(
    community: Community,
    postId: string,
    kind: PostKind,
    createdAt: number,
    startsAt: number,
    endsAt: number,
    capacity: number,
    skill: string | null,
    pointsPerHour: number,
    title: string,
  ): void {
    const { rng, ctx, city } = this;
    const now = ctx.now;
    const shiftId = ctx.idAt(createdAt);
    const ended = endsAt < now - 2 * MINUTE;
    const started = startsAt <= now;
    const sweptAt = ended ? endsAt + rng.int(1_000, MINUTE) : null;
    const secretary = community.secretary;

    // Who claims, in claim order: the first `capacity` take the seats, the rest wait in line.
    const demand = kind === PostKind.Standing ? (rng.chance(0.8) ? 1 + (rng.chance(0.2) ? 1 : 0) : 0) : Math.round(capacity * rng.between(0.3, 1.4));
    const claimers: number[] = [];
    const taken = new Set<number>();
    for (let attempt = 0; claimers.length < demand && attempt < demand * 6 && community.members.length > 0; attempt++) {
      const member = rng.pick(community.members);
      if (taken.has(member) || !this.free(member, kind, startsAt, endsAt, skill)) continue;
      taken.add(member);
      claimers.push(member);
    }
    const window = Math.max(2 * MINUTE, Math.min(startsAt, now) - HOUR - createdAt);
    const times = claimers.map(() => createdAt + MINUTE + Math.floor(rng.float() * window)).sort((a, b) => a - b);

    let confirmedCount = 0;
    let waitingNext = 0;
    /** The shift row changes with every seat taken or freed, place handed out, and the sweep. */
    let touched = createdAt;
    claimers.forEach((member, i) => {
      const claimAt = times[i];
      const seated = i < capacity;
      touched = Math.max(touched, claimAt);
      const claimId = ctx.idAt(claimAt);
      const waitingPosition = seated ? null : ++waitingNext;
      this.event(claimAt, postId, shiftId, claimId, seated ? 'claim' : 'join_waiting_list', member, seated ? null : `候补第 ${waitingPosition} 位`);
      const c = {
        status: seated ? ShiftClaimStatus.Confirmed : (ShiftClaimStatus.Waiting as ShiftClaimStatus),
        checkedInAt: null as number | null,
        checkedOutAt: null as number | null,
        method: null as string | null,
        distance: null as number | null,
        minutes: null as number | null,
        points: null as number | null,
        confirmedAt: null as number | null,
        note: null as string | null,
        updatedAt: claimAt,
      };
      if (!seated && ended) {
        c.status = ShiftClaimStatus.Lapsed;
        c.note = null;
        c.updatedAt = sweptAt!;
        this.event(sweptAt!, postId, shiftId, claimId, 'lapse', null, '班次已结束，候补未能递补');
      } else if (seated && kind === PostKind.Shift && started) {
        const showed = !ended || rng.chance(0.9);
        if (showed) {
          c.checkedInAt = startsAt + rng.int(-15 * MINUTE, 20 * MINUTE);
          c.method = rng.chance(0.7) ? CheckInMethod.Qr : CheckInMethod.Location;
          c.distance = c.method === CheckInMethod.Location ? rng.int(3, 150) : null;
          c.status = ShiftClaimStatus.CheckedIn;
          c.updatedAt = c.checkedInAt;
          this.event(c.checkedInAt, postId, shiftId, claimId, 'check_in', member, null);
          const outAt = endsAt + rng.int(-20 * MINUTE, 30 * MINUTE);
          if (ended && outAt < now) {
            c.checkedOutAt = outAt;
            c.status = ShiftClaimStatus.CheckedOut;
            c.updatedAt = outAt;
            this.event(outAt, postId, shiftId, claimId, 'check_out', member, null);
            const confirmedAt = endsAt + rng.int(HOUR, 3 * DAY);
            if (confirmedAt < now - MINUTE && rng.chance(0.97)) {
              c.minutes = servedMinutes({ checkedInAt: c.checkedInAt, checkedOutAt: outAt, startsAt, endsAt });
              c.points = pointsForMinutes(c.minutes, pointsPerHour);
              c.confirmedAt = confirmedAt;
              c.status = ShiftClaimStatus.Completed;
              c.updatedAt = confirmedAt;
              this.event(confirmedAt, postId, shiftId, claimId, 'confirm_hours', secretary, null);
              if (c.points > 0) {
                this.sinks.points.add(
                  `'${ctx.idAt(confirmedAt)}'`,
                  `'${city.userIds[member]}'`,
                  `'${community.id}'`,
                  String(c.points),
                  text(`先锋岗服务：${title}（${formatServedMinutes(c.minutes)}）`),
                  `'${PointsSource.Shift}'`,
                  `'${claimId}'`,
                  'NULL',
                  'NULL',
                  `'${city.userIds[secretary]}'`,
                  time(confirmedAt),
                );
              }
            }
          }
        } else {
          c.status = ShiftClaimStatus.NoShow;
          c.note = null;
          c.updatedAt = sweptAt!;
          this.event(sweptAt!, postId, shiftId, claimId, 'mark_no_show', null, '班次结束时仍未签到');
        }
      }
      if (SEAT_HOLDING.has(c.status)) confirmedCount++;
      if (kind === PostKind.Shift && BUSY.has(c.status)) {
        const spans = this.busy.get(member) ?? [];
        spans.push(startsAt, endsAt);
        this.busy.set(member, spans);
      }
      this.sinks.claim.add(
        `'${claimId}'`,
        `'${shiftId}'`,
        `'${postId}'`,
        `'${community.id}'`,
        `'${city.userIds[member]}'`,
        '1',
        `'${c.status}'`,
        intOrNull(waitingPosition),
        'NULL',
        timeOrNull(c.checkedInAt),
        timeOrNull(c.checkedOutAt),
        textOrNull(c.method),
        intOrNull(c.distance),
        intOrNull(c.minutes),
        intOrNull(c.points),
        c.confirmedAt ? `'${city.userIds[secretary]}'` : 'NULL',
        timeOrNull(c.confirmedAt),
        textOrNull(c.note),
        'NULL',
        time(claimAt),
        time(c.updatedAt),
      );
    });

    // Members who claimed and changed their mind before the start (the slot freed again: live NULL).
    const cancellations = kind === PostKind.Shift ? claimers.filter(() => rng.chance(0.08)).length : 0;
    for (let k = 0; k < cancellations; k++) {
      const member = rng.pick(community.members);
      if (taken.has(member)) continue;
      taken.add(member);
      const claimAt = createdAt + MINUTE + Math.floor(rng.float() * window);
      const cancelAt = Math.min(claimAt + rng.int(HOUR, 3 * DAY), startsAt - 3 * HOUR, now - MINUTE);
      if (cancelAt <= claimAt) continue;
      const claimId = ctx.idAt(claimAt);
      touched = Math.max(touched, cancelAt);
      this.event(claimAt, postId, shiftId, claimId, 'claim', member, null);
      this.event(cancelAt, postId, shiftId, claimId, 'cancel', member, null);
      this.sinks.claim.add(
        `'${claimId}'`,
        `'${shiftId}'`,
        `'${postId}'`,
        `'${community.id}'`,
        `'${city.userIds[member]}'`,
        'NULL',
        `'${ShiftClaimStatus.Cancelled}'`,
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        'NULL',
        time(cancelAt),
        time(claimAt),
        time(cancelAt),
      );
    }

    this.sinks.shift.add(
      `'${shiftId}'`,
      `'${postId}'`,
      `'${community.id}'`,
      `'${kind}'`,
      time(startsAt),
      time(endsAt),
      String(capacity),
      String(confirmedCount),
      String(waitingNext),
      `'${ShiftStatus.Open}'`,
      'NULL',
      timeOrNull(sweptAt),
      time(createdAt),
      time(Math.max(touched, sweptAt ?? 0)),
    );
  }

  /**
   * The benchmark's two hot shifts in the busy community: each on its own post, open for claims,
   * a month out (on two different days, so one member may hold both), a million seats, no claims.
   */
  private hotShifts(busy: Community): HotShifts {
    const { ctx } = this;
    const ids: string[] = [];
    ['社区志愿服务日 · 第一场', '社区志愿服务日 · 第二场'].forEach((title, i) => {
      const at = ctx.now - DAY + i;
      const publisher = { user: busy.secretary, unitId: null };
      const postId = this.postRow(
        busy,
        at,
        PostKind.Shift,
        PostType.Other,
        title,
        '社区志愿服务日：在党群服务中心和各网格开展便民服务、环境整治和入户走访，欢迎党员认领。',
        '党群服务中心',
        [],
        10,
        publisher,
      );
      const startsAt = shanghaiAt(ctx.now + (30 + i) * DAY, '09:00');
      const shiftId = ctx.idAt(at + 10);
      this.sinks.shift.add(
        `'${shiftId}'`,
        `'${postId}'`,
        `'${busy.id}'`,
        `'${PostKind.Shift}'`,
        time(startsAt),
        time(startsAt + 3 * HOUR),
        String(HOT_SHIFT_CAPACITY),
        '0',
        '0',
        `'${ShiftStatus.Open}'`,
        'NULL',
        'NULL',
        time(at),
        time(at),
      );
      ids.push(shiftId);
    });
    return { communityId: busy.id, serverShiftId: ids[0], rawShiftId: ids[1], memberUserIds: busy.members.map((m) => this.city.userIds[m]) };
  }
}
