import { createWriteStream, WriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { CellValue, ExportColumn } from './sheets/export-sheet';

/** Sheet XML not yet taken in by the zip compressor beyond which writing waits. */
const MAX_PENDING_BYTES = 1 << 20;
/** A compressor that takes nothing for this long has stalled (e.g. the disk stopped). */
const STALL_MS = 60_000;

type WorksheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/**
 * One worksheet streamed to a file with exceljs's WorkbookWriter: a bold, frozen, filterable
 * header row, then rows committed one by one. exceljs pushes rows into the zip without
 * backpressure, so after each batch `drain` waits until the compressor has caught up: memory
 * stays flat for any number of rows, even when the database answers synchronously (SQLite).
 */
export class XlsxSheetWriter {
  private readonly output: WriteStream;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly worksheet: WorksheetWriter;
  private failure: Error | null = null;
  private closed = false;

  constructor(path: string, title: string, columns: ExportColumn[]) {
    this.output = createWriteStream(path);
    // Listened to from the start: a write error must fail the export, not crash the process.
    this.output.on('error', (error) => (this.failure ??= error));
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.output, useStyles: true, useSharedStrings: false });
    this.workbook.creator = '邻里';
    this.workbook.created = new Date();
    this.worksheet = this.workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.worksheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    this.worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = this.worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
  }

  add(rows: CellValue[][]): void {
    for (const cells of rows) this.worksheet.addRow(cells).commit();
  }

  /** Yields to the event loop, and waits while the compressor is behind. */
  async drain(): Promise<void> {
    const deadline = Date.now() + STALL_MS;
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pendingBytes() > MAX_PENDING_BYTES) {
      if (this.failure) throw this.failure;
      if (Date.now() > deadline) throw new Error('the xlsx compressor stopped taking rows');
      await sleep(1);
    }
    if (this.failure) throw this.failure;
  }

  /** Finishes the file (also after a failure, to release it); resolves once it is on disk. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.worksheet.commit();
    await this.workbook.commit();
    if (this.failure) throw this.failure;
  }

  /**
   * Bytes of sheet XML waiting in the stream between the sheet and the zip compressor. This reads
   * exceljs 4's internals (the sheet's StreamBuf pipes into archiver's PassThrough); if they
   * change, it reads 0 and writing merely stops waiting.
   */
  private pendingBytes(): number {
    const pipes = (this.worksheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
    if (!Array.isArray(pipes)) return 0;
    return pipes.reduce<number>((sum, pipe) => {
      const p = pipe as { _readableState?: { length?: number }; _writableState?: { length?: number } };
      return sum + (p._readableState?.length ?? 0) + (p._writableState?.length ?? 0);
    }, 0);
  }
}
