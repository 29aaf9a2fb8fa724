import { Text, View } from '@tarojs/components';
import type { MemberRegistration } from '@/services/api-types';
import { formatDay } from '@/utils/dates';
import { StatusBadge } from '../../components/StatusBadge';

/** Earlier registrations: withdrawn, turned down, or ended by a newer one. */
export function HistoryList({ registrations }: { registrations: MemberRegistration[] }) {
  if (registrations.length === 0) return null;
  return (
    <View className="rpt-history">
      <Text className="lin-section-title">历史记录</Text>
      {registrations.map((r) => (
        <View key={r.id} className="lin-item">
          <View className="lin-item__text">
            <Text className="lin-item__title">
              {r.community.name} · {r.unit.name}
            </Text>
            <Text className="lin-item__line">
              提交于 {formatDay(r.submittedAt)}
              {r.rejectReason ? ` · 原因：${r.rejectReason}` : ''}
            </Text>
          </View>
          <StatusBadge status={r.status} />
        </View>
      ))}
    </View>
  );
}
