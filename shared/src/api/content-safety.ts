/** View types of this module, shared by the server DTOs and the mini-program. */

/** Where the content check of one uploaded image stands. */
export enum MediaCheckStatus {
  /** Sent to WeChat (mediaCheckAsync); the verdict arrives later by push. */
  Checking = 'checking',
  /** No machine verdict (WeChat not configured or unreachable, the uploader has no openid, WeChat unsure): a person decides. */
  AwaitingReview = 'awaiting_review',
  Passed = 'passed',
  /** Refused by WeChat or by the secretary: never shown again. */
  Refused = 'refused',
}

export const MEDIA_CHECK_LABELS: Record<MediaCheckStatus, string> = {
  [MediaCheckStatus.Checking]: '审核中',
  [MediaCheckStatus.AwaitingReview]: '待人工审核',
  [MediaCheckStatus.Passed]: '已通过',
  [MediaCheckStatus.Refused]: '未通过审核',
};

/** The kinds of uploaded image that are checked. */
export enum MediaKind {
  WishPhoto = 'wish_photo',
  DeliberationPhoto = 'deliberation_photo',
}

/** What residents can report to the secretary (comments are reported in 邻里议事 itself). */
export enum ReportTarget {
  Wish = 'wish',
  Topic = 'topic',
}

export enum ReportStatus {
  /** Reported and not yet decided. */
  Open = 'open',
  Hidden = 'hidden',
  /** The secretary found nothing wrong; a report from someone new opens it again. */
  Dismissed = 'dismissed',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  [ReportStatus.Open]: '待处理',
  [ReportStatus.Hidden]: '已隐藏',
  [ReportStatus.Dismissed]: '已驳回',
};

export const CONTENT_LIMITS = {
  reportReasonMax: 200,
  /** How much of a reported item's text the secretary's list shows. */
  excerptLength: 80,
  /** The latest reasons shown per reported item. */
  reasonsShown: 5,
} as const;

export interface ReportedView {
  reported: true;
}

/** One reported wish or topic, as the secretary of its community sees it. */
export interface ReportedContentView {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  title: string;
  excerpt: string;
  authorName: string;
  /** People who reported it; each person counts once. */
  reportCount: number;
  /** The latest reasons given, newest first. */
  reasons: string[];
  status: ReportStatus;
  firstReportedAt: string;
  lastReportedAt: string;
  decidedAt: string | null;
  /** Why the secretary hid it (shown to the author too). */
  decisionReason: string | null;
}

/** An uploaded image and its check, as the secretary of its community sees it. */
export interface MediaCheckView {
  /** The photo's own id. */
  id: string;
  kind: MediaKind;
  status: MediaCheckStatus;
  /** A signed, expiring URL; a refused image is no longer served. */
  url: string;
  uploaderName: string;
  /** WeChat's risk label when it refused the image. */
  label: number | null;
  /** The secretary's reason for refusing it. */
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}
