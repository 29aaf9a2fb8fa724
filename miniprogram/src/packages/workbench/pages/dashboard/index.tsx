import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import type { Dashboard } from '@/services/api-types';
import { dashboardOf } from '@/services/workbench';
import { PlacePicker } from '../../components/PlacePicker';
import { TrendChart, type TrendSeries } from '../../components/TrendChart';
import { useWatchedPlaces } from '../../components/watched-places';
import { CommunityTable } from './CommunityTable';
import { StatCards } from './StatCards';
import '../../workbench.scss';

/**
 * 数据看板: a community's figures (the secretary) or a street's with each community beside the
 * others (the street officer, who may also open any one of them): reporting, wishes, shifts and
 * votes, and their last 12 months as charts.
 */
export default function DashboardPage() {
  const { places, options, chosen, choose } = useWatchedPlaces();
  const placeId = chosen?.id ?? null;
  const { loaded, reload } = useLoad(() => (placeId ? dashboardOf(placeId) : Promise.resolve(null)), [placeId]);

  if (places.loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (places.loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={places.loaded.error} onRetry={() => void places.reload(true)} />
      </PageShell>
    );
  if (!chosen) {
    return (
      <PageShell>
        <EmptyState title="没有可查看的看板" description="数据看板给社区书记和街道干部使用。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-dashboard">
        <PlacePicker options={options} value={chosen} onChange={choose} />
        {loaded.state === 'loading' ? <Loading /> : null}
        {loaded.state === 'failed' ? <LoadFailed error={loaded.error} onRetry={() => void reload(true)} /> : null}
        {loaded.state === 'ready' && loaded.data ? <DashboardBody data={loaded.data} onOpen={choose} /> : null}
      </View>
    </PageShell>
  );
}

function DashboardBody({ data, onOpen }: { data: Dashboard; onOpen: (placeId: string) => void }) {
  const wishSeries = useMemo<TrendSeries[]>(
    () => [
      { name: '发布', values: data.series.wishesPosted, type: 'line' },
      { name: '圆梦', values: data.series.wishesFulfilled, type: 'line' },
    ],
    [data],
  );
  const hourSeries = useMemo<TrendSeries[]>(() => [{ name: '服务时长', values: data.series.serviceHours, type: 'bar' }], [data]);
  const memberSeries = useMemo<TrendSeries[]>(() => [{ name: '新报到党员', values: data.series.newMembers, type: 'bar' }], [data]);

  return (
    <>
      <View className="wbk-dashboard__head">
        <Text className="wbk-dashboard__place">{data.placeName}</Text>
        <Text className="wbk-dashboard__range">
          近 12 个月：{data.months[0]} 至 {data.months[data.months.length - 1]}
        </Text>
      </View>
      {/* A street officer compares the communities first; the street's own totals follow. */}
      {data.communities.length > 0 ? <CommunityTable data={data} onOpen={onOpen} /> : null}
      <StatCards data={data} />
      <Text className="wbk-section">每月变化</Text>
      {/* Keyed by place: a new place draws fresh charts rather than morphing the old ones. */}
      <TrendChart key={`${data.placeId}-wishes`} className="wbk-chart--wishes" title="微心愿（个）" months={data.months} series={wishSeries} />
      <TrendChart key={`${data.placeId}-hours`} className="wbk-chart--hours" title="服务时长（小时）" months={data.months} series={hourSeries} />
      <TrendChart key={`${data.placeId}-members`} className="wbk-chart--members" title="新报到党员（人）" months={data.months} series={memberSeries} />
    </>
  );
}
