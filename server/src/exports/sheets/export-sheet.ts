import { shanghaiDateOf } from '@linli/shared';
import { DataSource, In, ObjectLiteral } from 'typeorm';

/** What one export covers: the communities of its place and the instants of its date range. */
export interface ExportScope {
  communityIds: string[];
  communityNames: Map<string, string>;
  /** Midnight starting the first day, Asia/Shanghai. */
  start: Date;
  /** Midnight after the last day (exclusive). */
  end: Date;
  /** Contact phones are written (the community's own secretary). */
  withContacts: boolean;
}

export type CellValue = string | number | Date | null;

export interface ExportColumn {
  header: string;
  width: number;
  /** Excel number format, for dates and decimals. */
  numFmt?: string;
}

/**
 * One kind of export: its columns, how many rows it will have, and its rows in id order a batch
 * at a time (keyset, so a million rows never sit in memory together).
 */
export interface ExportSheet<Row extends { id: string } = { id: string }> {
  /** The worksheet's name (Excel allows 31 characters). */
  readonly title: string;
  columns(scope: ExportScope): ExportColumn[];
  count(scope: ExportScope): Promise<number>;
  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<Row[]>;
  /** One array of cells per row, in column order, with a fixed number of queries per batch. */
  cells(scope: ExportScope, rows: Row[]): Promise<CellValue[][]>;
}

export const FORMATS = {
  time: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
  hours: '0.0',
  yuan: '0.00',
  area: '0.00',
  percent: '0.0%',
} as const;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Excel dates have no time zone: a cell shows the wall-clock time it holds. Every time in an
 * export is written as the Asia/Shanghai wall clock, like the rest of the product's screens.
 */
export function excelTime(instant: Date | null): Date | null {
  return instant ? new Date(instant.getTime() + SHANGHAI_OFFSET_MS) : null;
}

/** The Asia/Shanghai calendar day of an instant, as an Excel date. */
export function excelDay(instant: Date | null): Date | null {
  return instant ? new Date(`${shanghaiDateOf(instant)}T00:00:00Z`) : null;
}

export const yesNo = (value: boolean): string => (value ? '是' : '否');

/** IN lists are cut to this size, so no statement carries thousands of parameters. */
const IN_CHUNK = 500;

export function chunked<T>(values: T[], size = IN_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/** Rows of an entity by id, selecting only the named columns. */
export async function byIds<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: new () => T,
  ids: (string | null)[],
  columns: (keyof T & string)[],
): Promise<Map<string, T>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const result = new Map<string, T>();
  for (const part of chunked(unique)) {
    const select = Object.fromEntries(['id', ...columns].map((c) => [c, true]));
    const rows = await dataSource.getRepository(entity).find({ select: select as never, where: { id: In(part) } as never });
    for (const row of rows) result.set(row.id, row);
  }
  return result;
}
