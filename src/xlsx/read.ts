/**
 * Reads an .xlsx file into a WorkbookSnapshot with exceljs: values as Excel holds them, number
 * formats, merges, tables and defined names. Browser-safe: no Node APIs here (see read-file.ts).
 */
import { ValueType, Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { dateToSerial } from '../domain/values/dates';
import { parseRange } from '../domain/values/a1';
import { fold } from '../domain/values/text';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { UnusableWorkbookError } from './read-errors';

export { UnusableWorkbookError, isUnusableWorkbookError } from './read-errors';
export type { UnusableReason } from './read-errors';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MS_PER_DAY = 86_400_000;

/**
 * Reads a workbook held in memory (a file picked in the browser, a buffer read from disk).
 * @throws UnusableWorkbookError when the bytes are not a readable .xlsx workbook.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    // JSZip and the XML parser only say "Corrupted zip ?" or worse: the reason for users is one.
    throw new UnusableWorkbookError('corrupt');
  }
  if (workbook.worksheets.length === 0) throw new UnusableWorkbookError('not-xlsx');
  return snapshotOf(workbook);
}

/** Rejects what is recognisably not an .xlsx before handing bytes to the zip reader. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnusableWorkbookError('empty');
  // Encrypted .xlsx files and legacy .xls files are both OLE compound documents.
  if (bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new UnusableWorkbookError('encrypted-or-xls');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnusableWorkbookError('not-zip');
}

/** Builds the snapshot from a loaded exceljs workbook. */
export function snapshotOf(workbook: Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = readSheet(worksheet);
    sheets.push(sheet);
    for (const table of readTables(worksheet, sheet)) tables.push(table);
  }
  return { sheets, tables, names: readNames(workbook) };
}

interface SparseRow {
  readonly row: number;
  readonly columns: number[];
  readonly values: CellValue[];
  readonly formats: (string | null)[];
}

/** One pass over the stored rows and cells, then a dense copy from the top-left used cell. */
function readSheet(worksheet: Worksheet): SheetSnapshot {
  const rows: SparseRow[] = [];
  let top = Number.POSITIVE_INFINITY;
  let bottom = 0;
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  worksheet.eachRow((row, rowNumber) => {
    const sparse: SparseRow = { row: rowNumber, columns: [], values: [], formats: [] };
    row.eachCell((cell, column) => {
      // exceljs repeats a merge's value in every covered cell; Excel holds it in the top-left one only.
      if (cell.type === ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null) return;
      const format = cell.numFmt;
      sparse.columns.push(column);
      sparse.values.push(value);
      sparse.formats.push(format && format !== 'General' ? format : null);
      if (column < left) left = column;
      if (column > right) right = column;
    });
    if (sparse.columns.length === 0) return;
    rows.push(sparse);
    if (rowNumber < top) top = rowNumber;
    if (rowNumber > bottom) bottom = rowNumber;
  });
  const merges = readMerges(worksheet);
  if (rows.length === 0) return { name: worksheet.name, top: 1, left: 1, values: [], formats: [], merges };

  const width = right - left + 1;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string | null>(width).fill(null));
  }
  for (const sparse of rows) {
    const valueRow = values[sparse.row - top];
    const formatRow = formats[sparse.row - top];
    if (!valueRow || !formatRow) continue;
    for (let i = 0; i < sparse.columns.length; i++) {
      const c = (sparse.columns[i] ?? left) - left;
      valueRow[c] = sparse.values[i] ?? null;
      formatRow[c] = sparse.formats[i] ?? null;
    }
  }
  return { name: worksheet.name, top, left, values, formats, merges };
}

