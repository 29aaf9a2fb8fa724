import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { MyShift } from '@/services/api-types';
import { myServiceHours, myShifts } from '@/services/posts';
import { minutesLabel, myClaimLabel, shiftTime } from './shift-format';

/**
 * 我的服务: confirmed hours and points here, and my next shifts (seat or waiting list). On 我的班次
 * itself (`onMyShifts`) only the totals: the page lists the shifts, and a link to itself leads nowhere.
 */
export function MyService({ communityId, onMyShifts = false }: { communityId: string; onMyShifts?: boolean }) {
  const hours = useLoad(() => myServiceHours(communityId), [communityId], { reloadOnReturn: true });
  const upcoming = useLoad(() => (onMyShifts ? Promise.resolve<MyShift[]>([]) : myShifts('upcoming')), [communityId, onMyShifts], { reloadOnReturn: true });
  const mine = upcoming.loaded.state === 'ready' ? upcoming.loaded.data.filter((m) => m.post.community.id === communityId) : [];
  const total = hours.loaded.state === 'ready' ? hours.loaded.data : null;

  return (
    <View className="pst-my">
      <View className="pst-hours" onClick={onMyShifts ? undefined : () => void Taro.navigateTo({ url: ROUTES.myShifts })}>
        <View className="pst-hours__item">
          <Text className="pst-hours__value pst-hours__shifts">{total ? total.completedShifts : '—'}</Text>
          <Text className="pst-hours__label">服务次数</Text>
        </View>
        <View className="pst-hours__item">
          <Text className="pst-hours__value pst-hours__minutes">{total ? minutesLabel(total.confirmedMinutes) : '—'}</Text>
          <Text className="pst-hours__label">服务时长</Text>
        </View>
        <View className="pst-hours__item">
          <Text className="pst-hours__value pst-hours__points">{total ? total.points : '—'}</Text>
          <Text className="pst-hours__label">获得积分</Text>
        </View>
        {onMyShifts ? null : <Text className="pst-hours__more">我的班次 ›</Text>}
      </View>
      {mine.length > 0 ? (
        <View className="pst-upcoming">
          <Text className="pst-section">我接下来的班次</Text>
          {mine.slice(0, 3).map((m) => (
            <View
              key={m.claim.id}
              className="pst-upcoming__item"
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.postDetail, { id: m.post.id, shift: m.shift.id }) })}
            >
              <View className="pst-upcoming__text">
                <Text className="pst-upcoming__title">{m.post.title}</Text>
                <Text className="pst-upcoming__time">{shiftTime(m.shift, m.post.kind)}</Text>
              </View>
              <Text className={`pst-mine pst-mine--${m.claim.status}`}>
                {myClaimLabel({ id: m.claim.id, status: m.claim.status, waitingPosition: m.claim.waitingPosition })}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
