import { ShiftClaimAction } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { Post } from '../posts/post.entity';
import { PostShift } from '../posts/post-shift.entity';
import { claimMoveIsNotified, shiftClaimMoved } from './event-notices';
import { insertNotices } from './notices';

/**
 * The notice a claim's move owes its member (promoted from the waiting list, removed, shift
 * cancelled), written in the move's own transaction. A free function, not a service: the posts
 * module moves claims in plain functions that hold only the transaction's manager.
 */
export async function noticeOfClaimMove(
  manager: EntityManager,
  action: ShiftClaimAction,
  claim: { id: string; postId: string; shiftId: string },
  memberId: string,
  note: string | null,
): Promise<void> {
  if (!claimMoveIsNotified(action)) return;
  const shift = await manager.getRepository(PostShift).findOneOrFail({ select: { id: true, communityId: true, startsAt: true }, where: { id: claim.shiftId } });
  const post = await manager.getRepository(Post).findOneOrFail({ select: { id: true, title: true }, where: { id: claim.postId } });
  const notice = shiftClaimMoved(
    action,
    {
      claimId: claim.id,
      memberId,
      communityId: shift.communityId,
      postId: post.id,
      postTitle: post.title,
      shiftId: shift.id,
      startsAt: shift.startsAt,
    },
    note,
  );
  if (notice) await insertNotices(manager, [notice]);
}
