import {
  addDaysToDate,
  CheckInMethod,
  PointsSource,
  PostKind,
  PostType,
  ShiftClaimStatus,
  ShiftStatus,
  shanghaiDateOf,
  Skill,
  toMicroDegrees,
} from '@linli/shared';
import { newId } from '../database/ids';
import { User } from '../identity/user.entity';
import { Place } from '../places/place.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { Post } from '../posts/post.entity';
import { PostEvent } from '../posts/post-event.entity';
import { PostShift } from '../posts/post-shift.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { WorkUnit } from '../reporting/work-unit.entity';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A shift as (days from today — or from the coming Saturday when `weekend` — Shanghai start "HH:mm",
 * minutes, capacity) and who is on it, in claim order.
 */
interface DemoShift {
  day: number;
  weekend?: boolean;
  at: string;
  minutes: number;
  capacity: number;
  members?: string[];
  /** Past shifts only: the members checked in and out, and the secretary confirmed these minutes. */
  completed?: { member: string; minutes: number }[];
  /** Instead of `day`/`at`: starts this many minutes after the demo is seeded (check-in opens 15 minutes before). */
  startsInMinutes?: number;
}

interface DemoPost {
  community: string;
  publisher: string;
  unit?: string;
  title: string;
  type: PostType;
  kind: PostKind;
  description: string;
  address: string;
  latitude: number;
  longitude: number;
  pointsPerHour: number;
  requiredSkills?: Skill[];
  shifts: DemoShift[];
}

/**
 * 东湖社区 sits by Wuhan's East Lake (for the map pin); the demo's coordinates are near it. Shifts are
 * placed relative to the day the demo is seeded, so there is always something to claim. The
 * door-knocking round's first evening is full with a waiting list; the clean-up a week ago is
 * done and its hours credited (张伟, 90 minutes), and so are 王建军's tutoring and door-knocking of
 * five weeks ago (both on one day, so a yearly summary never splits them across a new year).
 */
