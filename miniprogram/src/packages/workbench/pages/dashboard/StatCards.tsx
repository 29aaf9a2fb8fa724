import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@/services/api-types';

interface Stat {
  label: string;
  value: string;
  unit?: string;
}

/** A share (0–1) as a whole percentage, a dash when there was nothing to divide. */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10}`;
}

function StatGrid({ stats, className }: { stats: Stat[]; className: string }) {
  return (
    // Two or four figures sit two to a row, three to a row otherwise: no row ends half empty.
    <View className={`wbk-stats ${stats.length % 2 === 0 ? 'wbk-stats--halves' : ''} ${className}`}>
      {stats.map((s) => (
        <View key={s.label} className="wbk-stat">
          <Text className="wbk-stat__value">
            {s.value}
            {s.unit && s.value !== '—' ? <Text className="wbk-stat__unit">{s.unit}</Text> : null}
          </Text>
          <Text className="wbk-stat__label">{s.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** The figures in four groups: reporting now, then wishes, shifts and votes over the last 12 months. */
export function StatCards({ data }: { data: Dashboard }) {
  const { wishes, shifts, ballots } = data;
  return (
    <>
      <Text className="wbk-section">双报到</Text>
      <StatGrid
        className="wbk-stats--reporting"
        stats={[
          { label: '报到党员', value: String(data.members), unit: '人' },
          { label: '共建单位', value: String(data.units), unit: '个' },
        ]}
      />
      <Text className="wbk-section">微心愿（近 12 个月）</Text>
      <StatGrid
        className="wbk-stats--wishes"
        stats={[
          { label: '发布', value: String(wishes.posted), unit: '个' },
          { label: '认领', value: String(wishes.claimed), unit: '个' },
          { label: '圆梦', value: String(wishes.fulfilled), unit: '个' },
          { label: '圆梦用时中位数', value: wishes.medianDaysToFulfil === null ? '—' : String(Math.round(wishes.medianDaysToFulfil * 10) / 10), unit: '天' },
        ]}
      />
      <Text className="wbk-section">先锋岗（近 12 个月）</Text>
      <StatGrid
        className="wbk-stats--shifts"
        stats={[
          { label: '班次', value: String(shifts.held), unit: '个' },
          { label: '服务时长', value: String(shifts.serviceHours), unit: '小时' },
        ]}
      />
      <Text className="wbk-section">议事表决（近 12 个月）</Text>
      <StatGrid
        className="wbk-stats--ballots"
        stats={[
          { label: '已结束表决', value: String(ballots.closed), unit: '次' },
          { label: '平均参与率', value: percentText(ballots.turnout), unit: '%' },
          { label: '民意验收通过率', value: percentText(ballots.acceptanceRate), unit: '%' },
        ]}
      />
    </>
  );
}
