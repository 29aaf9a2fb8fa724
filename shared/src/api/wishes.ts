import { WishCategory, WishPhotoKind, WishRules, WishStatus } from '../wishes';
import { MediaCheckStatus } from './content-safety';
import { PlaceRef } from './identity';

/**
 * A wish as anyone in the community sees it on the wall. It carries no full name, phone,
 * household or address of the beneficiary: only a masked name (王女士) and the grid and building.
 */
export interface WishPublicView {
  id: string;
  community: PlaceRef;
  grid: PlaceRef;
  building: PlaceRef;
  title: string;
  story: string;
  category: WishCategory;
  valueFen: number;
  /** YYYY-MM-DD (Asia/Shanghai). */
  wantedBy: string;
  status: WishStatus;
  beneficiaryMasked: string;
  /** Posted by a grid worker for a resident who cannot use a phone (代办). */
  postedByAgent: boolean;
  /** The helpers are public: 认领人 and 帮帮团 by display name. */
  claimerName: string | null;
  coClaimerNames: string[];
  /** Approved photos only; each URL is signed for a limited time. */
  photos: WishPhotoView[];
  createdAt: string;
  claimedAt: string | null;
  /** The claimer delivers by then (the deadline is public; who and where are not). */
  claimDueAt: string | null;
  fulfilledAt: string | null;
  confirmedAt: string | null;
}

/** The wish as its poster, beneficiary, agent and the community's secretary see it. */
export interface WishManageView extends WishPublicView {
  beneficiaryUserId: string;
  beneficiaryName: string;
  householdLabel: string;
  agentName: string | null;
  consentNote: string | null;
  rejectReason: string | null;
  fulfilmentNote: string | null;
  thanks: string | null;
  rating: number | null;
  /** Every photo, approved or waiting for the secretary. */
  allPhotos: WishPhotoView[];
  /** Hidden by the secretary after reports: off the wall, shown to its people as 已隐藏 with the reason. */
  hidden: boolean;
  hiddenReason: string | null;
}

export interface WishPhotoView {
  id: string;
  kind: WishPhotoKind;
  approved: boolean;
  /** The content check: public only once approved and passed; a refused photo is no longer served. */
  check: MediaCheckStatus;
  /** A signed, expiring URL (images cannot send the bearer header) of the photo, for a detail view or a preview. */
  url: string;
  /** The same photo small (≤ 480 px, a few tens of KB), for walls, lists and cards; signed the same way. */
  thumbUrl: string;
}

/** What the active claimer needs to deliver, only while the claim is live. */
/** A Party member of the wish's community the claimer may invite into a 帮帮团 (name only: members act in public). */
export interface CoClaimerCandidateView {
  userId: string;
  displayName: string;
}

export interface WishContactView {
  wishId: string;
  beneficiaryName: string;
  phone: string | null;
  address: string;
  /** Who to call instead when a grid worker posted for the resident. */
  agentName: string | null;
  agentPhone: string | null;
  claimDueAt: string;
}

/** One line of a wish's history (进程), oldest first. */
export interface WishHistoryItemView {
  /** post, approve, claim, remind, release, fulfil, escalate, confirm… */
  kind: string;
  /** The line in Chinese words (WISH_EVENT_LABELS). */
  label: string;
  /** A reason or remark written with it (e.g. a rejection reason, 帮帮团 3 人); never private details. */
  note: string | null;
  /** ISO time. */
  at: string;
  /** Done by the deadline sweep, not by a person. */
  bySystem: boolean;
}

/** A wish's history, for its poster, beneficiary, agent, live claimer and the community's secretary. */
export interface WishHistoryView {
  wishId: string;
  items: WishHistoryItemView[];
}

export interface WishCountsView {
  communityId: string;
  open: number;
  claimed: number;
  /** 已圆梦 N 个. */
  fulfilled: number;
}

/** A community's 心愿规则: its own where the secretary set them, the defaults otherwise. */
export interface WishSettingsView extends WishRules {
  communityId: string;
  /** Null while the community follows the defaults. */
  updatedAt: string | null;
  updatedByName: string | null;
}
