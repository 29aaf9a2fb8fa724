import { Text, View } from '@tarojs/components';
import type { UnitMember, WorkUnit } from '@/services/api-types';
import { formatDay } from '@/utils/dates';
import { InfoCard } from '@/components/blocks/InfoCard';
import { StatusBadge } from '../../components/StatusBadge';
import { DownloadButton } from './DownloadButton';

/** One member of the unit: where they reported, since when, the year's record and their summary. */
export function UnitMemberCard({ unit, member }: { unit: WorkUnit; member: UnitMember }) {
  const { record } = member;
  const since = member.approvedAt ? `${formatDay(member.approvedAt)} 起` : '';
  const until = member.endedAt ? `，${formatDay(member.endedAt)} 结束` : '';
  return (
    <InfoCard className="rpt-member" title={member.realName} extra={<StatusBadge status={member.status} />}>
      <Text className="rpt-member__where">
        报到社区：{member.community.name}
        {since || until ? `（${since}${until}）` : ''}
      </Text>
      <View className="rpt-stats">
        <Stat value={String(record.points)} label="积分" />
        <Stat value={String(record.hours)} label="服务小时" />
        <Stat value={String(record.wishesFulfilled)} label="圆梦心愿" />
        <Stat
          value={record.averageRating === null ? '—' : record.averageRating.toFixed(1)}
          label={record.ratingsCount > 0 ? `评价(${record.ratingsCount}次)` : '暂无评价'}
        />
      </View>
      <DownloadButton
        className="rpt-download-member"
        label={`下载${member.realName}的 ${member.year} 年汇总`}
        path="/api/v1/work-units/{unitId}/members/{registrationId}/service-summary"
        options={{ path: { unitId: unit.id, registrationId: member.registrationId }, query: { year: member.year } }}
        fileName={`${member.realName}-${member.year}年服务汇总.xlsx`}
      />
    </InfoCard>
  );
}

function Stat({ value, label }: { value: string; label: string }) {
  return (
    <View className="rpt-stat">
      <Text className="rpt-stat__value">{value}</Text>
      <Text className="rpt-stat__label">{label}</Text>
    </View>
  );
}
