/**
 * One worksheet part streamed into the cells it stores, and nothing else: memory follows the cells that hold a value,
 * never the used range. Values as Excel stores them: the cell type decides (an error stays an error whatever its
 * number format), a formula gives its cached result or, without one, is marked uncalculated.
 */
import type { Area } from '../domain/values/a1';
import { isDateFormat } from '../domain/values/dates';
import type { CellValue } from '../domain/workbook/snapshot';
import { uncalculated } from '../domain/workbook/snapshot';
import type { ReadLimits } from './limits';
import { damaged, tooLarge } from './read-errors';
import type { CellFormats } from './styles';
import { StringItem, unescapeExcelText } from './strings';
import type { XmlElement, XmlHandler } from './xml';
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Serial of 1904-01-01 in the 1900 system: what a 1904-based serial lacks. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** What every sheet of a workbook shares while it is read. */
export interface SheetContext {
  /** The shared strings, undefined when the workbook has no shared strings part. */
  readonly sharedStrings: readonly string[] | undefined;
  readonly formats: CellFormats;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  /** Cells read so far on every sheet, against `limits.cells`. */
  cellsRead: number;
  /** Cells pointing at a shared string that is not there. */
  missingStrings: number;
}

/** The stored cells of one row, by 1-based column. */
export interface StoredRow {
  readonly values: CellValue[];
  readonly formats: (string | null)[];
}

export interface SheetPart {
  /** Rows by 1-based number; in each, holes where nothing is stored. */
  readonly rows: ReadonlyMap<number, StoredRow>;
  readonly cells: number;
  /** Undefined when no cell holds a value. */
  /** The smallest rectangle holding every stored cell. */
  readonly used: Area | undefined;
  readonly merges: readonly string[];
  /** Relationship ids of the sheet's tables. */
  readonly tables: readonly string[];
}

/** A cell as its XML gives it, before it becomes a value. */
interface RawCell {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

const A = 65;
const Z = 90;
const LOWER = 32;
const ZERO = 48;
const NINE = 57;

/** `AB12` → row 12, column 28 (1 to 3 letters, 1 to 7 digits); undefined when it is not a cell address. Hot: once per cell. */
function cellAddress(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i) & ~LOWER;
    if (code < A || code > Z) break;
    column = column * 26 + (code - A + 1);
  }
  const letters = i;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < ZERO || code > NINE) return undefined;
    row = row * 10 + (code - ZERO);
  }
  const digits = ref.length - letters;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 7) return undefined;
  return { row, column };
}

/** `2026-03-15T12:00:00` (a `t="d"` cell) as a serial with its time of day. */
function isoDateSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : (ms - EPOCH_1900) / MS_PER_DAY;
}

/** A number as stored; text that is no finite number stays text, so the reader sees what is there. */
function numberValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** Reads a worksheet part's cells, merges and table references. */
class SheetReader implements XmlHandler {
  readonly rows = new Map<number, StoredRow>();
  readonly merges: string[] = [];
  readonly tables: string[] = [];
  cells = 0;
  used: Mutable<Area> | undefined;
  private inSheetData = false;
  private extension = 0;
  private row = 0;
  private column = 0;
  private cell: RawCell | undefined;
  private field: 'value' | 'formula' | undefined;
  private inline: StringItem | undefined;

  constructor(
    private readonly sheet: string,
    private readonly part: string,
    private readonly context: SheetContext,
  ) {}

