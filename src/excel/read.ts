/**
 * Reads the whole workbook into a snapshot: names and layout first (two syncs), then the cells of every sheet in row
 * blocks sized so each response stays within the payload budget of chunks.ts (one sync for a small workbook).
 */
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { Area } from '../domain/values/a1';
import { a1 } from '../domain/values/a1';
import { SYNC_BUDGET_BYTES, gridBytes, officeErrorCode } from './chunks';
import { runExcel } from './run';

/** Office.js cell value + its value type → snapshot value: errors become values, empty text becomes null. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { kind: 'error', code: typeof value === 'string' ? value : JSON.stringify(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** What `values` shows for an error (`#N/A`, `#DIV/0!`, `#NAME?`…); text can look the same, so valueTypes confirms it. */
const ERROR_TEXT = /^#(?:N\/A|GETTING_DATA|[A-Z0-9_/]+[!?])$/;

export interface ReadOptions {
  /** Reads merged areas too (ExcelApi 1.13); queued with the layout, so the sync count does not change. */
  readonly withMerges: boolean;
}

/** Response bytes per cell assumed before a sheet has been measured (values + numberFormat). */
const FIRST_GUESS_BYTES_PER_CELL = 40;
/** The first block of a sheet, read before any measure, uses this share of the budget. */
const PROBE_SHARE = 8;
/** Response bytes per cell of `valueTypes`. */
const VALUE_TYPE_BYTES = 10;

/** A sheet being read: its used range (0 rows when empty), what has arrived and the measured bytes per cell. */
interface SheetRead {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  merges: string[];
  /** Charts on the sheet: a sheet with one is never taken as blank. */
  readonly drawings: number;
  readonly values: unknown[][];
  readonly formats: unknown[][];
  bytesPerCell: number;
  /** Cells whose text looks like an error, `row,column` offsets → value type once confirmed. */
  readonly types: Map<string, string>;
}

interface Block {
  readonly sheet: SheetRead;
  readonly offset: number;
  readonly count: number;
}

/** A rectangle (offsets in the used range) whose valueTypes confirm error-looking texts. */
interface Check extends Area {
  readonly sheet: SheetRead;
}

const rectAddress = (sheet: SheetRead, top: number, left: number, bottom: number, right: number): string =>
  `${a1(sheet.top + top, sheet.left + left)}:${a1(sheet.top + bottom, sheet.left + right)}`;

/** @throws ExcelAdapterError when Excel fails. */
export function readWorkbook(options: ReadOptions): Promise<WorkbookSnapshot> {
  return runExcel('read', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name,items/showHeaders');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    const layout = await readLayout(context, worksheets.items, tables.items, options.withMerges);
    await readRounds(context, layout.sheets, []);

    const sheets = layout.sheets.map((sheet): SheetSnapshot => {
      const withMerges = { ...(sheet.merges.length > 0 ? { merges: sheet.merges } : {}), ...(sheet.drawings > 0 ? { drawings: sheet.drawings } : {}) };
      if (sheet.rows === 0) return { name: sheet.name, top: 1, left: 1, values: [], formats: [], ...withMerges };
      const values = sheet.values.map((row, r) => row.map((value, c) => toCellValue(value, sheet.types.get(`${r},${c}`))));
      const formats = sheet.formats.map((row) => row.map((format) => (typeof format === 'string' ? format : null)));
      return { name: sheet.name, top: sheet.top, left: sheet.left, values, formats, ...withMerges };
    });
    const namedItems = names.items.map((item) => {
      const formula = String(item.formula as unknown);
      return { name: item.name, ref: formula.startsWith('=') ? formula.slice(1) : formula };
    });
    return { sheets, tables: layout.tables, names: namedItems };
  });
}

/**
 * Used-range sizes, tables and merged areas in one sync. getMergedAreasOrNullObject "will fail to return the result"
 * beyond 512 merged areas (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
 * if that sync fails, the layout is read again without merges and each sheet's merges in their own guarded syncs.
 */
