import { Text, View } from '@tarojs/components';
import { ERROR_CATALOG, EXPORT_KIND_LABELS, EXPORT_STATUS_LABELS, ExportStatus, type ExportKind } from '@linli/shared';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import type { ExportJob } from '@/services/api-types';
import { downloadExport } from '@/services/exports';
import { formatMinute } from '@/utils/dates';

/** One export: what and which days, a progress bar while it runs, 下载 once done. */
export function ExportJobCard({ job }: { job: ExportJob }) {
  const [downloading, setDownloading] = useState(false);
  const running = job.status === ExportStatus.Queued || job.status === ExportStatus.Running;
  const percent = Math.round(job.progress * 100);

  async function download() {
    setDownloading(true);
    try {
      await downloadExport(job);
    } catch (error) {
      showError(error);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <View className={`wbk-export wbk-export--${job.status}`}>
      <View className="wbk-export__head">
        <Text className="wbk-export__title">{`${job.place.name} · ${EXPORT_KIND_LABELS[job.kind as ExportKind] ?? job.kind}`}</Text>
        <Text className="wbk-export__status">{EXPORT_STATUS_LABELS[job.status as ExportStatus] ?? job.status}</Text>
      </View>
      <Text className="wbk-export__line">{`${job.from} 至 ${job.to} · ${formatMinute(job.createdAt)} 提交`}</Text>
      {running ? (
        <>
          <View className="wbk-progress" role="progressbar" aria-label="导出进度" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <View className="wbk-progress__bar" style={{ width: `${Math.max(percent, 2)}%` }} />
          </View>
          <Text className="wbk-export__line wbk-export__count">
            {job.rowsTotal === null ? '正在统计行数…' : `已写 ${job.rowsDone} / ${job.rowsTotal} 行（${percent}%）`}
          </Text>
        </>
      ) : null}
      {job.status === ExportStatus.Done ? (
        <View className="wbk-export__done">
          <Text className="wbk-export__line">{`共 ${job.rowsTotal ?? job.rowsDone} 行 · ${job.fileName}`}</Text>
          <Button className="wbk-export__download" type="primary" size="small" loading={downloading} disabled={downloading} onClick={() => void download()}>
            下载
          </Button>
        </View>
      ) : null}
      {job.status === ExportStatus.Failed ? <Text className="wbk-export__line wbk-export__error">{failureText(job.errorCode)}</Text> : null}
      {job.status === ExportStatus.Expired ? <Text className="wbk-export__line">文件只保留一天，已删除；需要的话请重新导出。</Text> : null}
    </View>
  );
}

/** Why an export failed, in the catalog's words. */
function failureText(code: string | null): string {
  const known = code ? (ERROR_CATALOG as Record<string, { message: string }>)[code] : undefined;
  return known?.message ?? '导出失败了，请重新导出';
}
