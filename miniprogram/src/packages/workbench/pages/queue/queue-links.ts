import { QueueKind } from '@linli/shared';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { QueueItem } from '@/services/api-types';

/**
 * The page where an item is handled one by one: the wish or registration itself, the shift's
 * roster for a member's hours, the topic for a topic or a reported comment on it, 举报处理 for
 * reported wishes and topics and for photos waiting for a person, the confirmation page for a
 * wish its resident did not confirm in time (待代确认).
 */
export function pageOf(item: QueueItem): string {
  switch (item.kind as QueueKind) {
    case QueueKind.WishReview:
      return withQuery(ROUTES.wishReviewDetail, { id: item.id });
    case QueueKind.MemberRegistration:
      return withQuery(ROUTES.memberReview, { id: item.id });
    case QueueKind.UnitRegistration:
      return withQuery(ROUTES.unitReview, { id: item.id });
    case QueueKind.ShiftHours:
      return withQuery(ROUTES.shiftRoster, { id: item.parentId ?? '' });
    case QueueKind.TopicReview:
      return withQuery(ROUTES.topicDetail, { id: item.id });
    case QueueKind.CommentReport:
      return withQuery(ROUTES.topicDetail, { id: item.parentId ?? '' });
    case QueueKind.ContentReport:
      return ROUTES.contentReports;
    case QueueKind.PhotoReview:
      return withQuery(ROUTES.contentReports, { tab: 'photos' });
    case QueueKind.JoinRequest:
      return withQuery(ROUTES.joinReview, { id: item.id });
    case QueueKind.WishConfirm:
      return withQuery(ROUTES.wishConfirm, { id: item.id, from: 'queue' });
    default:
      return ROUTES.me;
  }
}

/** "今天" / "等了 3 天": how long it has waited, in whole days. */
export function waitedText(since: string, now = Date.now()): string {
  const days = Math.floor((now - new Date(since).getTime()) / (24 * 60 * 60 * 1000));
  return days < 1 ? '今天提交' : `已等 ${days} 天`;
}
