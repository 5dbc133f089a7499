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
  /** Ids of pictures and text boxes (test seeding only). */
  readonly shapes: string[] = [];
  readonly merges: Rect[] = [];
  /** Worksheet.protection (ExcelApi 1.2); every cell counts as locked, Excel's default. https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection */
  protection: { protected: boolean; password: string } = { protected: false, password: '' };
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
  usedRect(valuesOnly: boolean, tables: readonly FakeTable[], within?: Rect): Rect | null {
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
      if (within && (row < within.top || row > within.bottom || column < within.left || column > within.right)) continue;
      grow(row, column);
    }
    if (!valuesOnly) {
      for (const table of tables) {
        if (table.sheet !== this) continue;
        const box = within ? intersection(table.rect, within) : table.rect;
        if (!box) continue;
        grow(box.top, box.left);
        grow(box.bottom, box.right);
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
  /** With a totals row, `rect` includes it (its last row). https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-showtotals-member */
  showTotals = false;
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

  /** Rows of the data body: between the header row and the totals row. */
  body(): Rect {
    return { ...this.rect, top: this.rect.top + (this.showHeaders ? 1 : 0), bottom: this.rect.bottom - (this.showTotals ? 1 : 0) };
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

/** Known Office.js bugs, off by default: turn one on to prove the adapter survives it. */
export interface FakeQuirks {
  /** `names.add(name, '=Table[Col]')` stores a fixed address; `addFormulaLocal` keeps the reference. https://github.com/OfficeDev/office-js/issues/740 */
  namesAddFlattensStructuredRefs?: boolean;
  /** Renaming the active sheet on Excel on the web fails with "Invalid Sheet…". https://github.com/OfficeDev/office-js/issues/3218 */
  webRenameActiveSheetFails?: boolean;
}

/** Makes the `sync`-th sync (1 = the next one) run its first `afterOps` queued operations, then reject with `code`. One-shot. */
export interface FakeFailAt {
  sync: number;
  afterOps: number;
  code?: string;
  message?: string;
}

/** Office's message for a write into a protected sheet (the Graph twin of the API answers the same for locked cells). */
const ACCESS_DENIED = 'You cannot perform the requested operation.';

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
  quirks: FakeQuirks = {};
  /** Workbook.protection (ExcelApi 1.7): sheets cannot be added, deleted, renamed, moved or hidden. https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection */
  readonly workbookProtection = { protected: false, password: '' };
  /** Workbook.readOnly (ExcelApi 1.8). https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-readonly-member */
  readOnly = false;
  private failPlan: { plan: FakeFailAt; seen: number } | null = null;
  private nextPartId = 1;
  private nextTableId = 1;
  private nextChartId = 1;

  get failAt(): FakeFailAt | null {
    return this.failPlan?.plan ?? null;
  }
  /** Counting starts when set: `{ sync: 1, afterOps: 3 }` interrupts the very next sync after its third operation. */
  set failAt(plan: FakeFailAt | null) {
    this.failPlan = plan ? { plan, seen: 0 } : null;
  }

  /** Called once per sync: the interruption planned for this one, if any (then forgotten). */
  takeFailure(): { afterOps: number; error: FakeOfficeError } | null {
    if (!this.failPlan) return null;
    this.failPlan.seen += 1;
    if (this.failPlan.seen < this.failPlan.plan.sync) return null;
    const { afterOps, code = 'GeneralException', message = 'There was an internal error while processing the request.' } = this.failPlan.plan;
    this.failPlan = null;
    return { afterOps, error: new FakeOfficeError(code, message) };
  }

  /**
   * Any change to a sheet's cells, formats, tables, conditional formats, validations, merges or charts.
   * Protected sheet: AccessDenied, as Graph's twin API answers for locked cells (https://github.com/microsoftgraph/microsoft-graph-docs/issues/4546).
   * Read-only workbook: AccessDenied (guess; Excel desktop may let a read-only file be edited and only refuse saving it).
   */
  assertCanEdit(sheet: FakeSheet | null): void {
    this.assertWritable();
    if (sheet?.protection.protected) throw new FakeOfficeError('AccessDenied', `${ACCESS_DENIED} The sheet ${sheet.name} is protected.`);
  }

  /** Any write at all (names, properties, XML parts too): refused in a read-only workbook (guess on the code: AccessDenied). */
  assertWritable(): void {
    if (this.readOnly) throw new FakeOfficeError('AccessDenied', `${ACCESS_DENIED} The workbook is read-only.`);
  }

  /** Adding, deleting, renaming, moving or hiding sheets in a protected workbook (guess on the code: AccessDenied). https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection */
  assertStructureEditable(): void {
    this.assertWritable();
    if (this.workbookProtection.protected) throw new FakeOfficeError('AccessDenied', `${ACCESS_DENIED} The workbook structure is protected.`);
  }

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
    this.assertStructureEditable();
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
    this.assertStructureEditable();
    if (this.quirks.webRenameActiveSheetFails && this.activeSheet === sheet) {
      // Code unknown (the issue shows a dialog): ItemNotFound is a guess. https://github.com/OfficeDev/office-js/issues/3218
      throw new FakeOfficeError('ItemNotFound', 'Invalid Sheet. The worksheet that you requested does not exist in the workbook.');
    }
    if (INVALID_SHEET_CHARS.test(name) || name.length === 0 || name.length > 31) throw new FakeOfficeError('InvalidArgument', `Invalid sheet name ${name}`);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    const before = `${quoteSheet(sheet.name)}!`;
    for (const item of this.names) item.formula = item.formula.split(before).join(`${quoteSheet(name)}!`);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.assertStructureEditable();
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
    this.assertStructureEditable();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** Tables and defined names share one namespace, case-insensitively; the code is a guess. https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114 */
  private assertFreeIdentifier(name: string, except?: FakeTable): void {
    if (!/^[A-Za-z_\\\u00c0-\u024f][\w.\u00c0-\u024f]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `Invalid name ${name}`);
    const table = this.table(name);
    if ((table && table !== except) || this.name(name)) throw new FakeOfficeError('ItemAlreadyExists', `${name} is already used`);
  }

  /** Excel's ListObject creation: no overlap, header cells become unique non-empty text. */
  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean, name?: string): FakeTable {
    this.assertCanEdit(sheet);
    // https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
    if (sheet.merges.some((m) => overlaps(m, rect))) {
      throw new FakeOfficeError('MergedRangeConflict', "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.");
    }
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

  /**
   * TableRowCollection.add at the end (index -1 or null): rows inserted above the totals row, cells below shifting
   * down within the table's columns; other tables there move with them, a table straddling them is refused.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
   */
  addTableRows(table: FakeTable, values: readonly (readonly FakeValue[])[]): void {
    this.assertCanEdit(table.sheet);
    const { left, right } = table.rect;
    const at = table.body().bottom + 1;
    const below: Rect = { top: at, left, bottom: Number.MAX_SAFE_INTEGER, right };
    const others = this.tables.filter((t) => t !== table && t.sheet === table.sheet && overlaps(t.rect, below));
    if (others.some((t) => t.rect.left < left || t.rect.right > right)) throw new FakeOfficeError('InvalidOperation', 'The operation would move part of another table');
    if (values.some((row) => row.length !== right - left + 1)) throw new FakeOfficeError('InvalidArgument', 'The number of columns in the values does not match the table');
    shiftCells(table.sheet, at, left, Number.MAX_SAFE_INTEGER, right, 'down', values.length);
    for (const other of others) other.rect = { ...other.rect, top: other.rect.top + values.length, bottom: other.rect.bottom + values.length };
    table.rect = { ...table.rect, bottom: table.rect.bottom + values.length };
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell = table.sheet.at(at + r, left + c, true);
        cell.value = value;
        cell.formula = null;
      }),
    );
  }

  private insertRowAbove(sheet: FakeSheet, rect: Rect): void {
    shiftCells(sheet, rect.top, rect.left, Number.MAX_SAFE_INTEGER, rect.right, 'down');
  }

  renameTable(table: FakeTable, name: string): void {
    this.assertCanEdit(table.sheet);
    this.assertFreeIdentifier(name, table);
    for (const item of this.names) item.formula = item.formula.split(`${table.name}[`).join(`${name}[`);
    table.name = name;
  }

  /** Excel's ListColumns.Add at the right end: cells right of the table, in its rows, shift right. */
  appendTableColumn(table: FakeTable, header: string | undefined): number {
    this.assertCanEdit(table.sheet);
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

  /** `names.add` (1.4) or, with `local`, `names.addFormulaLocal` (1.4); see `quirks.namesAddFlattensStructuredRefs`. */
  addName(name: string, formula: string, comment = '', local = false): FakeName {
    this.assertWritable();
    if (this.name(name) || this.table(name)) throw new FakeOfficeError('ItemAlreadyExists', `${name} is already used`);
    let normalized = formula.startsWith('=') ? formula : `=${formula}`;
    this.assertReferenceResolves(normalized);
    if (!local && this.quirks.namesAddFlattensStructuredRefs) normalized = this.flattenStructuredReference(normalized);
    const item = { name, formula: normalized, comment };
    this.names.push(item);
    return item;
  }

  /** Structured references and sheet references must point at something that exists now. */
  assertReferenceResolves(formula: string): void {
    this.assertFormula(formula);
    const sheetRef = /^=('(?:[^']|'')+'|[^!']+)!/.exec(formula);
    if (sheetRef) {
      const raw = sheetRef[1] ?? '';
      const sheetName = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      if (!this.sheet(sheetName)) throw new FakeOfficeError('InvalidArgument', `Reference ${formula} is not valid`);
    }
  }

  /**
   * Excel parses every formula: a structured reference to a table that does not exist, or to a column the table lacks
   * (headers match case-insensitively, otherwise exactly), is refused. The code is a guess (InvalidArgument).
   * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
   */
  assertFormula(formula: string): void {
    for (const ref of structuredReferences(formula)) this.resolveStructuredReference(ref, formula);
  }

  private resolveStructuredReference(ref: StructuredReference, formula: string): FakeTable {
    const table = this.table(ref.table);
    if (!table) throw new FakeOfficeError('InvalidArgument', `${formula}: there is no table named ${ref.table}`);
    const headers = table.headers().map((h) => h.toLowerCase());
    for (const column of ref.columns) {
      if (!headers.includes(column.toLowerCase())) throw new FakeOfficeError('InvalidArgument', `${formula}: the table ${table.name} has no column "${column}"`);
    }
    return table;
  }

  /** office-js#740: a formula that is exactly one structured reference becomes the fixed address it covers now. */
  private flattenStructuredReference(formula: string): string {
    const refs = structuredReferences(formula);
    const ref = refs[0];
    if (refs.length !== 1 || !ref || ref.start !== 1 || ref.end !== formula.length || ref.items.includes('#This Row')) return formula;
    const table = this.resolveStructuredReference(ref, formula);
    const headers = table.headers().map((h) => h.toLowerCase());
    const columns = ref.columns.map((c) => table.rect.left + headers.indexOf(c.toLowerCase()));
    const body = table.body();
    const rows: [number, number][] = (ref.items.length === 0 ? ['#Data'] : ref.items).map((item) => {
      if (item === '#All') return [table.rect.top, table.rect.bottom];
      if (item === '#Headers') return [table.rect.top, table.rect.top];
      if (item === '#Totals') return [table.rect.bottom, table.rect.bottom];
      return [body.top, body.bottom];
    });
    const rect: Rect = {
      top: Math.min(...rows.map((r) => r[0])),
      bottom: Math.max(...rows.map((r) => r[1])),
      left: columns.length > 0 ? Math.min(...columns) : table.rect.left,
      right: columns.length > 0 ? Math.max(...columns) : table.rect.right,
    };
    return `=${quoteSheet(table.sheet.name)}!$${a1(rect.top, rect.left).replace(/(\d)/, '$$$1')}:$${a1(rect.bottom, rect.right).replace(/(\d)/, '$$$1')}`;
  }

  /** Table.showTotals (ExcelApi 1.1 set): the totals row is the table's last row; cells below move down when the row is taken (guess). */
  setShowTotals(table: FakeTable, show: boolean): void {
    this.assertCanEdit(table.sheet);
    if (show === table.showTotals) return;
    const { sheet, rect } = table;
    if (show) {
      const row = rect.bottom + 1;
      const below: Rect = { top: row, left: rect.left, bottom: Number.MAX_SAFE_INTEGER, right: rect.right };
      const rowBelow: Rect = { ...below, bottom: row };
      const taken = [...sheet.cells.keys()].some((k) => {
        const [r, c] = k.split(',').map(Number) as [number, number];
        return r === row && c >= rect.left && c <= rect.right && (sheet.at(r, c)?.value !== null || sheet.at(r, c)?.formula !== null);
      });
      if (taken) {
        if (this.tables.some((t) => t !== table && t.sheet === sheet && overlaps(t.rect, below))) throw new FakeOfficeError('InvalidOperation', 'The operation would move part of another table');
        shiftCells(sheet, row, rect.left, Number.MAX_SAFE_INTEGER, rect.right, 'down');
      } else if (this.tables.some((t) => t !== table && t.sheet === sheet && overlaps(t.rect, rowBelow))) {
        throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table');
      }
      table.rect = { ...rect, bottom: row };
      const first = sheet.at(row, rect.left, true);
      first.value = 'Total';
      first.formula = null;
    } else {
      clearCells(sheet, { ...rect, top: rect.bottom }, 'All');
      table.rect = { ...rect, bottom: rect.bottom - 1 };
    }
    table.showTotals = show;
  }

  /** Table.delete: the table and its cells go (convertToRange keeps the cells). https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-delete-member(1) */
  deleteTable(table: FakeTable): void {
    this.assertCanEdit(table.sheet);
    this.tables.splice(this.tables.indexOf(table), 1);
    clearCells(table.sheet, table.rect, 'All');
  }

  /**
   * Range.merge (ExcelApi 1.2): only the top-left value survives; merges it touches are replaced.
   * A merge inside a table is refused (InvalidOperation, guess). https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
   */
  merge(sheet: FakeSheet, rect: Rect, across: boolean): void {
    this.assertCanEdit(sheet);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw new FakeOfficeError('InvalidOperation', 'Cells in a table cannot be merged');
    const areas: Rect[] = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
    for (const area of areas) {
      if (area.top === area.bottom && area.left === area.right) continue;
      this.unmerge(sheet, area);
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right && (r !== area.top || c !== area.left)) {
          cell.value = null;
          cell.formula = null;
        }
      }
      sheet.merges.push(area);
    }
  }

  /** Range.unmerge (ExcelApi 1.2): every merged area touching the range is split. */
  unmerge(sheet: FakeSheet, rect: Rect): void {
    this.assertCanEdit(sheet);
    for (let i = sheet.merges.length - 1; i >= 0; i -= 1) if (overlaps(sheet.merges[i] as Rect, rect)) sheet.merges.splice(i, 1);
  }

  /** Chart names (`Chart 1`…), kept aside so that a sheet's `charts` compare as plain data. */
  readonly chartNames = new WeakMap<FakeChart, string>();

  addChart(sheet: FakeSheet, chart: FakeChart): FakeChart {
    this.assertCanEdit(sheet);
    this.chartNames.set(chart, `Chart ${this.nextChartId++}`);
    sheet.charts.push(chart);
    return chart;
  }

  addXmlPart(xml: string): FakeXmlPart {
    this.assertWritable();
    const namespaceUri = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    const part = { id: `{00000000-0000-0000-0000-${String(this.nextPartId++).padStart(12, '0')}}`, namespaceUri, xml };
    this.xmlParts.push(part);
    return part;
  }
}

