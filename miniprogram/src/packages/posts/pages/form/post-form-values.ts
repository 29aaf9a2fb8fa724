/** The post form's values as typed, and the API bodies built from them (or the first problem). */
import { addDaysToDate, POST_DEFAULTS, POST_LIMITS, PostKind, shanghaiDateOf, shiftPlanProblem, SHIFT_PLAN_PROBLEM_LABELS } from '@linli/shared';
import type { CreatePost, Post, PostType, ShiftPlan, Skill, UpdatePost } from '@/services/api-types';

export interface ShiftRow {
  key: string;
  /** YYYY-MM-DD and HH:mm, Beijing time. */
  date: string;
  start: string;
  end: string;
  capacity: string;
}

export interface PostFormValues {
  title: string;
  type: PostType | null;
  kind: PostKind;
  description: string;
  address: string;
  latitude: string;
  longitude: string;
  radius: string;
  points: string;
  skills: Skill[];
  /** New shifts (a shift post). */
  shifts: ShiftRow[];
  /** A standing role's term and seats. */
  termStart: string;
  termEnd: string;
  termCapacity: string;
}

export const FIELD_LABELS: Record<string, string> = {
  title: '岗位名称',
  type: '岗位类型',
  kind: '岗位性质',
  description: '岗位说明',
  address: '地点',
  latitude: '纬度',
  longitude: '经度',
  radiusMetres: '签到范围',
  pointsPerHour: '每小时积分',
  requiredSkills: '专长要求',
  shifts: '班次',
  startsAt: '开始时间',
  endsAt: '结束时间',
  capacity: '人数',
};

let rowKey = 0;
export function newShiftRow(after?: ShiftRow): ShiftRow {
  const today = shanghaiDateOf(new Date());
  return {
    key: `row-${++rowKey}`,
    date: after ? addDaysToDate(after.date, 7) : addDaysToDate(today, 1),
    start: after?.start ?? '09:00',
    end: after?.end ?? '11:00',
    capacity: after?.capacity ?? '5',
  };
}

export function emptyValues(): PostFormValues {
  const today = shanghaiDateOf(new Date());
  return {
    title: '',
    type: null,
    kind: PostKind.Shift,
    description: '',
    address: '',
    latitude: '',
    longitude: '',
    radius: '200',
    points: '10',
    skills: [],
    shifts: [newShiftRow()],
    termStart: today,
    termEnd: addDaysToDate(today, 365),
    termCapacity: '1',
  };
}

/** An existing post, for editing: its fields; its shifts stay as they are (new ones can be added). */
export function valuesOf(post: Post): PostFormValues {
  return {
    ...emptyValues(),
    title: post.title,
    type: post.type,
    kind: post.kind as PostKind,
    description: post.description,
    address: post.place.address,
    latitude: String(post.place.latitude),
    longitude: String(post.place.longitude),
    radius: String(post.place.radiusMetres),
    points: String(post.pointsPerHour),
    skills: post.requiredSkills,
    shifts: [],
  };
}

const instant = (date: string, time: string) => `${date}T${time}:00+08:00`;

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

type Built = { ok: true; fields: UpdatePost & Omit<CreatePost, 'kind' | 'shifts'>; shifts: ShiftPlan[] } | { ok: false; problem: string };

/** The post's fields and the new shifts, checked the way the server checks them. */
export function buildPost(values: PostFormValues, requireShifts: boolean): Built {
  const title = values.title.trim();
  const description = values.description.trim();
  const address = values.address.trim();
  if (title.length < POST_LIMITS.titleMin || title.length > POST_LIMITS.titleMax)
    return { ok: false, problem: `岗位名称应为 ${POST_LIMITS.titleMin}–${POST_LIMITS.titleMax} 个字` };
  if (!values.type) return { ok: false, problem: '请选择岗位类型' };
  if (description.length < POST_LIMITS.descriptionMin || description.length > POST_LIMITS.descriptionMax) {
    return { ok: false, problem: `岗位说明应为 ${POST_LIMITS.descriptionMin}–${POST_LIMITS.descriptionMax} 个字，写清做什么、要带什么` };
  }
  if (address.length < POST_LIMITS.addressMin || address.length > POST_LIMITS.addressMax) return { ok: false, problem: '请填写地点' };
  const latitude = Number(values.latitude.trim());
  const longitude = Number(values.longitude.trim());
  if (values.latitude.trim() === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    return { ok: false, problem: '请填写纬度，或点「使用当前位置」' };
  if (values.longitude.trim() === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180)
    return { ok: false, problem: '请填写经度，或点「使用当前位置」' };
  const radiusMetres = wholeNumber(values.radius, POST_DEFAULTS.minRadiusMetres, POST_DEFAULTS.maxRadiusMetres);
  if (radiusMetres === null) return { ok: false, problem: `签到范围应为 ${POST_DEFAULTS.minRadiusMetres}–${POST_DEFAULTS.maxRadiusMetres} 米` };
  const pointsPerHour = wholeNumber(values.points, 0, POST_DEFAULTS.maxPointsPerHour);
  if (pointsPerHour === null) return { ok: false, problem: `每小时积分应为 0–${POST_DEFAULTS.maxPointsPerHour} 的整数` };
  const fields = {
    title,
    type: values.type,
    description,
    address,
    latitude: round(latitude),
    longitude: round(longitude),
    radiusMetres,
    pointsPerHour,
    requiredSkills: values.skills,
  };

  const now = Date.now();
  const plans: ShiftPlan[] = [];
  if (values.kind === PostKind.Standing) {
    if (requireShifts) {
      const capacity = wholeNumber(values.termCapacity, 1, POST_DEFAULTS.maxCapacity) ?? 0;
      plans.push({ startsAt: instant(values.termStart, '00:00'), endsAt: instant(values.termEnd, '23:59'), capacity });
    }
  } else {
    for (const row of values.shifts) {
      const capacity = wholeNumber(row.capacity, 1, POST_DEFAULTS.maxCapacity) ?? 0;
      plans.push({ startsAt: instant(row.date, row.start), endsAt: instant(row.date, row.end), capacity });
    }
  }
  for (const [index, plan] of plans.entries()) {
    const problem = shiftPlanProblem(values.kind, { startsAt: Date.parse(plan.startsAt), endsAt: Date.parse(plan.endsAt), capacity: plan.capacity }, now);
    if (problem)
      return { ok: false, problem: `${values.kind === PostKind.Standing ? '任期' : `第 ${index + 1} 个班次`}：${SHIFT_PLAN_PROBLEM_LABELS[problem]}` };
  }
  if (requireShifts && plans.length === 0) return { ok: false, problem: '请至少安排一个班次' };
  if (plans.length > POST_DEFAULTS.maxShiftsPerRequest) return { ok: false, problem: `一次最多安排 ${POST_DEFAULTS.maxShiftsPerRequest} 个班次` };
  return { ok: true, fields, shifts: plans };
}

function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
