/** View types of this module, shared by the server DTOs and the mini-program. */

/** What a notice is about: one kind per event a person is told of (each may have its own WeChat template). */
export enum NotificationKind {
  RegistrationApproved = 'registration_approved',
  RegistrationRejected = 'registration_rejected',
  JoinApproved = 'join_approved',
  JoinRefused = 'join_refused',
  WishApproved = 'wish_approved',
  WishRejected = 'wish_rejected',
  WishClaimed = 'wish_claimed',
  /** The claimer says it is delivered: the beneficiary (or agent) is asked to confirm. */
  WishDelivered = 'wish_delivered',
  /** Confirmed (已圆梦): the claimers are told, points credited. */
  WishFulfilled = 'wish_fulfilled',
  /** The claim ran past its deadline: the claimer is reminded once, before the wish goes back to the wall. */
  WishClaimOverdue = 'wish_claim_overdue',
  /** Nobody confirmed a fulfilled wish in time: its grid worker(s) and secretary may confirm in the resident's place. */
  WishConfirmEscalated = 'wish_confirm_escalated',
  ShiftPromoted = 'shift_promoted',
  ShiftRemoved = 'shift_removed',
  ShiftCancelled = 'shift_cancelled',
  ShiftReminder = 'shift_reminder',
  BallotOpened = 'ballot_opened',
  BallotClosing = 'ballot_closing',
  /** New items wait in a secretary's (or deputy's) approval queue: at most one a day per community. */
  QueueWaiting = 'queue_waiting',
  /** One push a day standing in for many ("您有 n 条新消息"); never shown in the inbox itself. */
  Digest = 'digest',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.RegistrationApproved]: '报到通过',
  [NotificationKind.RegistrationRejected]: '报到未通过',
  [NotificationKind.JoinApproved]: '入户申请通过',
  [NotificationKind.JoinRefused]: '入户申请未通过',
  [NotificationKind.WishApproved]: '心愿审核通过',
  [NotificationKind.WishRejected]: '心愿未通过',
  [NotificationKind.WishClaimed]: '心愿被认领',
  [NotificationKind.WishDelivered]: '请确认收到',
  [NotificationKind.WishFulfilled]: '心愿已圆梦',
  [NotificationKind.WishClaimOverdue]: '认领超期提醒',
  [NotificationKind.WishConfirmEscalated]: '心愿待代确认',
  [NotificationKind.ShiftPromoted]: '候补递补成功',
  [NotificationKind.ShiftRemoved]: '移出班次',
  [NotificationKind.ShiftCancelled]: '班次取消',
  [NotificationKind.ShiftReminder]: '上岗提醒',
  [NotificationKind.BallotOpened]: '投票开始',
  [NotificationKind.BallotClosing]: '投票即将截止',
  [NotificationKind.QueueWaiting]: '待审核提醒',
  [NotificationKind.Digest]: '消息汇总',
};

/**
 * The moments the mini-program asks a person to allow WeChat pushes (wx.requestSubscribeMessage
 * must follow a tap, and each "allow" lets one message through): each moment asks for the
 * templates of what that person will be told next.
 */
export enum SubscriptionMoment {
  /** A resident posts a wish: its review, its claim and the request to confirm delivery. */
  WishPosted = 'wish_posted',
  /** A member claims a wish: its fulfilment. */
  WishClaimed = 'wish_claimed',
  /** A member claims a shift or joins its waiting list: reminder, promotion, cancellation. */
  ShiftClaimed = 'shift_claimed',
  /** A member or work unit registers (双报到): the decision. */
  Registered = 'registered',
  /** A voter casts a vote: the next ballot opening and closing. */
  Voted = 'voted',
}

export interface SubscriptionOfferView {
  moment: SubscriptionMoment;
  /** At most 3 (WeChat's limit per request), most important first; empty: nothing to ask. */
  templateIds: string[];
}

export interface SubscriptionOffersView {
  offers: SubscriptionOfferView[];
}

/** Where a notice's WeChat push stands; the inbox shows every notice whatever this says. */
export enum PushStatus {
  /** Waiting for the dispatcher (first try or a retry after a transient failure). */
  Pending = 'pending',
  Sent = 'sent',
  /** Given up: a permanent error, or transient ones until the attempts ran out. */
  Failed = 'failed',
  /** Not pushed on purpose: no openid, no template for the kind, or the user declined (43101). */
  Skipped = 'skipped',
  /** Folded into the day's digest push instead of its own. */
  Digested = 'digested',
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  kindLabel: string;
  title: string;
  body: string;
  /** The mini-program page to open, with its query, e.g. /packages/wishes/pages/detail/index?id=… */
  link: string;
  communityId: string | null;
  /** ISO time it was read; null while unread. */
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPageView {
  items: NotificationView[];
  nextCursor: string | null;
}

export interface UnreadCountView {
  unread: number;
}

export interface ReadAllView {
  /** How many notices this call marked read. */
  marked: number;
  unread: number;
}
