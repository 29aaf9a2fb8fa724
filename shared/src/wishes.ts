/** The wish wall (微心愿): what a wish is about and where it stands. */

export enum WishCategory {
  Goods = 'goods',
  Service = 'service',
  Help = 'help',
}

export const WISH_CATEGORY_LABELS: Record<WishCategory, string> = {
  [WishCategory.Goods]: '物品',
  [WishCategory.Service]: '服务',
  [WishCategory.Help]: '帮办',
};

export enum WishStatus {
  PendingReview = 'pending_review',
  Open = 'open',
  Rejected = 'rejected',
  Claimed = 'claimed',
  Fulfilled = 'fulfilled',
  /** Receipt confirmed: 已圆梦. Points are credited in the same transaction. */
  Confirmed = 'confirmed',
  Withdrawn = 'withdrawn',
}

export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  [WishStatus.PendingReview]: '待审核',
  [WishStatus.Open]: '待认领',
  [WishStatus.Rejected]: '未通过',
  [WishStatus.Claimed]: '已认领',
  [WishStatus.Fulfilled]: '待确认',
  [WishStatus.Confirmed]: '已圆梦',
  [WishStatus.Withdrawn]: '已撤回',
};

/** How each line of a wish's history reads in its timeline (the kinds its history lines are written with). */
export const WISH_EVENT_LABELS: Readonly<Record<string, string>> = {
  post: '发布心愿',
  approve: '审核通过，上了心愿墙',
  reject: '未通过审核',
  withdraw: '发布人撤回',
  claim: '被认领',
  cancel_claim: '认领人放弃认领，回到心愿墙',
  remind: '认领超期，已提醒认领人',
  release: '认领超期未完成，回到心愿墙',
  reassign: '社区改派认领人',
  fulfil: '认领人已完成',
  escalate: '超期未确认，转网格员或社区书记代确认',
  confirm: '确认收到，心愿已圆梦',
};

/** A history line's words; a kind written by a newer server than this client still reads as something. */
export function wishEventLabel(kind: string): string {
  return WISH_EVENT_LABELS[kind] ?? '心愿动态';
}

/** Per-community wish rules (心愿规则); a community that has not set its own uses these. */
export const WISH_DEFAULTS = {
  /** 500 yuan, in fen. */
  valueCapFen: 50_000,
  /** A claim not fulfilled within this many days is reminded... */
  fulfilDays: 7,
  /** ...and released back to the wall this many days after the reminder. */
  releaseAfterReminderDays: 3,
  /** A fulfilled wish not confirmed within this many days goes to the grid worker or secretary. */
  confirmDays: 7,
  /** Points credited to each claimer when a wish is confirmed. */
  points: 10,
  maxCoClaimers: 4,
  maxPhotos: 3,
} as const;

/** What a secretary may set each rule to; the bounds keep wishes small and deadlines humane. */
export const WISH_SETTING_BOUNDS = {
  /** Up to 5,000 yuan: a micro-wish stays micro. */
  valueCapFen: { min: 100, max: 500_000 },
  fulfilDays: { min: 1, max: 60 },
  releaseAfterReminderDays: { min: 1, max: 30 },
  confirmDays: { min: 1, max: 60 },
  pointsPerWish: { min: 0, max: 100 },
  /** Days a closed wish keeps the beneficiary's private details: a month to settle questions, a year at most. */
  retentionDays: { min: 30, max: 365 },
} as const;

export type WishSettingKey = keyof typeof WISH_SETTING_BOUNDS;

/** The rules a community's wishes follow. */
export type WishRules = Record<WishSettingKey, number>;

export const DEFAULT_WISH_RULES: WishRules = {
  valueCapFen: WISH_DEFAULTS.valueCapFen,
  fulfilDays: WISH_DEFAULTS.fulfilDays,
  releaseAfterReminderDays: WISH_DEFAULTS.releaseAfterReminderDays,
  confirmDays: WISH_DEFAULTS.confirmDays,
  pointsPerWish: WISH_DEFAULTS.points,
  retentionDays: 90,
};

export enum WishPhotoKind {
  /** Shows what is wished for; posted with the wish. */
  Story = 'story',
  /** The claimer's proof of fulfilment. */
  Proof = 'proof',
}

/** Uploads the server accepts: the type is read from the bytes, not the file name. */
export const PHOTO_RULES = {
  maxBytes: 5 * 1024 * 1024,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] as readonly string[],
  maxPerKind: 3,
} as const;