  open(element: XmlElement): void {
    if (element.local === 'extLst') this.extension++;
    if (this.extension > 0) return;
    if (this.inline) return this.inline.open(element);
    switch (element.local) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'row':
        if (this.inSheetData) this.startRow(element);
        return;
      case 'c':
        if (this.inSheetData) this.startCell(element);
        return;
      case 'v':
        if (this.cell) this.field = 'value';
        return;
      case 'f':
        if (this.cell) {
          this.field = 'formula';
          this.cell.formula ??= '';
        }
        return;
      case 'is':
        if (this.cell) this.inline = new StringItem();
        return;
      case 'mergeCell': {
        const ref = element.attr('ref');
        if (ref !== undefined) this.merges.push(ref);
        return;
      }
      case 'tablePart': {
        const id = element.prefixedAttr('id');
        if (id !== undefined) this.tables.push(id);
        return;
      }
    }
  }

  close(local: string): void {
    if (local === 'extLst') this.extension--;
    if (this.extension > 0) return;
    if (this.inline) {
      if (local !== 'is') return this.inline.close(local);
      if (this.cell) this.cell.inline = this.inline.take();
      this.inline = undefined;
      return;
    }
    if (local === 'sheetData') this.inSheetData = false;
    else if (local === 'c') this.endCell();
    else if (local === 'v' || local === 'f') this.field = undefined;
  }

  text(text: string): void {
    if (this.inline) return this.inline.text(text);
    if (!this.cell || this.field === undefined) return;
    if (this.field === 'value') this.cell.value = (this.cell.value ?? '') + text;
    else this.cell.formula = (this.cell.formula ?? '') + text;
  }

  private startRow(element: XmlElement): void {
    const r = element.attr('r');
    // `r` is optional: a row without it follows the previous one.
    this.row = r === undefined ? this.row + 1 : Number(r);
    this.column = 0;
    if (!Number.isInteger(this.row) || this.row < 1 || this.row > MAX_ROW) throw damaged({ kind: 'cell-address', part: this.part, address: `${r ?? this.row}` });
  }

  private startCell(element: XmlElement): void {
    const ref = element.attr('r');
    // `r` is optional too: a cell without it sits right of the previous one.
    const address = ref === undefined ? { row: Math.max(this.row, 1), column: this.column + 1 } : cellAddress(ref);
    if (!address || address.row > MAX_ROW || address.column > MAX_COLUMN) throw damaged({ kind: 'cell-address', part: this.part, address: ref ?? '' });
    this.row = address.row;
    this.column = address.column;
    this.cell = { row: address.row, column: address.column, type: element.attr('t') ?? 'n', style: Number(element.attr('s') ?? 0), value: undefined, formula: undefined, inline: undefined };
  }

  private endCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    this.field = undefined;
    if (!cell) return;
    const format = this.context.formats[cell.style] ?? null;
    const value = this.valueOf(cell, format);
    if (value !== null) this.store(cell.row, cell.column, value, format);
  }

  /** The value Excel holds: by the cell's type first, then its format (a date serial in the 1904 system moves to 1900). */
  private valueOf(cell: RawCell, format: string | null): CellValue {
    if (cell.value === undefined && cell.inline === undefined) return cell.formula === undefined ? null : uncalculated(cell.formula.trim());
    const text = cell.value ?? '';
    switch (cell.type) {
      case 's':
        return this.sharedString(text);
      case 'str':
        return unescapeExcelText(text);
      case 'inlineStr':
        return cell.inline ?? unescapeExcelText(text);
      case 'b':
        return text.trim() === '1' || text.trim() === 'true';
      case 'e':
        return { kind: 'error', code: text.trim() };
      case 'd':
        return isoDateSerial(text.trim());
      default: {
        const n = numberValue(text);
        return typeof n === 'number' && this.context.date1904 && isDateFormat(format) ? n + DAYS_1904 : n;
      }
    }
  }

  private sharedString(index: string): CellValue {
    const text = /^\s*\d+\s*$/.test(index) ? this.context.sharedStrings?.[Number(index)] : undefined;
    if (text !== undefined) return text;
    this.context.missingStrings++;
    return null;
  }

  private store(row: number, column: number, value: CellValue, format: string | null): void {
    let stored = this.rows.get(row);
    if (!stored) {
      stored = { values: [], formats: [] };
      this.rows.set(row, stored);
    }
    if (stored.values[column - 1] === undefined) this.count();
    stored.values[column - 1] = value;
    stored.formats[column - 1] = format;
    this.extend(row, column);
  }

  private extend(row: number, column: number): void {
    const used = this.used;
    if (!used) {
      this.used = { top: row, left: column, bottom: row, right: column };
      return;
    }
    if (row < used.top) used.top = row;
    if (row > used.bottom) used.bottom = row;
    if (column < used.left) used.left = column;
    if (column > used.right) used.right = column;
  }

  /** One more cell holding a value: refused beyond the sheet's and the workbook's limits, before memory grows further. */
  private count(): void {
    const { limits } = this.context;
    this.cells++;
    this.context.cellsRead++;
    if (this.cells > limits.cellsPerSheet) throw tooLarge({ kind: 'sheet-cells', sheet: this.sheet, limit: limits.cellsPerSheet });
    if (this.context.cellsRead > limits.cells) throw tooLarge({ kind: 'cells', limit: limits.cells });
  }
}

/** Reads one worksheet part. */
export async function readSheetPart(archive: ZipArchive, part: string, sheet: string, context: SheetContext): Promise<SheetPart> {
  const reader = new SheetReader(sheet, part, context);
  await readXmlPart(archive, part, reader);
  return { rows: reader.rows, cells: reader.cells, used: reader.used, merges: reader.merges, tables: reader.tables };
}