/** Maps an exceljs cell value to the snapshot's raw value: formulas give their cached result. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return null;
  }
  if (value instanceof Date) return toSerial(value);
  const record = value as Record<string, unknown>;
  if (typeof record.error === 'string') return { kind: 'error', code: record.error };
  if ('formula' in record || 'sharedFormula' in record) return toCellValue(record.result);
  if (Array.isArray(record.richText)) return richTextToString(record.richText);
  if ('text' in record) {
    const text = record.text;
    if (typeof text === 'string') return text;
    if (text !== null && typeof text === 'object' && Array.isArray((text as Record<string, unknown>).richText)) {
      return richTextToString((text as Record<string, unknown>).richText as unknown[]);
    }
  }
  return null;
}

function richTextToString(runs: readonly unknown[]): string {
  let text = '';
  for (const run of runs) {
    if (run !== null && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string') {
      text += (run as { text: string }).text;
    }
  }
  return text;
}

/** exceljs turns date-formatted numbers into UTC Dates; back to the serial, keeping a time of day. */
function toSerial(date: Date): CellValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const dayMs = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return dayMs === 0 ? dateToSerial(date) : dateToSerial(date) + dayMs / MS_PER_DAY;
}

/** exceljs keeps merges in a private map of master address → range; `model.merges` would rebuild every cell. */
function readMerges(worksheet: Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range?: unknown } | undefined> })._merges;
  if (!merges) return [];
  const ranges: string[] = [];
  for (const merge of Object.values(merges)) {
    if (merge && typeof merge.range === 'string') ranges.push(merge.range);
  }
  return ranges;
}

interface RawTableModel {
  readonly name?: unknown;
  readonly displayName?: unknown;
  readonly tableRef?: unknown;
  readonly ref?: unknown;
  readonly headerRow?: unknown;
  readonly totalsRow?: unknown;
  readonly columns?: readonly { readonly name?: unknown }[];
}

function readTables(worksheet: Worksheet, sheet: SheetSnapshot): TableSnapshot[] {
  const stored = (worksheet as unknown as { tables?: Record<string, { table?: RawTableModel } | undefined> }).tables;
  if (!stored) return [];
  const tables: TableSnapshot[] = [];
  for (const entry of Object.values(stored)) {
    const model = entry?.table;
    if (!model) continue;
    const name = typeof model.displayName === 'string' && model.displayName ? model.displayName : model.name;
    const ref = typeof model.tableRef === 'string' ? model.tableRef : model.ref;
    if (typeof name !== 'string' || typeof ref !== 'string') continue;
    const range = parseRange(ref);
    if (!range) continue;
    // A totals row is not data: the range handed to the domain stops above it.
    const bottom = model.totalsRow === true && range.bottom > range.top ? range.bottom - 1 : range.bottom;
    tables.push({
      name,
      sheet: sheet.name,
      top: range.top,
      left: range.left,
      bottom,
      right: range.right,
      hasHeaderRow: hasHeaderRow(model, sheet, range.top, range.left),
    });
  }
  return tables;
}

/**
 * exceljs reads `headerRowCount` as true only when written `"1"`, yet Excel omits the attribute for
 * the usual table with headers; so the first row is a header row when the flag says so or when it
 * holds the table's column names (exceljs round trips write those tables back with `headerRowCount="0"`).
 */
function hasHeaderRow(model: RawTableModel, sheet: SheetSnapshot, top: number, left: number): boolean {
  if (model.headerRow === true) return true;
  const columns = model.columns ?? [];
  if (columns.length === 0) return false;
  const row = sheet.values[top - sheet.top];
  if (!row) return false;
  let matches = 0;
  columns.forEach((column, i) => {
    const cell = row[left - sheet.left + i];
    if (typeof column.name === 'string' && typeof cell === 'string' && fold(cell) === fold(column.name)) matches++;
  });
  return matches * 2 > columns.length;
}

/** Workbook-scoped defined names that refer to ranges (exceljs keeps only those); Excel's own `_xlnm.` names left out. */
function readNames(workbook: Workbook): { name: string; ref: string }[] {
  const model = (workbook.definedNames as unknown as { model?: readonly { name?: unknown; ranges?: unknown }[] }).model;
  if (!Array.isArray(model)) return [];
  const names: { name: string; ref: string }[] = [];
  for (const entry of model as readonly { name?: unknown; ranges?: unknown }[]) {
    if (typeof entry.name !== 'string' || entry.name.startsWith('_xlnm.') || !Array.isArray(entry.ranges)) continue;
    names.push({ name: entry.name, ref: (entry.ranges as unknown[]).filter((r) => typeof r === 'string').join(',') });
  }
  return names;
}
