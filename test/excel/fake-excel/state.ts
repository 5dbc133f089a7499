/** The in-memory workbook behind the fake Excel API: plain data plus the Excel rules the adapter relies on. */
import { a1, parseRange, quoteSheet } from '../../../src/domain/values/a1';

export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.code = code;
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type FakeValue = string | number | boolean | null | { readonly error: string };

export interface FakeValidation {
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FakeCell {
  /** Constant, or the cached result of `formula`. */
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  wrap: boolean;
  horizontal: string | null;
  borders: string[];
  validation: FakeValidation | null;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeDataBar {
  range: string;
  color: string | null;
}

export interface FakeChart {
  type: string;
  dataRange: string;
  title: string;
  position: string | null;
}

export const emptyCell = (): FakeCell => ({
  value: null,
  formula: null,
  numberFormat: 'General',
  fill: null,
  font: {},
  wrap: false,
  horizontal: null,
  borders: [],
  validation: null,
});

const key = (row: number, column: number): string => `${row},${column}`;

const isDefaultFormat = (cell: FakeCell): boolean =>
  cell.numberFormat === 'General' && cell.fill === null && Object.keys(cell.font).length === 0 && !cell.wrap && cell.horizontal === null && cell.borders.length === 0 && cell.validation === null;

export class FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly dataBars: FakeDataBar[] = [];
  readonly rowHeights = new Map<number, number>();
  pageLayout: { orientation: string; zoom: unknown } = { orientation: 'Portrait', zoom: { scale: 100 } };
  readonly charts: FakeChart[] = [];
  readonly merges: Rect[] = [];
  deleted = false;

  constructor(name: string) {
    this.name = name;
  }

  /** The cell at 1-based coordinates; `create` makes it exist. */
  at(row: number, column: number, create: true): FakeCell;
  at(row: number, column: number, create?: false): FakeCell | undefined;
  at(row: number, column: number, create = false): FakeCell | undefined {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell && create) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Test seeding: writes constants as given (no coercion), an object `{ formula }` as a formula. */
  set(anchor: string, rows: readonly (readonly (FakeValue | { formula: string; value?: FakeValue })[])[], numberFormat?: string): this {
    const origin = parseRange(anchor);
    if (!origin) throw new Error(`bad anchor ${anchor}`);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.at(origin.top + r, origin.left + c, true);
        if (value !== null && typeof value === 'object' && 'formula' in value) {
          cell.formula = value.formula;
          cell.value = value.value ?? null;
        } else {
          cell.formula = null;
          cell.value = value;
        }
        if (numberFormat !== undefined) cell.numberFormat = numberFormat;
      }),
    );
    return this;
  }

  /** The value shown for a cell address (`B3`), null when empty. */
  valueAt(address: string): FakeValue {
    const r = parseRange(address);
    if (!r) throw new Error(`bad address ${address}`);
    return this.at(r.top, r.left)?.value ?? null;
  }

  cellAt(address: string): FakeCell | undefined {
    const r = parseRange(address);
    if (!r) throw new Error(`bad address ${address}`);
    return this.at(r.top, r.left);
  }

  /** Bounding box of cells with content (valuesOnly) or with any formatting too. */
  usedRect(valuesOnly: boolean, tables: readonly FakeTable[]): Rect | null {
    let rect: Rect | null = null;
    const grow = (row: number, column: number): void => {
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    };
    for (const [k, cell] of this.cells) {
      const hasContent = cell.value !== null || cell.formula !== null;
      if (!hasContent && (valuesOnly || isDefaultFormat(cell))) continue;
      const [row, column] = k.split(',').map(Number) as [number, number];
      grow(row, column);
    }
    if (!valuesOnly) {
      for (const table of tables) {
        if (table.sheet !== this) continue;
        grow(table.rect.top, table.rect.left);
        grow(table.rect.bottom, table.rect.right);
      }
    }
    return rect;
  }

  /** Every non-empty cell as `A1 → value/formula`, for exact before/after comparisons. */
  contents(): Record<string, FakeValue | string> {
    const out: Record<string, FakeValue | string> = {};
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [row, column] = k.split(',').map(Number) as [number, number];
      out[a1(row, column)] = cell.formula !== null ? `=${cell.formula.replace(/^=/, '')}` : cell.value;
    }
    return out;
  }
}

