import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { REGISTER_COLUMNS, REGISTER_RULES, RegisterCell, RegisterColumnKey, RegisterRowError, RegisterSheetRow } from '@linli/shared';
import ExcelJS from 'exceljs';
import { DomainError } from '../common/errors/domain-error';

type Iter = AsyncIterable<Buffer | string>;
type ReaderMethods = { _parseWorksheet: (i: Iter, n: string) => unknown; _parseSharedStrings: (entry: NodeJS.ReadableStream) => unknown };
const parent = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderMethods;

/**
 * Text from the zip's chunks with UTF-8 decoded across chunk boundaries. exceljs decodes each
 * chunk on its own, so a Chinese character split between two chunks comes out as two U+FFFD:
 * a name or a "否" a few thousand rows into a real register read wrong.
 */
async function* utf8(chunks: Iter): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming WorkbookReader, reading text whole (above) and noting merged cells: it skips
 * <mergeCell> elements, which come after the rows in the sheet's XML, and merged cells in a
 * register hide values (only the top-left cell keeps one).
 */
class RegisterWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  readonly merges: string[] = [];

  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown {
    const raw = new PassThrough();
    entry.pipe(raw);
    return parent._parseSharedStrings.call(this, Readable.from(utf8(raw)));
  }

  _parseWorksheet(iterator: Iter, sheetNo: string): unknown {
    const merges = this.merges;
    async function* watched(): AsyncGenerator<string> {
      let tail = '';
      for await (const text of utf8(iterator)) {
        const window = tail + text;
        for (const match of window.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) if (!merges.includes(match[1])) merges.push(match[1]);
        tail = window.slice(-64);
        yield text;
      }
    }
    return parent._parseWorksheet.call(this, watched(), sheetNo);
  }
}

/** The header row's text per column index, to map the template's columns wherever they are. */
function headerMap(row: ExcelJS.Row): Map<number, RegisterColumnKey> | null {
  const byHeader = new Map<string, RegisterColumnKey>(REGISTER_COLUMNS.map((c) => [c.header, c.key]));
  const map = new Map<number, RegisterColumnKey>();
  row.eachCell((cell, col) => {
    const key = byHeader.get(String(cell.text ?? '').trim());
    if (key) map.set(col, key);
  });
  return map.size === REGISTER_COLUMNS.length ? map : null;
}

function missingHeaders(row: ExcelJS.Row): string[] {
  const present = new Set<string>();
  row.eachCell((cell) => present.add(String(cell.text ?? '').trim()));
  return REGISTER_COLUMNS.map((c) => c.header).filter((h) => !present.has(h));
}

/** A cell's value as the register rules take it; a formula is refused by the caller. */
function plain(value: ExcelJS.CellValue): RegisterCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return JSON.stringify(value);
}

const isFormula = (value: ExcelJS.CellValue) => typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/**
 * Reads the first worksheet of an uploaded register as rows of cells, streaming: the rows are
 * never all held as exceljs objects, and reading stops at the row cap. Refuses, naming row and
 * column, what the register's rules cannot judge: formulas (their value is whatever Excel last
 * computed) and merged cells.
 */
export async function readRegisterXlsx(file: Buffer): Promise<{ rows: RegisterSheetRow[]; problems: RegisterRowError[] }> {
  // Every xlsx is a zip: "PK\x03\x04". Anything else (an .xls, a CSV, a photo) is refused up front.
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) throw new DomainError('REGISTER_NOT_XLSX');
  const reader = new RegisterWorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const rows: RegisterSheetRow[] = [];
  const problems: RegisterRowError[] = [];
  const headers = new Map(REGISTER_COLUMNS.map((c) => [c.key, c.header]));
  let columns: Map<number, RegisterColumnKey> | null = null;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) {
        // Only the first sheet is the register (the template's second sheet is the instructions).
        for await (const _ of sheet) void _;
        continue;
      }
      for await (const row of sheet) {
        if (!columns) {
          columns = headerMap(row);
          if (!columns) throw new DomainError('REGISTER_COLUMNS_INVALID', { missing: missingHeaders(row) });
          continue;
        }
        if (row.number > REGISTER_RULES.maxRows + 1) throw new DomainError('REGISTER_TOO_MANY_ROWS', { maxRows: REGISTER_RULES.maxRows });
        const cells: RegisterSheetRow['cells'] = {};
        row.eachCell((cell, col) => {
          const key = columns!.get(col);
          if (!key) return;
          if (isFormula(cell.value)) {
            if (problems.length < REGISTER_RULES.maxErrorsListed)
              problems.push({ row: row.number, column: headers.get(key)!, message: '单元格里是公式，请改成直接填写的值（复制后“选择性粘贴 → 数值”）' });
            return;
          }
          cells[key] = plain(cell.value);
        });
        rows.push({ row: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    // unzipper and the XML parser throw on anything that is not a well-formed workbook.
    throw new DomainError('REGISTER_NOT_XLSX');
  }
  if (!columns) throw new DomainError('REGISTER_COLUMNS_INVALID', { missing: REGISTER_COLUMNS.map((c) => c.header) });
  for (const range of reader.merges) {
    const first = /\d+/.exec(range)![0];
    problems.push({ row: Number(first), column: '', message: `${range} 是合并单元格，请取消合并，每一行都填写完整` });
  }
  return { rows, problems };
}
