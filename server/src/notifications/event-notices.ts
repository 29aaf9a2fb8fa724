import { formatShanghaiMinute, NotificationKind, ShiftClaimAction } from '@linli/shared';
import { Notice } from './notices';
import { NOTICE_PAGES, pageLink } from './notice-links';

/*
 * What each event tells whom, in words a resident understands. A notice names the wish, post or
 * ballot by its title (already public on the wall, the board or the ballot page) and never the
 * beneficiary: no name, phone or address of the person a wish helps goes into a notice.
 */

/** "11月22日 09:05" on the Shanghai clock. */
export function shortTime(instant: Date): string {
  const [date, minute] = formatShanghaiMinute(instant).split(' ');
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日 ${minute}`;
}

/** Everyone in `userIds` but the actor (nobody is told of what they just did), each once. */
export function recipients(userIds: readonly (string | null | undefined)[], actorId: string | null): string[] {
  return [...new Set(userIds.filter((id): id is string => !!id && id !== actorId))];
}

export interface RegistrationFacts {
  id: string;
  communityId: string;
  communityName: string;
  applicantId: string;
  approved: boolean;
  /** Set for a unit registration: the unit's name. */
  unitName: string | null;
  rejectReason: string | null;
}

export function registrationDecided(r: RegistrationFacts): Notice {
  const who = r.unitName ? `${r.unitName}向${r.communityName}` : `您向${r.communityName}`;
  const title = `${r.unitName ? '单位' : '党员'}报到${r.approved ? '已通过' : '未通过'}`;
  const body = r.approved
    ? `${who}的报到已通过审核${r.unitName ? '，已加入社区大党委' : '，欢迎参加社区服务'}`
    : `${who}的报到未通过审核：${r.rejectReason ?? ''}`;
  return {
    userId: r.applicantId,
    communityId: r.communityId,
    kind: r.approved ? NotificationKind.RegistrationApproved : NotificationKind.RegistrationRejected,
    title,
    body,
    link: r.unitName ? NOTICE_PAGES.unitReporting : NOTICE_PAGES.memberReporting,
    dedupeKey: `registration_decided:${r.id}`,
  };
}

export interface WishFacts {
  id: string;
  communityId: string;
  title: string;
  postedBy: string;
  beneficiaryUserId: string;
  agentUserId: string | null;
  claimId: string | null;
  rejectReason: string | null;
}

/** The poster and the beneficiary (they differ when a grid worker posted for a resident). */
export function wishReviewed(wish: WishFacts, approved: boolean, actorId: string): Notice[] {
  return recipients([wish.postedBy, wish.beneficiaryUserId], actorId).map((userId) => ({
    userId,
    communityId: wish.communityId,
    kind: approved ? NotificationKind.WishApproved : NotificationKind.WishRejected,
    title: approved ? '心愿审核通过' : '心愿未通过审核',
    body: approved ? `心愿「${wish.title}」已通过审核，上了心愿墙` : `心愿「${wish.title}」未通过审核：${wish.rejectReason ?? ''}`,
    link: approved ? pageLink(NOTICE_PAGES.wishDetail, { id: wish.id }) : NOTICE_PAGES.myWishes,
    dedupeKey: `wish_reviewed:${wish.id}`,
  }));
}

/** "12月15日" on the Shanghai calendar. */
export function shortDate(instant: Date): string {
  return shortTime(instant).split(' ')[0];
}

export interface ClaimFacts {
  /** The claimer's display name: a member acting in public, not the person helped. */
  claimerName: string;
  /** How many people came together (1 alone, up to 5 with a 帮帮团). */
  groupSize: number;
  /** The claim's deadline: what the claimer has promised. */
  dueAt: Date;
}

/** The beneficiary and their agent: who took the wish on, and by when they promised to deliver it. */
export function wishClaimed(wish: WishFacts, claim: ClaimFacts, actorId: string): Notice[] {
  const who = claim.groupSize > 1 ? `${claim.claimerName}等 ${claim.groupSize} 人（帮帮团）` : claim.claimerName;
  return recipients([wish.beneficiaryUserId, wish.agentUserId], actorId).map((userId) => ({
    userId,
    communityId: wish.communityId,
    kind: NotificationKind.WishClaimed,
    title: '心愿被认领',
    body: `${who}认领了心愿「${wish.title}」，承诺在${shortDate(claim.dueAt)}前完成，会尽快与您联系`,
    link: NOTICE_PAGES.myWishes,
    dedupeKey: `wish_claimed:${wish.claimId}`,
  }));
}

/** The beneficiary and their agent: the claimer says it is done; please confirm. */
export function wishDelivered(wish: WishFacts, actorId: string): Notice[] {
  return recipients([wish.beneficiaryUserId, wish.agentUserId], actorId).map((userId) => ({
    userId,
    communityId: wish.communityId,
    kind: NotificationKind.WishDelivered,
    title: '请确认收到',
    body: `心愿「${wish.title}」的认领人已完成，请确认是否收到`,
    link: pageLink(NOTICE_PAGES.wishConfirm, { id: wish.id }),
    dedupeKey: `wish_delivered:${wish.claimId}`,
  }));
}

/** Every claimer of a confirmed wish (帮帮团 included). */
export function wishFulfilled(wish: WishFacts, claimerIds: readonly string[], pointsEach: number, actorId: string): Notice[] {
  const points = pointsEach > 0 ? `，获得 ${pointsEach} 积分` : '，感谢您的付出';
  return recipients(claimerIds, actorId).map((userId) => ({
    userId,
    communityId: wish.communityId,
    kind: NotificationKind.WishFulfilled,
    title: '心愿已圆梦',
    body: `您认领的心愿「${wish.title}」已确认圆梦${points}`,
    link: NOTICE_PAGES.myWishClaims,
    dedupeKey: `wish_fulfilled:${wish.id}`,
  }));
}

/** The claimer of a claim past its deadline: finish it, or it goes back to the wall at `releaseDueAt`. */
export function wishClaimOverdue(wish: WishFacts & { claimerId: string; releaseDueAt: Date }): Notice {
  return {
    userId: wish.claimerId,
    communityId: wish.communityId,
    kind: NotificationKind.WishClaimOverdue,
    title: '认领的心愿已超期',
    body: `您认领的心愿「${wish.title}」已超过完成期限，请尽快完成；${shortTime(wish.releaseDueAt)}前仍未完成，心愿将回到心愿墙`,
    link: pageLink(NOTICE_PAGES.wishDetail, { id: wish.id }),
    dedupeKey: `wish_claim_overdue:${wish.claimId}`,
  };
}

/** The grid worker(s) of the wish's grid and the community's secretary: nobody confirmed; check and confirm in the resident's place. */
export function wishConfirmEscalated(wish: WishFacts, staffIds: readonly string[]): Notice[] {
  return recipients(staffIds, null).map((userId) => ({
    userId,
    communityId: wish.communityId,
    kind: NotificationKind.WishConfirmEscalated,
    title: '心愿待代确认',
    body: `心愿「${wish.title}」已完成但受助居民超期未确认，请核实后代为确认`,
    link: pageLink(NOTICE_PAGES.wishConfirm, { id: wish.id }),
    dedupeKey: `wish_confirm_escalated:${wish.id}`,
  }));
}

export interface ShiftFacts {
  claimId: string;
  memberId: string;
  communityId: string;
  postId: string;
  postTitle: string;
  shiftId: string;
  startsAt: Date;
}

const CLAIM_NOTICES: Partial<
  Record<ShiftClaimAction, { kind: NotificationKind; title: string; text: (s: ShiftFacts, note: string) => string; onPost: boolean }>
> = {
  [ShiftClaimAction.Promote]: {
    kind: NotificationKind.ShiftPromoted,
    title: '候补递补成功',
    onPost: true,
    text: (s) => `您已递补为「${s.postTitle}」${shortTime(s.startsAt)}班次的正式人员，请按时到岗`,
  },
  [ShiftClaimAction.Remove]: {
    kind: NotificationKind.ShiftRemoved,
    title: '已被移出班次',
    onPost: false,
    text: (s, note) => `您已被移出「${s.postTitle}」${shortTime(s.startsAt)}的班次：${note}`,
  },
  [ShiftClaimAction.CancelShift]: {
    kind: NotificationKind.ShiftCancelled,
    title: '班次已取消',
    onPost: false,
    text: (s, note) => `「${s.postTitle}」${shortTime(s.startsAt)}的班次已取消：${note}`,
  },
};

export function claimMoveIsNotified(action: ShiftClaimAction): boolean {
  return CLAIM_NOTICES[action] !== undefined;
}

/** The notice a claim's move owes its member (promoted, removed, shift cancelled); null for moves nobody is told of. */
export function shiftClaimMoved(action: ShiftClaimAction, shift: ShiftFacts, note: string | null): Notice | null {
  const spec = CLAIM_NOTICES[action];
  if (!spec) return null;
  return {
    userId: shift.memberId,
    communityId: shift.communityId,
    kind: spec.kind,
    title: spec.title,
    body: spec.text(shift, note ?? ''),
    link: spec.onPost ? pageLink(NOTICE_PAGES.postDetail, { id: shift.postId, shift: shift.shiftId }) : NOTICE_PAGES.myShifts,
    dedupeKey: `${spec.kind}:${shift.claimId}`,
  };
}

export function shiftReminder(shift: ShiftFacts): Notice {
  return {
    userId: shift.memberId,
    communityId: shift.communityId,
    kind: NotificationKind.ShiftReminder,
    title: '上岗提醒',
    body: `「${shift.postTitle}」将于${shortTime(shift.startsAt)}开始，请按时到岗签到`,
    link: pageLink(NOTICE_PAGES.postDetail, { id: shift.postId, shift: shift.shiftId }),
    dedupeKey: `shift_reminder:${shift.claimId}`,
  };
}

export interface BallotFacts {
  id: string;
  communityId: string;
  title: string;
  closesAt: Date;
}

export function ballotNotice(kind: NotificationKind.BallotOpened | NotificationKind.BallotClosing, ballot: BallotFacts, userId: string): Notice {
  const opened = kind === NotificationKind.BallotOpened;
  return {
    userId,
    communityId: ballot.communityId,
    kind,
    title: opened ? '投票开始' : '投票即将截止',
    body: opened ? `「${ballot.title}」开始投票，${shortTime(ballot.closesAt)}截止` : `「${ballot.title}」将于${shortTime(ballot.closesAt)}截止，您还没有投票`,
    link: pageLink(NOTICE_PAGES.ballotDetail, { id: ballot.id }),
    dedupeKey: `${kind}:${ballot.id}`,
  };
}

export interface QueueFacts {
  communityId: string;
  communityName: string;
  /** Everything waiting in the queue now (new and old). */
  waiting: number;
  /** The Shanghai calendar day: one such notice per approver, community and day. */
  day: string;
}

/** An approver of the community: new items wait for review (a digest of the day's arrivals, not one notice per item). */
export function queueWaiting(q: QueueFacts, approverIds: readonly string[]): Notice[] {
  return recipients(approverIds, null).map((userId) => ({
    userId,
    communityId: q.communityId,
    kind: NotificationKind.QueueWaiting,
    title: '有新的待审核事项',
    body: `${q.communityName}有 ${q.waiting} 项事项等待审核，请到「待办」处理`,
    link: NOTICE_PAGES.workQueue,
    dedupeKey: `queue_waiting:${q.communityId}:${q.day}`,
  }));
}