export class FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  showHeaders: boolean;
  style = 'TableStyleMedium2';

  constructor(name: string, sheet: FakeSheet, rect: Rect, showHeaders: boolean) {
    this.name = name;
    this.sheet = sheet;
    this.rect = rect;
    this.showHeaders = showHeaders;
  }

  headers(): string[] {
    const out: string[] = [];
    for (let c = this.rect.left; c <= this.rect.right; c += 1) out.push(String(this.sheet.at(this.rect.top, c)?.value ?? ''));
    return out;
  }
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  readonly xmlParts: FakeXmlPart[] = [];
  readonly properties = { title: '', author: '' };
  /** Every `context.sync()` of every `Excel.run`, for the constant-round-trip checks. */
  syncCount = 0;
  readonly runOptions: unknown[] = [];
  activeSheet: FakeSheet | null = null;
  selection: string | null = null;
  private nextPartId = 1;
  private nextTableId = 1;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** @throws FakeOfficeError for a missing sheet. */
  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Worksheet ${name} not found`);
    return sheet;
  }

  addSheet(name?: string): FakeSheet {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n += 1;
      chosen = `Sheet${n}`;
    }
    if (chosen.length === 0 || chosen.length > 31 || INVALID_SHEET_CHARS.test(chosen) || chosen.startsWith("'")) {
      throw new FakeOfficeError('InvalidArgument', `Invalid sheet name ${chosen}`);
    }
    if (this.sheet(chosen)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${chosen} exists`);
    const sheet = new FakeSheet(chosen);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (INVALID_SHEET_CHARS.test(name) || name.length === 0 || name.length > 31) throw new FakeOfficeError('InvalidArgument', `Invalid sheet name ${name}`);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    const before = `${quoteSheet(sheet.name)}!`;
    for (const item of this.names) item.formula = item.formula.split(before).join(`${quoteSheet(name)}!`);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw new FakeOfficeError('InvalidOperation', 'Cannot delete the last visible sheet');
    const reference = `${quoteSheet(sheet.name)}!`;
    for (const item of this.names) if (item.formula.includes(reference)) item.formula = '=#REF!';
    for (let i = this.tables.length - 1; i >= 0; i -= 1) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  private assertFreeIdentifier(name: string, except?: FakeTable): void {
    if (!/^[A-Za-z_\\\u00c0-\u024f][\w.\u00c0-\u024f]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `Invalid name ${name}`);
    const table = this.table(name);
    if ((table && table !== except) || this.name(name)) throw new FakeOfficeError('ItemAlreadyExists', `${name} is already used`);
  }

  /** Excel's ListObject creation: no overlap, header cells become unique non-empty text. */
  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean, name?: string): FakeTable {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table');
    let top = rect.top;
    if (!hasHeaders) {
      this.insertRowAbove(sheet, rect);
      top = rect.top;
    }
    const full: Rect = { ...rect, bottom: hasHeaders ? rect.bottom : rect.bottom + 1 };
    if (full.bottom === full.top) full.bottom += 1;
    const seen = new Set<string>();
    for (let c = full.left; c <= full.right; c += 1) {
      const cell = sheet.at(top, c, true);
      let header = cell.value === null || typeof cell.value === 'object' ? `Column${c - full.left + 1}` : String(cell.value);
      let suffix = 2;
      const base = header;
      while (seen.has(header.toLowerCase())) header = `${base}${suffix++}`;
      seen.add(header.toLowerCase());
      cell.value = header;
      cell.formula = null;
    }
    let tableName = name;
    if (tableName === undefined) {
      do tableName = `Table${this.nextTableId++}`;
      while (this.table(tableName) || this.name(tableName));
    }
    this.assertFreeIdentifier(tableName);
    const table = new FakeTable(tableName, sheet, full, true);
    this.tables.push(table);
    return table;
  }

  private insertRowAbove(sheet: FakeSheet, rect: Rect): void {
    shiftCells(sheet, rect.top, rect.left, Number.MAX_SAFE_INTEGER, rect.right, 'down');
  }

  renameTable(table: FakeTable, name: string): void {
    this.assertFreeIdentifier(name, table);
    for (const item of this.names) item.formula = item.formula.split(`${table.name}[`).join(`${name}[`);
    table.name = name;
  }

  /** Excel's ListColumns.Add at the right end: cells right of the table, in its rows, shift right. */
  appendTableColumn(table: FakeTable, header: string | undefined): number {
    const { top, bottom, right } = table.rect;
    const shifted: Rect = { top, left: right + 1, bottom, right: Number.MAX_SAFE_INTEGER };
    if (this.tables.some((t) => t !== table && t.sheet === table.sheet && overlaps(t.rect, shifted))) {
      throw new FakeOfficeError('InvalidOperation', 'The operation would move part of another table');
    }
    shiftCells(table.sheet, top, right + 1, bottom, Number.MAX_SAFE_INTEGER, 'right');
    table.rect = { ...table.rect, right: right + 1 };
    const existing = new Set(table.headers().slice(0, -1).map((h) => h.toLowerCase()));
    let name = header ?? `Column${right - table.rect.left + 2}`;
    const base = name;
    let suffix = 2;
    while (existing.has(name.toLowerCase())) name = `${base}${suffix++}`;
    const cell = table.sheet.at(top, right + 1, true);
    cell.value = name;
    cell.formula = null;
    return right + 1 - table.rect.left;
  }

  addName(name: string, formula: string, comment = ''): FakeName {
    if (this.name(name) || this.table(name)) throw new FakeOfficeError('ItemAlreadyExists', `${name} is already used`);
    const normalized = formula.startsWith('=') ? formula : `=${formula}`;
    this.assertReferenceResolves(normalized);
    const item = { name, formula: normalized, comment };
    this.names.push(item);
    return item;
  }

  /** Structured references and sheet references must point at something that exists now. */
  assertReferenceResolves(formula: string): void {
    const structured = /^=([A-Za-z_][\w.]*)\[([^\]]+)\]$/.exec(formula);
    if (structured) {
      const table = this.table(structured[1] ?? '');
      if (!table || !table.headers().some((h) => h.toLowerCase() === (structured[2] ?? '').toLowerCase())) {
        throw new FakeOfficeError('InvalidArgument', `Reference ${formula} is not valid`);
      }
      return;
    }
    const sheetRef = /^=('(?:[^']|'')+'|[^!']+)!/.exec(formula);
    if (sheetRef) {
      const raw = sheetRef[1] ?? '';
      const sheetName = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      if (!this.sheet(sheetName)) throw new FakeOfficeError('InvalidArgument', `Reference ${formula} is not valid`);
    }
  }

  addXmlPart(xml: string): FakeXmlPart {
    const namespaceUri = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    const part = { id: `{00000000-0000-0000-0000-${String(this.nextPartId++).padStart(12, '0')}}`, namespaceUri, xml };
    this.xmlParts.push(part);
    return part;
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Moves the cells of a block one column right or one row down (Excel's "insert cells"). */
function shiftCells(sheet: FakeSheet, top: number, left: number, bottom: number, right: number, direction: 'right' | 'down'): void {
  const moving: [number, number, FakeCell][] = [];
  for (const [k, cell] of sheet.cells) {
    const [row, column] = k.split(',').map(Number) as [number, number];
    if (row >= top && row <= bottom && column >= left && column <= right) moving.push([row, column, cell]);
  }
  for (const [row, column] of moving) sheet.cells.delete(key(row, column));
  for (const [row, column, cell] of moving) {
    sheet.cells.set(direction === 'right' ? key(row, column + 1) : key(row + 1, column), cell);
  }
}

/** `'Plan d''action'!A1:B2` as Excel prints range addresses. */
export function printAddress(sheet: FakeSheet, rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const cells = rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${a1(rect.bottom, rect.right)}`;
  return `${quoteSheet(sheet.name)}!${cells}`;
}