function intersection(a: Rect, b: Rect): Rect | null {
  return overlaps(a, b) ? { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) } : null;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Range.clear(applyTo): `Contents` empties values and formulas, `Formats` resets formats and unmerges, `All` does both
 * and drops validations (guess). https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto
 */
export function clearCells(sheet: FakeSheet, rect: Rect, applyTo: 'All' | 'Formats' | 'Contents'): void {
  for (const [k, cell] of [...sheet.cells]) {
    const [row, column] = k.split(',').map(Number) as [number, number];
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
    if (applyTo === 'All') {
      sheet.cells.delete(k);
      continue;
    }
    const fresh = emptyCell();
    if (applyTo === 'Contents') Object.assign(cell, { value: fresh.value, formula: fresh.formula });
    else Object.assign(cell, { ...fresh, value: cell.value, formula: cell.formula, validation: cell.validation });
  }
  if (applyTo !== 'Contents') {
    for (let i = sheet.merges.length - 1; i >= 0; i -= 1) if (overlaps(sheet.merges[i] as Rect, rect)) sheet.merges.splice(i, 1);
  }
}

/** A structured reference `Table[...]` found in a formula; `items` are special items (`#Data`…), `columns` unescaped headers. */
export interface StructuredReference {
  table: string;
  items: string[];
  columns: string[];
  /** Offsets of the reference in the formula (end exclusive). */
  start: number;
  end: number;
}

