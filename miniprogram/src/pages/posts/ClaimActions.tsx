import { Text, View } from '@tarojs/components';
import { canCancelClaim, isClaimOpen, POST_DEFAULTS, PostKind, SubscriptionMoment } from '@linli/shared';
import { ConfirmButton } from '@/components/blocks/ConfirmButton';
import type { PostSummary, Shift } from '@/services/api-types';
import { cancelClaim, claimShift } from '@/services/posts';
import { shiftTime, spanOf } from './shift-format';

interface ClaimActionsProps {
  shift: Shift;
  post: Pick<PostSummary, 'kind' | 'title' | 'place' | 'community'>;
  /** A Party member of the post's community: may claim. */
  mayClaim: boolean;
  onDone: () => void;
}

/**
 * 认领 (or 加入候补 when the shift is full) and 取消认领 / 退出候补, each after a confirmation that
 * says what it means. Nothing when there is nothing the member can do now.
 */
export function ClaimActions({ shift, post, mayClaim, onDone }: ClaimActionsProps) {
  const now = Date.now();
  const span = spanOf(shift);
  const claim = shift.myClaim;
  const live = claim && claim.status !== 'cancelled' && claim.status !== 'shift_cancelled';
  const standing = post.kind === PostKind.Standing;

  if (live && (claim.status === 'waiting' || claim.status === 'confirmed')) {
    if (!canCancelClaim(claim.status as Parameters<typeof canCancelClaim>[0], span.startsAt, now)) {
      if (claim.status !== 'confirmed' || standing) return null;
      return <Text className="lin-note pst-cancel-closed">开始前 {POST_DEFAULTS.cancelCutoffMinutes / 60} 小时内不能取消。如有急事不能到岗，请联系社区。</Text>;
    }
    const waiting = claim.status === 'waiting';
    return (
      <View onClick={(e) => e.stopPropagation()}>
        <ConfirmButton
          className="pst-cancel"
          label={waiting ? '退出候补' : '取消认领'}
          title={waiting ? '退出候补' : '取消认领'}
          body={waiting ? '退出后您将不再排队，这个班次有空位时也不会递补给您。' : '取消后名额会让给候补的党员。确定取消吗？'}
          confirmText={waiting ? '退出候补' : '取消认领'}
          done={waiting ? '已退出候补' : '已取消认领'}
          run={() => cancelClaim(claim.id)}
          onDone={onDone}
        />
      </View>
    );
  }
  if (live || !mayClaim || shift.status !== 'open' || !isClaimOpen(post.kind as PostKind, span, now)) return null;

  const full = shift.taken >= shift.capacity;
  const body = full
    ? `这个班次已满，认领后进入候补名单（现在有 ${shift.waiting} 人候补）。有人取消时按顺序递补，递补后会通知您。`
    : standing
      ? `认领「${post.title}」，${shiftTime(shift, post.kind)}。请按岗位要求履职。`
      : `${shiftTime(shift, post.kind)}，地点：${post.place.address}。请按时到岗并扫码签到。开始前 ${POST_DEFAULTS.cancelCutoffMinutes / 60} 小时内不能取消。`;
  return (
    <View onClick={(e) => e.stopPropagation()}>
      <ConfirmButton
        className="pst-claim"
        primary={!full}
        label={full ? '已满，加入候补' : standing ? '认岗' : '认领这个班次'}
        title={full ? '加入候补' : '认领班次'}
        body={body}
        confirmText={full ? '加入候补' : '认领'}
        done={full ? '已加入候补' : '认领成功'}
        subscribe={SubscriptionMoment.ShiftClaimed}
        run={() => claimShift(shift.id)}
        onDone={onDone}
      />
    </View>
  );
}