async function readLayout(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  tables: readonly Excel.Table[],
  withMerges: boolean,
): Promise<{ sheets: SheetRead[]; tables: TableSnapshot[] }> {
  // Merges go last: when they fail the batch, what was queued before them has run and stays usable.
  const queue = (merges: boolean) => {
    const tableReads = tables.map((table) => ({ name: table.name, hasHeaderRow: table.showHeaders, range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'), worksheet: table.worksheet.load('name') }));
    const sheetReads = worksheets.map((worksheet) => ({
      worksheet,
      name: worksheet.name,
      // valuesOnly: formatting applied to whole columns must not inflate the payload.
      used: worksheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      charts: worksheet.charts.load('items/name'),
    }));
    const areas = sheetReads.map(({ worksheet }) => (merges ? worksheet.getRange().getMergedAreasOrNullObject().load('address') : null));
    return { tables: tableReads, sheets: sheetReads.map((read, i) => ({ ...read, areas: areas[i] ?? null })) };
  };
  let queued = queue(withMerges);
  let mergesRead = withMerges;
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    queued = queue(false);
    mergesRead = false;
    await context.sync();
  }
  const sheets = queued.sheets.map(({ worksheet, name, used, charts, areas }): SheetRead => ({
    name,
    worksheet,
    drawings: charts.items.length,
    top: used.isNullObject ? 1 : used.rowIndex + 1,
    left: used.isNullObject ? 1 : used.columnIndex + 1,
    rows: used.isNullObject ? 0 : used.rowCount,
    columns: used.isNullObject ? 0 : used.columnCount,
    merges: areas && !areas.isNullObject ? splitAreas(areas.address) : [],
    values: [],
    formats: [],
    bytesPerCell: FIRST_GUESS_BYTES_PER_CELL,
    types: new Map(),
  }));
  if (withMerges && !mergesRead) await readMergesGuarded(context, sheets, 0);
  const tableSnapshots = queued.tables.map(({ name, hasHeaderRow, range, worksheet }): TableSnapshot => ({
    name,
    sheet: worksheet.name,
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
    hasHeaderRow,
  }));
  return { sheets, tables: tableSnapshots };
}

/**
 * Each sheet's merges in its own sync; a sheet that fails (too many areas) is read again by halves of its used rows,
 * down to single rows (a row that still fails is left without merges).
 */
async function readMergesGuarded(context: Excel.RequestContext, sheets: readonly SheetRead[], index: number): Promise<void> {
  const sheet = sheets[index];
  if (sheet === undefined) return;
  sheet.merges = [...new Set(await mergesIn(context, sheet, 1, Math.max(1, sheet.top + sheet.rows - 1), true))];
  await readMergesGuarded(context, sheets, index + 1);
}

async function mergesIn(context: Excel.RequestContext, sheet: SheetRead, top: number, bottom: number, wholeSheet = false): Promise<string[]> {
  const range = wholeSheet ? sheet.worksheet.getRange() : sheet.worksheet.getRange(`A${top}:XFD${bottom}`);
  const areas = range.getMergedAreasOrNullObject().load('address');
  try {
    await context.sync();
  } catch {
    if (top === bottom && !wholeSheet) return [];
    if (top === bottom) return mergesIn(context, sheet, top, bottom);
    const middle = Math.floor((top + bottom) / 2);
    return [...(await mergesIn(context, sheet, top, middle)), ...(await mergesIn(context, sheet, middle + 1, bottom))];
  }
  return areas.isNullObject ? [] : splitAreas(areas.address);
}

/** The next row blocks to read, within the budget left after `reserved` bytes; every sheet's first block is a small probe. */
function planRound(sheets: readonly SheetRead[], reserved: number): Block[] {
  const blocks: Block[] = [];
  let remaining = SYNC_BUDGET_BYTES - reserved;
  for (const sheet of sheets) {
    const offset = sheet.values.length;
    if (offset >= sheet.rows) continue;
    const rowBytes = Math.max(1, sheet.bytesPerCell * sheet.columns);
    const allowance = offset === 0 ? Math.min(remaining, SYNC_BUDGET_BYTES / PROBE_SHARE) : remaining;
    let count = Math.min(sheet.rows - offset, Math.floor(allowance / rowBytes));
    if (count < 1) {
      if (blocks.length > 0 || reserved > 0) continue;
      count = 1;
    }
    blocks.push({ sheet, offset, count });
    remaining -= count * rowBytes;
  }
  return blocks;
}

/**
 * Reads row blocks until every sheet is complete, one sync per round; error-looking texts are confirmed with
 * valueTypes in the next round. A response Excel still finds too large is retried with blocks half as tall.
 */
async function readRounds(context: Excel.RequestContext, sheets: readonly SheetRead[], checks: readonly Check[]): Promise<void> {
  const reserved = checks.reduce((sum, c) => sum + (c.bottom - c.top + 1) * (c.right - c.left + 1) * VALUE_TYPE_BYTES, 0);
  const blocks = planRound(sheets, reserved);
  if (blocks.length === 0 && checks.length === 0) return;
  const typeLoads = checks.map((check) => ({ check, range: check.sheet.worksheet.getRange(rectAddress(check.sheet, check.top, check.left, check.bottom, check.right)).load('valueTypes') }));
  const loads = blocks.map((block) => ({
    block,
    range: block.sheet.worksheet.getRange(rectAddress(block.sheet, block.offset, 0, block.offset + block.count - 1, block.sheet.columns - 1)).load('values,numberFormat'),
  }));
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || blocks.every((b) => b.count === 1)) throw error;
    blocks.forEach((b) => (b.sheet.bytesPerCell *= 2));
    return readRounds(context, sheets, checks);
  }
  for (const { check, range } of typeLoads) {
    const types = range.valueTypes;
    for (let r = check.top; r <= check.bottom; r += 1) {
      for (let c = check.left; c <= check.right; c += 1) {
        const key = `${r},${c}`;
        if (check.sheet.types.has(key)) check.sheet.types.set(key, String(types[r - check.top]?.[c - check.left]));
      }
    }
  }
  const next: Check[] = loads.flatMap(({ block, range }) => {
    const values = range.values as unknown[][];
    const formats = range.numberFormat as unknown[][];
    const { sheet } = block;
    sheet.values.push(...values);
    sheet.formats.push(...formats);
    // The next blocks of this sheet are sized on what this one weighed, with a margin.
    const measured = (gridBytes(values) + gridBytes(formats)) / Math.max(1, block.count * sheet.columns);
    sheet.bytesPerCell = Math.max(8, measured * 1.25);
    let box: Area | null = null;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== 'string' || !ERROR_TEXT.test(value)) return;
        const top = block.offset + r;
        sheet.types.set(`${top},${c}`, 'String');
        box = box ? { top: Math.min(box.top, top), left: Math.min(box.left, c), bottom: Math.max(box.bottom, top), right: Math.max(box.right, c) } : { top, left: c, bottom: top, right: c };
      }),
    );
    return box ? [{ sheet, ...(box as Area) }] : [];
  });
  return readRounds(context, sheets, next);
}

/** `Feuil1!A1:B2, Feuil1!D4:E4` → `['A1:B2', 'D4:E4']` (each area ends with its cell reference, whatever the sheet name holds). */
export function splitAreas(address: string): string[] {
  const areas = address.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=\s*(?:,|$))/g) ?? [];
  return areas.map((area) => area.replace(/\$/g, ''));
}