const SPECIAL_ITEMS = ['#All', '#Data', '#Headers', '#Totals', '#This Row'];
/** Characters that force a column name into its own brackets (`Table[[Total$Amount]]`); `'` escapes `[`, `]`, `#`, `'`. */
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;
const refError = (formula: string, why: string): FakeOfficeError => new FakeOfficeError('InvalidArgument', `${formula}: ${why}`);

/**
 * The `Table[…]` references of a formula, outside string literals and quoted sheet names (syntax rules:
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 * @throws FakeOfficeError InvalidArgument on a malformed reference.
 */
export function structuredReferences(formula: string): StructuredReference[] {
  const out: StructuredReference[] = [];
  const isStart = (ch: string): boolean => /[A-Za-z_\\\u00c0-\uffff]/.test(ch);
  const isPart = (ch: string): boolean => /[\w.\\\u00c0-\uffff]/.test(ch);
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i, ch);
    } else if (ch === '[') {
      i = skipBracket(formula, i); // `[@Col]` inside a table, or an external `[Book]`: not checked
    } else if (isStart(ch) && (i === 0 || !isPart(formula[i - 1] ?? ''))) {
      let j = i;
      while (j < formula.length && isPart(formula[j] ?? '')) j += 1;
      if (formula[j] === '[') {
        const parsed = parseSpecifier(formula, j);
        out.push({ table: formula.slice(i, j), ...parsed, start: i });
        i = parsed.end;
      } else i = j;
    } else i += 1;
  }
  return out;
}

