import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { TabStrip } from '@/components/blocks/TabStrip';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { MyService } from '@/pages/posts/MyService';
import { minutesLabel, myClaimLabel, shiftTime } from '@/pages/posts/shift-format';
import type { MyShift } from '@/services/api-types';
import { myShifts } from '@/services/posts';
import { useSession } from '@/state/session';
import { postTypeLabel } from '@/utils/labels';
import '@/pages/posts/posts.scss';
import '../../posts.scss';

const TABS = [
  { value: 'upcoming', label: '未结束' },
  { value: 'past', label: '已结束' },
] as const;

/** 我的班次: hours and points here, my coming shifts (seat or waiting list), and past ones with their hours. */
export default function MyShiftsPage() {
  const { community } = useSession();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const { loaded, reload } = useLoad(() => myShifts(when), [when], { reloadOnReturn: true });

  return (
    <PageShell>
      {community ? <MyService communityId={community.id} onMyShifts /> : null}
      <TabStrip className="pst-tabs" tabs={TABS} value={when} onChange={setWhen} />
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'failed' ? <LoadFailed error={loaded.error} onRetry={() => void reload(true)} /> : null}
      {loaded.state === 'ready' && loaded.data.length === 0 ? (
        <EmptyState
          title={when === 'upcoming' ? '还没有认领班次' : '还没有服务记录'}
          description="在「先锋岗」里认领班次，到岗签到签退，社区确认后服务时长换成积分。"
        />
      ) : null}
      {loaded.state === 'ready' ? loaded.data.map((item) => <MyShiftCard key={item.claim.id} item={item} />) : null}
    </PageShell>
  );
}

function MyShiftCard({ item }: { item: MyShift }) {
  const { claim, shift, post } = item;
  const status = myClaimLabel({ id: claim.id, status: claim.status, waitingPosition: claim.waitingPosition });
  return (
    <View className="pst-shift pst-my-shift" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.postDetail, { id: post.id, shift: shift.id }) })}>
      <View className="pst-shift__head">
        <Text className="pst-type">{postTypeLabel(post.type)}</Text>
        <Text className="pst-shift__title">{post.title}</Text>
        <Text className={`pst-mine pst-mine--${claim.status}`}>{status}</Text>
      </View>
      <Text className="pst-shift__time">{shiftTime(shift, post.kind)}</Text>
      <Text className="pst-shift__line">{post.place.address}</Text>
      {claim.confirmedMinutes !== null ? (
        <Text className="pst-seats pst-my-shift__hours">
          服务 {minutesLabel(claim.confirmedMinutes)}，得 {claim.points ?? 0} 积分
        </Text>
      ) : claim.servedMinutes !== null ? (
        <Text className="pst-shift__line">签到签退 {minutesLabel(claim.servedMinutes)}，等社区确认</Text>
      ) : null}
      {claim.note ? <Text className="pst-shift__line">社区备注：{claim.note}</Text> : null}
    </View>
  );
}
