/** Pioneer / volunteer posts (党员先锋岗 / 志愿服务岗): what a post is, and where a claim stands. */

export enum PostType {
  EnvironmentCleanUp = 'environment_clean_up',
  CivilityPatrol = 'civility_patrol',
  ElderlyCare = 'elderly_care',
  DoorKnocking = 'door_knocking',
  Tutoring = 'tutoring',
  EpidemicControl = 'epidemic_control',
  Other = 'other',
}

export const POST_TYPE_LABELS: Record<PostType, string> = {
  [PostType.EnvironmentCleanUp]: '环境整治',
  [PostType.CivilityPatrol]: '文明劝导',
  [PostType.ElderlyCare]: '关爱老人',
  [PostType.DoorKnocking]: '天天敲门',
  [PostType.Tutoring]: '课业辅导',
  [PostType.EpidemicControl]: '疫情防控',
  [PostType.Other]: '其他',
};

/**
 * A shift post has shifts with a start, an end and a capacity (Saturday 9:00–11:00, 5 people).
 * A standing role (认岗) is one term with a capacity, usually 1 (building leader for a year); it is
 * stored as a single "shift" spanning the term, with no check-in and no hours.
 */
export enum PostKind {
  Shift = 'shift',
  Standing = 'standing',
}

export const POST_KIND_LABELS: Record<PostKind, string> = {
  [PostKind.Shift]: '志愿服务岗',
  [PostKind.Standing]: '认岗',
};

export enum ShiftStatus {
  Open = 'open',
  Cancelled = 'cancelled',
}

/** Where a member's claim on a shift stands. */
export enum ShiftClaimStatus {
  /** The shift was full: on the waiting list (候补), promoted in order when a seat frees. */
  Waiting = 'waiting',
  /** Holds a seat. */
  Confirmed = 'confirmed',
  CheckedIn = 'checked_in',
  CheckedOut = 'checked_out',
  /** Held a seat but never checked in before the shift ended. */
  NoShow = 'no_show',
  /** The secretary confirmed (or adjusted) the hours; points were credited with it. */
  Completed = 'completed',
  /** The member withdrew. */
  Cancelled = 'cancelled',
  /** The secretary removed the member, with a reason. */
  Removed = 'removed',
  /** Still waiting when the shift ended. */
  Lapsed = 'lapsed',
  /** The whole shift was cancelled. */
  ShiftCancelled = 'shift_cancelled',
}

export const SHIFT_CLAIM_STATUS_LABELS: Record<ShiftClaimStatus, string> = {
  [ShiftClaimStatus.Waiting]: '候补中',
  [ShiftClaimStatus.Confirmed]: '已认领',
  [ShiftClaimStatus.CheckedIn]: '已签到',
  [ShiftClaimStatus.CheckedOut]: '已签退',
  [ShiftClaimStatus.NoShow]: '未到岗',
  [ShiftClaimStatus.Completed]: '时长已确认',
  [ShiftClaimStatus.Cancelled]: '已取消',
  [ShiftClaimStatus.Removed]: '已移出',
  [ShiftClaimStatus.Lapsed]: '候补未递补',
  [ShiftClaimStatus.ShiftCancelled]: '班次已取消',
};

export enum CheckInMethod {
  /** Scanned the rotating QR code shown on site. */
  Qr = 'qr',
  /** The phone's location, within the post's radius (distance computed by the server). */
  Location = 'location',
}

/** Post rules; the same for every community until a community needs its own. */
export const POST_DEFAULTS = {
  /** A member may cancel a confirmed seat until this long before the start (默认 2 小时). */
  cancelCutoffMinutes: 120,
  /** The on-site QR token changes this often; the previous one is still accepted (scan latency). */
  qrRotationSeconds: 30,
  /**
   * The 6-digit code under the QR (typed where there is no scanner) rotates with it. A wrong guess
   * has a one-in-a-million chance per live window, so a member gets this many tries per claim…
   */
  shortCodeTries: 5,
  /** …in this many minutes; then 429 until the period has passed (scanning and location still work). */
  shortCodeTryMinutes: 10,
  /** Check-in opens this long before the start and closes at the end. */
  checkInOpensMinutesBefore: 15,
  /** Check-out is accepted until this long after the end; later, the secretary adjusts the hours. */
  checkOutClosesMinutesAfter: 60,
  minShiftMinutes: 15,
  maxShiftMinutes: 12 * 60,
  /** A standing role's term: at least a day, at most three years. */
  minTermDays: 1,
  maxTermDays: 3 * 366,
  maxCapacity: 1000,
  maxShiftsPerRequest: 20,
  maxPointsPerHour: 100,
  minRadiusMetres: 20,
  maxRadiusMetres: 5000,
  maxRequiredSkills: 5,
  /** How far ahead shifts may be planned. */
  maxDaysAhead: 366,
} as const;

/** Field bounds shared by the server's validators and the mini-program's forms. */
export const POST_LIMITS = {
  titleMin: 4,
  titleMax: 40,
  descriptionMin: 10,
  descriptionMax: 500,
  addressMin: 2,
  addressMax: 100,
} as const;
