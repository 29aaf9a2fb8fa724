/** Excel exports (导出): what can be exported, where a job stands, and the views the client reads. */
import type { ErrorCode } from '../errors/catalog';
import type { PlaceRef } from './identity';

export enum ExportKind {
  Members = 'members',
  Units = 'units',
  Wishes = 'wishes',
  ServiceHours = 'service_hours',
  Ballots = 'ballots',
}

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  [ExportKind.Members]: '报到党员',
  [ExportKind.Units]: '共建单位',
  [ExportKind.Wishes]: '微心愿',
  [ExportKind.ServiceHours]: '服务时长',
  [ExportKind.Ballots]: '表决结果',
};

/** What the date range picks, per kind, in words for the export form. */
export const EXPORT_KIND_RANGE_HINTS: Record<ExportKind, string> = {
  [ExportKind.Members]: '期间内处于报到状态的党员',
  [ExportKind.Units]: '期间内处于报到状态的单位',
  [ExportKind.Wishes]: '期间内发布的心愿',
  [ExportKind.ServiceHours]: '期间内开始、已确认时长的班次',
  [ExportKind.Ballots]: '期间内结束的表决',
};

export enum ExportStatus {
  Queued = 'queued',
  Running = 'running',
  Done = 'done',
  Failed = 'failed',
  /** Done, and the file was deleted after the retention time. */
  Expired = 'expired',
}

export const EXPORT_STATUS_LABELS: Record<ExportStatus, string> = {
  [ExportStatus.Queued]: '排队中',
  [ExportStatus.Running]: '导出中',
  [ExportStatus.Done]: '已完成',
  [ExportStatus.Failed]: '导出失败',
  [ExportStatus.Expired]: '已过期',
};

export interface CreateExportInput {
  kind: ExportKind;
  /** First day, YYYY-MM-DD on the Asia/Shanghai calendar, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface ExportJobView {
  id: string;
  place: PlaceRef;
  kind: ExportKind;
  from: string;
  to: string;
  status: ExportStatus;
  /** Rows written so far. */
  rowsDone: number;
  /** Rows to write, counted before writing starts; null until then. */
  rowsTotal: number | null;
  /** rowsDone / rowsTotal between 0 and 1; 1 once done. */
  progress: number;
  /** The download's file name (Chinese), e.g. 东湖社区-微心愿-20260101-20261231.xlsx. */
  fileName: string;
  fileBytes: number | null;
  /** Why it failed (a code from the error catalog); null otherwise. */
  errorCode: ErrorCode | null;
  createdAt: string;
  finishedAt: string | null;
  /** When the file will be deleted (done jobs only). */
  expiresAt: string | null;
}

export interface ExportJobPageView {
  items: ExportJobView[];
  nextCursor: string | null;
}
