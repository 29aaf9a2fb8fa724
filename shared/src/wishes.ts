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

/** Per-community wish rules; a community without its own row uses these. */
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