function skipQuoted(text: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return i;
}

function skipBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    if (text[i] === "'") i += 1;
    else if (text[i] === '[') depth += 1;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Reads `[...]` from `at` (a `[`): one item, `[@Col]`, `[@[Col]]`, or `[[#Headers],[A]:[B]]`. */
function parseSpecifier(formula: string, at: number): { items: string[]; columns: string[]; end: number } {
  const items: string[] = [];
  const columns: string[] = [];
  // One bracketed name with `'` escapes; `simple` forbids the characters that need double brackets.
  const readName = (from: number, simple: boolean): { name: string; special: boolean; end: number } => {
    let name = '';
    let i = from;
    const special = formula[from] === '#';
    while (i < formula.length && formula[i] !== ']') {
      const ch = formula[i] ?? '';
      if (ch === '[') throw refError(formula, "an unescaped '[' in a structured reference");
      if (ch === "'") {
        name += formula[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (simple && ch !== '#' && ch !== '@' && NEEDS_BRACKETS.test(ch)) throw refError(formula, `"${ch}" in a column name needs double brackets`);
      name += ch;
      i += 1;
    }
    if (formula[i] !== ']') throw refError(formula, 'an unclosed structured reference');
    return { name, special, end: i + 1 };
  };
  const classify = ({ name: raw, special: isSpecial }: { name: string; special: boolean }): void => {
    if (isSpecial) {
      const special = SPECIAL_ITEMS.find((s) => s.toLowerCase() === raw.trim().toLowerCase());
      if (!special) throw refError(formula, `unknown special item ${raw}`);
      items.push(special);
    } else if (raw !== '') columns.push(raw);
  };
  let i = at + 1;
  const skipSpaces = (): void => {
    while (formula[i] === ' ') i += 1;
  };
  skipSpaces();
  if (formula[i] === '[') {
    for (;;) {
      skipSpaces();
      if (formula[i] !== '[') throw refError(formula, 'a malformed structured reference');
      const read = readName(i + 1, false);
      classify(read);
      i = read.end;
      skipSpaces();
      if (formula[i] === ',' || formula[i] === ':') i += 1;
      else if (formula[i] === ']') return { items, columns, end: i + 1 };
      else throw refError(formula, 'a malformed structured reference');
    }
  }
  if (formula[i] === '@') {
    items.push('#This Row');
    i += 1;
    if (formula[i] === '[') {
      const read = readName(i + 1, false);
      classify(read);
      if (formula[read.end] !== ']') throw refError(formula, 'a malformed structured reference');
      return { items, columns, end: read.end + 1 };
    }
  }
  const read = readName(i, true);
  classify(read);
  return { items, columns, end: read.end };
}

/** Moves the cells of a block one column right or one row down (Excel's "insert cells"). */
function shiftCells(sheet: FakeSheet, top: number, left: number, bottom: number, right: number, direction: 'right' | 'down', by = 1): void {
  const moving: [number, number, FakeCell][] = [];
  for (const [k, cell] of sheet.cells) {
    const [row, column] = k.split(',').map(Number) as [number, number];
    if (row >= top && row <= bottom && column >= left && column <= right) moving.push([row, column, cell]);
  }
  for (const [row, column] of moving) sheet.cells.delete(key(row, column));
  for (const [row, column, cell] of moving) {
    sheet.cells.set(direction === 'right' ? key(row, column + by) : key(row + by, column), cell);
  }
}

/** `'Plan d''action'!A1:B2` as Excel prints range addresses. */
export function printAddress(sheet: FakeSheet, rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const cells = rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${a1(rect.bottom, rect.right)}`;
  return `${quoteSheet(sheet.name)}!${cells}`;
}
