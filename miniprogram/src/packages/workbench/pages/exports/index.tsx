import { Text, View } from '@tarojs/components';
import { EXPORT_KIND_LABELS, EXPORT_KIND_RANGE_HINTS, EXPORT_RULES, ExportKind, ExportStatus, exportRangeProblem, shanghaiDateOf } from '@linli/shared';
import { useEffect, useRef, useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Toggle } from '@/components/blocks/Toggle';
import { EmptyState } from '@/components/EmptyState';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import type { ExportJob } from '@/services/api-types';
import { getExport, myExports, startExport } from '@/services/exports';
import { DateRange, withFrom, withTo } from '../../components/DateRange';
import { PlacePicker } from '../../components/PlacePicker';
import { useWatchedPlaces } from '../../components/watched-places';
import { ExportJobCard } from './ExportJobCard';
import '../../workbench.scss';

const POLL_MS = 1200;
const RANGE_PROBLEMS = { EXPORT_RANGE_REVERSED: '开始日期不能晚于结束日期', EXPORT_RANGE_TOO_LONG: `时间范围最长 ${EXPORT_RULES.maxRangeDays} 天，请分段导出` };

const active = (job: ExportJob) => job.status === ExportStatus.Queued || job.status === ExportStatus.Running;

/**
 * 导出: an Excel file of a community's (or a street's) members, units, wishes, service hours or
 * votes over a date range. The server writes it in the background; the page follows each job
 * under way until its file can be downloaded.
 */
export default function ExportsPage() {
  const { places, options, chosen, choose } = useWatchedPlaces();
  const today = shanghaiDateOf(new Date());
  const [kind, setKind] = useState<ExportKind>(ExportKind.Wishes);
  const [range, setRange] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [starting, setStarting] = useState(false);
  const placeId = chosen?.id ?? null;
  const jobs = useLoad(() => (placeId ? myExports(placeId).then((page) => page.items) : Promise.resolve([] as ExportJob[])), [placeId]);
  useFollowJobs(jobs.loaded.state === 'ready' ? jobs.loaded.data : null, jobs.replace);

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
        <EmptyState title="没有可导出的数据" description="导出给社区书记和街道干部使用。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  const problem = exportRangeProblem(range.from, range.to);

  async function start() {
    if (!placeId || problem) return;
    setStarting(true);
    try {
      const job = await startExport(placeId, kind, range.from, range.to);
      const shown = jobs.loaded.state === 'ready' ? jobs.loaded.data : [];
      jobs.replace([job, ...shown.filter((j) => j.id !== job.id)]);
    } catch (error) {
      showError(error);
    } finally {
      setStarting(false);
    }
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-exports">
        <PlacePicker options={options} value={chosen} onChange={choose} />
        <Text className="wbk-section">导出什么</Text>
        <View className="wbk-filters wbk-export-kinds">
          {Object.values(ExportKind).map((k) => (
            <Toggle key={k} compact label={EXPORT_KIND_LABELS[k]} on={kind === k} onClick={() => setKind(k)} className="wbk-export-kind" />
          ))}
        </View>
        <Text className="wbk-section">哪段时间</Text>
        <DateRange from={range.from} to={range.to} onFrom={(from) => setRange(withFrom(range, from))} onTo={(to) => setRange(withTo(range, to))} />
        <Text className="lin-note">{`${EXPORT_KIND_RANGE_HINTS[kind]}。心愿表不含求助人的姓名、电话和住址。`}</Text>
        {problem ? <Text className="lin-note wbk-field__error">{RANGE_PROBLEMS[problem]}</Text> : null}
        <View className="lin-actions">
          <Button
            className="wbk-export-start"
            type="primary"
            size="large"
            block
            loading={starting}
            disabled={starting || !!problem}
            onClick={() => void start()}
          >
            开始导出
          </Button>
        </View>
        <Text className="wbk-section">我的导出</Text>
        {jobs.loaded.state === 'loading' ? <Loading /> : null}
        {jobs.loaded.state === 'failed' ? <LoadFailed error={jobs.loaded.error} onRetry={() => void jobs.reload(true)} /> : null}
        {jobs.loaded.state === 'ready' && jobs.loaded.data.length === 0 ? <Text className="lin-note">还没有导出过。文件保留一天。</Text> : null}
        {jobs.loaded.state === 'ready' ? jobs.loaded.data.map((job) => <ExportJobCard key={job.id} job={job} />) : null}
      </View>
    </PageShell>
  );
}

/** While any job is queued or running, asks for each of them again every moment and puts the answers in the list. */
function useFollowJobs(jobs: ExportJob[] | null, replace: (jobs: ExportJob[]) => void) {
  const latest = useRef(jobs);
  latest.current = jobs;
  const running =
    jobs
      ?.filter(active)
      .map((j) => j.id)
      .join(',') ?? '';
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(() => {
      void Promise.all(running.split(',').map((id) => getExport(id).catch(() => null))).then((fresh) => {
        if (stopped || !latest.current) return;
        const byId = new Map(fresh.filter((j): j is ExportJob => j !== null).map((j) => [j.id, j]));
        replace(latest.current.map((j) => byId.get(j.id) ?? j));
      });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, jobs, replace]);
}
