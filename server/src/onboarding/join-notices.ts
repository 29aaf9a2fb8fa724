import { NotificationKind } from '@linli/shared';
import { NOTICE_PAGES } from '../notifications/notice-links';
import { Notice } from '../notifications/notices';

export interface JoinDecision {
  id: string;
  userId: string;
  communityId: string;
  place: string;
  approved: boolean;
  reason: string | null;
}

/** The applicant is told the answer; a refusal says why, so they know whom to ask or what to correct. */
export function joinDecided(d: JoinDecision): Notice {
  return {
    userId: d.userId,
    communityId: d.communityId,
    kind: d.approved ? NotificationKind.JoinApproved : NotificationKind.JoinRefused,
    title: d.approved ? '入户申请已通过' : '入户申请未通过',
    body: d.approved ? `您已加入${d.place}，欢迎来到社区` : `您申请加入${d.place}未通过：${d.reason ?? ''}`,
    link: NOTICE_PAGES.me,
    dedupeKey: `join_decided:${d.id}`,
  };
}