const DEMO_POSTS: DemoPost[] = [
  {
    community: '东湖社区',
    publisher: '李红梅',
    title: '周末小区环境整治',
    type: PostType.EnvironmentCleanUp,
    kind: PostKind.Shift,
    description: '清理楼道杂物、捡拾绿化带垃圾、劝导文明养犬。请自备手套，社区提供垃圾袋和夹子。',
    address: '东湖社区 3号楼前广场',
    latitude: 30.559_6,
    longitude: 114.373_3,
    pointsPerHour: 10,
    shifts: [
      { day: -7, at: '09:00', minutes: 120, capacity: 5, completed: [{ member: '张伟', minutes: 90 }] },
      { day: 0, weekend: true, at: '09:00', minutes: 120, capacity: 5, members: ['王建军', '张伟'] },
      { day: 7, weekend: true, at: '09:00', minutes: 120, capacity: 5 },
    ],
  },
  {
    community: '东湖社区',
    publisher: '李红梅',
    title: '天天敲门 · 独居老人走访',
    type: PostType.DoorKnocking,
    kind: PostKind.Shift,
    description: '每晚走访第一网格的独居老人，看看门窗水电、问问身体和需要，发现情况及时告诉网格员。',
    address: '东湖社区 第一网格（1–3号楼）',
    latitude: 30.559_9,
    longitude: 114.372_8,
    pointsPerHour: 12,
    shifts: [
      { day: -35, at: '18:30', minutes: 60, capacity: 2, completed: [{ member: '王建军', minutes: 60 }] },
      { day: 1, at: '18:30', minutes: 60, capacity: 2, members: ['张伟', '刘洋', '王建军'] },
      { day: 2, at: '18:30', minutes: 60, capacity: 2, members: ['王建军'] },
      { day: 4, at: '18:30', minutes: 60, capacity: 2 },
    ],
  },
  {
    community: '东湖社区',
    publisher: '李红梅',
    title: '周末课业辅导',
    type: PostType.Tutoring,
    kind: PostKind.Shift,
    description: '在社区活动室为双职工家庭的孩子辅导作业，小学和初中都需要，每次两小时。',
    address: '东湖社区 党群服务中心二楼活动室',
    latitude: 30.559_2,
    longitude: 114.373_9,
    pointsPerHour: 10,
    requiredSkills: [Skill.Tutoring],
    shifts: [
      { day: -35, at: '08:30', minutes: 180, capacity: 3, completed: [{ member: '王建军', minutes: 180 }] },
      { day: 0, weekend: true, at: '14:00', minutes: 120, capacity: 3, members: ['刘洋'] },
    ],
  },
  {
    community: '东湖社区',
    publisher: '钱进',
    unit: '区教育局',
    title: '上学路口文明劝导',
    type: PostType.CivilityPatrol,
    kind: PostKind.Shift,
    description: '早高峰在学校门口路口劝导电动车戴头盔、不闯红灯，护送学生过马路。',
    address: '东湖路与学府街路口',
    latitude: 30.561_0,
    longitude: 114.375_2,
    pointsPerHour: 10,
    shifts: [
      // Under way when the demo starts: seats left, but claiming closed at the start (the board says so).
      { day: 0, at: '00:00', startsInMinutes: -30, minutes: 150, capacity: 4 },
      { day: 5, at: '07:20', minutes: 70, capacity: 4 },
      { day: 6, at: '07:20', minutes: 70, capacity: 4 },
    ],
  },
  {
    community: '东湖社区',
    publisher: '李红梅',
    title: '3号楼楼栋长（认岗）',
    type: PostType.Other,
    kind: PostKind.Standing,
    description: '认领 3号楼楼栋长一年：收集居民诉求、传达社区通知、协助网格员入户走访。',
    address: '东湖社区 3号楼',
    latitude: 30.559_5,
    longitude: 114.373_5,
    pointsPerHour: 0,
    shifts: [{ day: 0, at: '00:00', minutes: 365 * 24 * 60, capacity: 1, members: ['刘洋'] }],
  },
  {
    community: '柳园社区',
    publisher: '陈志刚',
    title: '助老送餐',
    type: PostType.ElderlyCare,
    kind: PostKind.Shift,
    description: '中午把社区食堂的午餐送到行动不便的老人家里，顺便陪老人聊聊天。',
    address: '柳园社区 长者食堂',
    latitude: 30.548_0,
    longitude: 114.360_0,
    pointsPerHour: 10,
    shifts: [{ day: 2, at: '11:00', minutes: 90, capacity: 3, members: ['陈静'] }],
  },
  {
    // Starts a few minutes after seeding, nobody on it: check-in is already open, so a member can claim, check in and out right away.
    community: '东湖社区',
    publisher: '李红梅',
    title: '党群服务中心志愿值班',
    type: PostType.Other,
    kind: PostKind.Shift,
    description: '在党群服务中心门口值班：为来办事的居民指路、帮老人填表、维持排队秩序。',
    address: '东湖社区 党群服务中心一楼大厅',
    latitude: 30.559_3,
    longitude: 114.373_8,
    pointsPerHour: 10,
    shifts: [{ day: 0, at: '00:00', startsInMinutes: 10, minutes: 120, capacity: 3 }],
  },
];

export interface DemoPostRows {
  posts: Post[];
  shifts: PostShift[];
  claims: ShiftClaim[];
  events: PostEvent[];
  points: PointsEntry[];
}

