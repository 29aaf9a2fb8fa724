import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@/services/api-types';

const COLUMNS = [
  { key: 'members', label: '党员' },
  { key: 'units', label: '单位' },
  { key: 'wishesPosted', label: '心愿' },
  { key: 'wishesFulfilled', label: '圆梦' },
  { key: 'serviceHours', label: '时长' },
] as const;

/** A street's communities side by side, with the street's total under them; a tap opens one. */
export function CommunityTable({ data, onOpen }: { data: Dashboard; onOpen: (communityId: string) => void }) {
  const total = {
    members: data.members,
    units: data.units,
    wishesPosted: data.wishes.posted,
    wishesFulfilled: data.wishes.fulfilled,
    serviceHours: data.shifts.serviceHours,
  };
  return (
    <>
      <Text className="wbk-section">各社区对比</Text>
      <Text className="lin-note">心愿、圆梦、服务时长（小时）为近 12 个月；点社区名查看该社区。</Text>
      <View className="wbk-table" role="table">
        <View className="wbk-table__row wbk-table__row--head" role="row">
          <Text className="wbk-table__cell wbk-table__cell--name">社区</Text>
          {COLUMNS.map((c) => (
            <Text key={c.key} className="wbk-table__cell">
              {c.label}
            </Text>
          ))}
        </View>
        {data.communities.map((line) => (
          <View key={line.communityId} className="wbk-table__row wbk-community-line" role="row" onClick={() => onOpen(line.communityId)}>
            <Text className="wbk-table__cell wbk-table__cell--name wbk-link">{line.name}</Text>
            {COLUMNS.map((c) => (
              <Text key={c.key} className="wbk-table__cell">
                {line[c.key]}
              </Text>
            ))}
          </View>
        ))}
        <View className="wbk-table__row wbk-table__row--total" role="row">
          <Text className="wbk-table__cell wbk-table__cell--name">合计</Text>
          {COLUMNS.map((c) => (
            <Text key={c.key} className="wbk-table__cell">
              {total[c.key]}
            </Text>
          ))}
        </View>
      </View>
    </>
  );
}
