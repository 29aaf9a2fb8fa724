import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { PostKind } from '@linli/shared';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { useShareCard } from '@/navigation/share';
import { postShareCard } from '@/navigation/share-cards';
import { ShareLink } from '@/components/share/ShareLink';
import { ClaimActions } from '@/pages/posts/ClaimActions';
import { availability, myClaimLabel, seatsClass, shiftTime } from '@/pages/posts/shift-format';
import type { Post, Shift } from '@/services/api-types';
import { getPost } from '@/services/posts';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { postKindLabel, postTypeLabel, skillLabel } from '@/utils/labels';
import { CheckPanel } from '../../components/CheckPanel';
import '@/pages/posts/posts.scss';
import '../../posts.scss';

/**
 * A post and its shifts. A Party member of its community claims a shift (or joins its waiting
 * list), cancels, and on the day checks in and out; the post's managers open each shift's roster
 * and its check-in code, and edit the post.
 */
export default function PostDetailPage() {
  const { id = '', shift: focus } = useRouter().params;
  const { loaded, reload } = useLoad(() => getPost(id), [id], { reloadOnReturn: true });
  useShareCard(loaded.state === 'ready' ? postShareCard(loaded.data, focus) : null);
  const { community } = useSession();
  const { isPartyMember } = useCommunityRoles();

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );

  const post = loaded.data;
  const mayClaim = isPartyMember && community?.id === post.community.id;
  // The shift the member came for first, then the rest in time order.
  const shifts = [...post.shifts].sort((a, b) => (a.id === focus ? -1 : b.id === focus ? 1 : a.startsAt.localeCompare(b.startsAt)));
  const again = () => void reload();

  return (
    <PageShell>
      <InfoCard className="pst-post" title={post.title} extra={<Text className="pst-type">{postTypeLabel(post.type)}</Text>}>
        <Text className="pst-post__description">{post.description}</Text>
        <InfoRow label="岗位性质" value={postKindLabel(post.kind)} />
        <InfoRow label="地点" value={post.place.address} />
        <InfoRow label="积分" value={post.pointsPerHour > 0 ? `每服务 1 小时得 ${post.pointsPerHour} 积分` : null} />
        <InfoRow label="专长要求" value={post.requiredSkills.map(skillLabel).join('、')} />
        <InfoRow label="发布" value={post.publisherUnitName ? `${post.publisherUnitName}（${post.publisherName}）` : post.publisherName} />
      </InfoCard>
      {post.canManage ? (
        <View className="lin-actions">
          <Button className="pst-edit" block onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.postForm, { id: post.id }) })}>
            编辑岗位、添加班次
          </Button>
        </View>
      ) : null}
      <Text className="pst-section pst-section--page">{post.kind === PostKind.Standing ? '任期' : '班次'}</Text>
      {shifts.length === 0 ? <Text className="lin-note">还没有班次。</Text> : null}
      {shifts.map((shift) => (
        <ShiftPanel key={shift.id} post={post} shift={shift} focused={shift.id === focus} mayClaim={mayClaim} onDone={again} />
      ))}
      {!mayClaim && !post.canManage ? <Text className="lin-note">本社区完成双报到的在职党员可以认领先锋岗。</Text> : null}
      <ShareLink card={postShareCard(post, focus)} />
    </PageShell>
  );
}

function ShiftPanel({ post, shift, focused, mayClaim, onDone }: { post: Post; shift: Shift; focused: boolean; mayClaim: boolean; onDone: () => void }) {
  const mine = myClaimLabel(shift.myClaim);
  const ended = new Date(shift.endsAt).getTime() <= Date.now();
  const seats = availability(shift, post.kind);
  return (
    <View className={`pst-panel ${focused ? 'pst-panel--focus' : ''}`}>
      <View className="pst-panel__head">
        <Text className="pst-panel__time">{shiftTime(shift, post.kind)}</Text>
        {mine ? <Text className={`pst-mine pst-mine--${shift.myClaim!.status} pst-my-status`}>{mine}</Text> : null}
      </View>
      <Text className={seatsClass(seats.tone)}>{seats.text}</Text>
      <ClaimActions shift={shift} post={post} mayClaim={mayClaim} onDone={onDone} />
      <CheckPanel shift={shift} post={post} onDone={onDone} />
      {post.canManage ? (
        <View className="pst-panel__manage">
          <Button className="pst-open-roster" size="large" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.shiftRoster, { id: shift.id }) })}>
            名单与时长
          </Button>
          {post.kind === PostKind.Shift && shift.status === 'open' && !ended ? (
            <Button
              className="pst-open-code"
              type="primary"
              size="large"
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.shiftCode, { id: shift.id }) })}
            >
              显示签到码
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