/** The demo's posts, shifts (relative to `now`), claims with a waiting list, history lines and credited hours. */
export function demoPosts(users: Map<string, User>, communities: Map<string, Place>, units: WorkUnit[], now = new Date()): DemoPostRows {
  const rows: DemoPostRows = { posts: [], shifts: [], claims: [], events: [], points: [] };
  const today = shanghaiDateOf(now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const saturday = addDaysToDate(today, (6 - weekday + 7) % 7 || 7);
  for (const demo of DEMO_POSTS) {
    const community = communities.get(demo.community)!;
    const publisher = users.get(demo.publisher)!;
    const post = {
      id: newId(),
      communityId: community.id,
      title: demo.title,
      type: demo.type,
      kind: demo.kind,
      description: demo.description,
      address: demo.address,
      latitudeE6: toMicroDegrees(demo.latitude),
      longitudeE6: toMicroDegrees(demo.longitude),
      radiusMetres: 200,
      pointsPerHour: demo.pointsPerHour,
      requiredSkills: demo.requiredSkills ?? [],
      publishedBy: publisher.id,
      publisherUnitId: demo.unit ? units.find((u) => u.name === demo.unit)!.id : null,
      createdAt: new Date(now.getTime() - 10 * DAY),
    } as Post;
    rows.posts.push(post);
    rows.events.push(event(post.id, null, null, 'publish', publisher.id, post.createdAt));
    for (const plan of demo.shifts) {
      const startsAt =
        plan.startsInMinutes !== undefined
          ? new Date(Math.ceil((now.getTime() + plan.startsInMinutes * 60 * 1000) / 60_000) * 60_000)
          : new Date(`${addDaysToDate(plan.weekend ? saturday : today, plan.day)}T${plan.at}:00+08:00`);
      const endsAt = new Date(startsAt.getTime() + plan.minutes * 60 * 1000);
      const shift = {
        id: newId(),
        postId: post.id,
        communityId: community.id,
        kind: demo.kind,
        startsAt,
        endsAt,
        capacity: plan.capacity,
        confirmedCount: 0,
        waitingNext: 0,
        status: ShiftStatus.Open,
        cancelReason: null,
        sweptAt: endsAt < now ? endsAt : null,
      } as PostShift;
      rows.shifts.push(shift);
      const claimedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 2 * DAY);
      for (const name of plan.members ?? []) {
        const member = users.get(name)!;
        const seated = shift.confirmedCount < shift.capacity;
        if (seated) shift.confirmedCount++;
        else shift.waitingNext++;
        const claim = newClaim(shift, member, seated ? ShiftClaimStatus.Confirmed : ShiftClaimStatus.Waiting, claimedAt);
        claim.waitingPosition = seated ? null : shift.waitingNext;
        rows.claims.push(claim);
        rows.events.push(event(post.id, shift.id, claim.id, seated ? 'claim' : 'join_waiting_list', member.id, claimedAt));
      }
      for (const done of plan.completed ?? []) {
        const member = users.get(done.member)!;
        shift.confirmedCount++;
        const claim = newClaim(shift, member, ShiftClaimStatus.Completed, claimedAt);
        const secretary = publisher;
        const points = Math.floor((done.minutes * demo.pointsPerHour) / 60);
        Object.assign(claim, {
          checkedInAt: new Date(startsAt.getTime() - 5 * 60 * 1000),
          checkedOutAt: new Date(startsAt.getTime() + done.minutes * 60 * 1000),
          checkInMethod: CheckInMethod.Qr,
          confirmedMinutes: done.minutes,
          points,
          hoursConfirmedBy: secretary.id,
          hoursConfirmedAt: new Date(endsAt.getTime() + DAY),
        });
        rows.claims.push(claim);
        rows.events.push(event(post.id, shift.id, claim.id, 'confirm_hours', secretary.id, claim.hoursConfirmedAt!));
        rows.points.push({
          id: newId(),
          userId: member.id,
          communityId: community.id,
          amount: points,
          reason: `先锋岗服务：${demo.title}`,
          sourceType: PointsSource.Shift,
          sourceId: claim.id,
          reversesEntryId: null,
          createdBy: secretary.id,
          createdAt: claim.hoursConfirmedAt!,
        } as PointsEntry);
      }
    }
  }
  return rows;
}

function newClaim(shift: PostShift, member: User, status: ShiftClaimStatus, createdAt: Date): ShiftClaim {
  return {
    id: newId(),
    shiftId: shift.id,
    postId: shift.postId,
    communityId: shift.communityId,
    memberId: member.id,
    live: 1,
    status,
    waitingPosition: null,
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
    createdAt,
  } as ShiftClaim;
}

function event(postId: string, shiftId: string | null, claimId: string | null, kind: string, actorId: string, createdAt: Date): PostEvent {
  return { id: newId(), postId, shiftId, claimId, kind, actorId, recipientId: null, note: null, createdAt };
}
