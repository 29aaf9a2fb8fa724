import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import Echarts from 'taro-react-echarts';
import { echarts, type ChartOption } from './echarts';

export interface TrendSeries {
  name: string;
  values: number[];
  type: 'line' | 'bar';
}

interface TrendChartProps {
  title: string;
  /** "YYYY-MM", oldest first. */
  months: string[];
  series: TrendSeries[];
  className?: string;
}

const COLORS = ['#c8161d', '#e6a23c', '#5c7cfa'];

/** "2026-03" → "3月" (the page names the twelve months' years above the charts). */
function monthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** Twelve months of one or two series, as a small line or bar chart under a title. */
export function TrendChart({ title, months, series, className }: TrendChartProps) {
  const option = useMemo<ChartOption>(
    () => ({
      color: COLORS,
      // Figures at once, not drawn in: nothing to wait for, nothing moving for older eyes.
      animation: false,
      grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 12 } } : undefined,
      tooltip: { trigger: 'axis', confine: true },
      xAxis: { type: 'category', data: months.map(monthLabel), axisLabel: { fontSize: 10, interval: 1 }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 }, splitLine: { lineStyle: { color: '#ebedf0' } } },
      series: series.map((s) =>
        s.type === 'line'
          ? { name: s.name, type: 'line', data: s.values, smooth: false, symbolSize: 5 }
          : { name: s.name, type: 'bar', data: s.values, barMaxWidth: 14 },
      ),
    }),
    [months, series],
  );
  return (
    <View className={`wbk-chart ${className ?? ''}`}>
      <Text className="wbk-chart__title">{title}</Text>
      {/* Not page-level: it mounts after the data arrives, when the page's onReady has passed. */}
      <Echarts echarts={echarts} option={option} isPage={false} style={{ height: '200px' }} />
    </View>
  );
}
