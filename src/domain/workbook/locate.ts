/**
 * Finds each contract table in a snapshot: by table name first, else on a sheet whose name matches,
 * taking as header row the first row holding most of the required headers (CONTRACT §1).
 * Columns are matched by header text, never by position.
 */
import { a1, columnLetter } from '../values/a1';
import { fold, foldHeader } from '../values/text';
import type { ColumnSpec, TableSpec } from './contract';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from './snapshot';
import { storedCells, storedRows } from './snapshot';

/** A cell of a located table; its A1 address is computed only when a finding needs it. */
export class LocatedCell {
  constructor(
    readonly value: CellValue,
    readonly format: string | null,
    readonly row: number,
    readonly column: number,
  ) {}

  /** A1 address on its sheet. */
  get address(): string {
    return a1(this.row, this.column);
  }
}

export interface LocatedColumn {
  /** Contract column, or undefined for a user's own column (kept, reported as info). */
  readonly spec?: ColumnSpec;
  /** Spec key, `measure<n>` for `Réalisé année n`, or `user:` and the folded header (the column letter when empty) for unknown columns. */
  readonly key: string;
  readonly header: string;
  /** 1-based sheet column. */
  readonly column: number;
}

export interface TableRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The cell of a column key, undefined when the table has no such column. */
  cell(key: string): LocatedCell | undefined;
}

/** A data row read through the sheet grid: no copy of the values. */
class GridRow implements TableRow {
  constructor(
    private readonly grid: SheetGrid,
    readonly row: number,
    private readonly columnOf: ReadonlyMap<string, number>,
  ) {}

  cell(key: string): LocatedCell | undefined {
    const column = this.columnOf.get(key);
    if (column === undefined) return undefined;
    return new LocatedCell(this.grid.value(this.row, column), this.grid.format(this.row, column), this.row, column);
  }
}

export interface LocatedTable {
  readonly spec: TableSpec;
  readonly sheet: string;
  /** The ListObject's name, or the contract name when found as a plain range. */
  readonly name: string;
  readonly source: 'table' | 'range';
  readonly headerRow: number;
  /** The table's area on its sheet, header row included (1-based, inclusive). */
  readonly bounds: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  readonly columns: readonly LocatedColumn[];
  readonly rows: readonly TableRow[];
  readonly blankRows: readonly number[];
  readonly duplicateHeaders: readonly LocatedColumn[];
  readonly missingColumns: readonly ColumnSpec[];
}

/** Reads cells of a sheet by 1-based coordinates; loops go over stored rows and cells, never over an empty range. */
class SheetGrid {
  readonly bottom: number;
  readonly right: number;
  constructor(readonly sheet: SheetSnapshot) {
    this.bottom = sheet.top + sheet.values.length - 1;
    this.right = sheet.left + sheet.values.reduce((max, r) => Math.max(max, r.length), 0) - 1;
  }
  value(row: number, column: number): CellValue {
    return this.sheet.values[row - this.sheet.top]?.[column - this.sheet.left] ?? null;
  }
  format(row: number, column: number): string | null {
    return this.sheet.formats?.[row - this.sheet.top]?.[column - this.sheet.left] ?? null;
  }
  /** Rows holding something between two rows. */
  rows(from: number, to: number): number[] {
    return storedRows(this.sheet, from, to);
  }
  /** Non-blank cells of a row between two columns, as [column, value]. */
  cells(row: number, left: number, right: number): [number, CellValue][] {
    return storedCells(this.sheet, row, left, right).filter(([, value]) => !isBlank(value));
  }
}

const isBlank = (value: CellValue): boolean => value === null || (typeof value === 'string' && value.trim() === '');

const headerText = (value: CellValue): string =>
  value === null || typeof value === 'object' ? '' : String(value);

const YEAR_COLUMN = /^(.*?)(\d{1,2})$/;

/** Maps a header to its contract column (or year column) key. */
function matchHeader(spec: TableSpec, header: string): { key: string; spec?: ColumnSpec } | undefined {
  const folded = foldHeader(header);
  if (folded === '') return undefined;
  const column = spec.columns.find((c) => foldHeader(c.header) === folded);
  if (column) return { key: column.key, spec: column };
  if (spec.yearColumns) {
    const m = YEAR_COLUMN.exec(folded);
    if (m && foldHeader(spec.yearColumns.headerPrefix) === (m[1] ?? '').trim()) {
      return { key: `${spec.yearColumns.keyPrefix}${Number(m[2])}` };
    }
  }
  return undefined;
}

function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** Header cells of a row between two columns, as read. */
function headersOf(grid: SheetGrid, row: number, left: number, right: number): { column: number; header: string }[] {
  const out: { column: number; header: string }[] = [];
  for (let c = left; c <= right; c++) out.push({ column: c, header: headerText(grid.value(row, c)).trim() });
  return out;
}

/** Finds the best header row on a sheet and the contiguous span of headers around the matched ones. */
function findHeaderRow(grid: SheetGrid, spec: TableSpec): { row: number; left: number; right: number } | undefined {
  const required = spec.columns.filter((c) => c.required);
  const needed = Math.floor(required.length / 2) + 1;
  const lastRow = Math.min(grid.bottom, grid.sheet.top + 200);
  for (const r of grid.rows(grid.sheet.top, lastRow)) {
    const matched: number[] = [];
    for (const [c, value] of grid.cells(r, grid.sheet.left, grid.right)) {
      const m = matchHeader(spec, headerText(value));
      if (m?.spec?.required) matched.push(c);
    }
    if (new Set(matched.map((c) => fold(headerText(grid.value(r, c))))).size >= needed) {
      let left = Math.min(...matched);
      let right = Math.max(...matched);
      while (left > grid.sheet.left && !isBlank(grid.value(r, left - 1))) left--;
      while (right < grid.right && !isBlank(grid.value(r, right + 1))) right++;
      return { row: r, left, right };
    }
  }
  return undefined;
}

/** End of a plain range: the data stops at two consecutive blank rows or the end of the sheet. */
function rangeBottom(grid: SheetGrid, headerRow: number, left: number, right: number): number {
  let last = headerRow;
  let blanks = 0;
  for (let r = headerRow + 1; r <= grid.bottom; r++) {
    let empty = true;
    for (let c = left; c <= right && empty; c++) empty = isBlank(grid.value(r, c));
    if (empty) {
      blanks++;
      if (blanks >= 2) break;
    } else {
      blanks = 0;
      last = r;
    }
  }
  return last;
}

/** The rows from `first` to `last` that are not data rows. */
function rowsBetween(first: number, last: number, dataRows: readonly TableRow[]): number[] {
  const data = new Set(dataRows.map((r) => r.row));
  const blank: number[] = [];
  for (let r = first; r < last; r++) if (!data.has(r)) blank.push(r);
  return blank;
}

function buildTable(
  spec: TableSpec,
  grid: SheetGrid,
  name: string,
  source: 'table' | 'range',
  bounds: { headerRow: number; left: number; right: number; bottom: number },
): LocatedTable {
  const columns: LocatedColumn[] = [];
  const duplicateHeaders: LocatedColumn[] = [];
  const seen = new Set<string>();
  for (const { column, header } of headersOf(grid, bounds.headerRow, bounds.left, bounds.right)) {
    const m = matchHeader(spec, header);
    const located: LocatedColumn = m
      ? { ...(m.spec ? { spec: m.spec } : {}), key: m.key, header, column }
      : // An empty header is named by its column letter, in capitals: no folded header (lower case) can take its key.
        { key: `user:${fold(header) || columnLetter(column)}`, header, column };
    if (seen.has(located.key) && header !== '') {
      duplicateHeaders.push(located);
      continue;
    }
    seen.add(located.key);
    columns.push(located);
  }
  const missingColumns = spec.columns.filter((c) => c.required && !seen.has(c.key));
  const columnOf = new Map(columns.map((c) => [c.key, c.column]));
  const located = new Set(columns.map((c) => c.column));
  // Only stored rows can hold data: a table reaching row 1 048 576 costs its content, not its range.
  const rows: TableRow[] = grid
    .rows(bounds.headerRow + 1, bounds.bottom)
    .filter((r) => grid.cells(r, bounds.left, bounds.right).some(([column]) => located.has(column)))
    .map((r) => new GridRow(grid, r, columnOf));
  // Trailing blank rows of a table are spare input rows, not holes.
  const lastData = rows.length > 0 ? (rows[rows.length - 1]?.row ?? 0) : 0;
  const blankRows = rowsBetween(bounds.headerRow + 1, lastData, rows);
  return {
    spec,
    sheet: grid.sheet.name,
    name,
    source,
    headerRow: bounds.headerRow,
    bounds: { top: bounds.headerRow, left: bounds.left, bottom: bounds.bottom, right: bounds.right },
    columns,
    rows,
    blankRows,
    duplicateHeaders,
    missingColumns,
  };
}

function fromListObject(spec: TableSpec, table: TableSnapshot, grid: SheetGrid): LocatedTable {
  // A table saved without its header row (exceljs rewrites some) still has the headers just above or on top.
  let headerRow = table.hasHeaderRow ? table.top : table.top - 1;
  if (!table.hasHeaderRow) {
    const onTop = headersOf(grid, table.top, table.left, table.right).filter((h) => matchHeader(spec, h.header)).length;
    if (onTop > 0) headerRow = table.top;
  }
  return buildTable(spec, grid, table.name, 'table', {
    headerRow,
    left: table.left,
    right: table.right,
    bottom: table.bottom,
  });
}

/** Locates one contract table; undefined when neither the table nor a usable fallback sheet exists. */
export function locateTable(snapshot: WorkbookSnapshot, spec: TableSpec): LocatedTable | undefined {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new SheetGrid(s)]));
  const table = snapshot.tables.find((t) => sameName(t.name, spec.name));
  const tableGrid = table ? grids.get(table.sheet) : undefined;
  if (table && tableGrid) return fromListObject(spec, table, tableGrid);
  // Fallback: a sheet whose name matches the contract sheet, as long as the headers are there.
  for (const sheet of snapshot.sheets.filter((s) => sameName(s.name, spec.sheet))) {
    const grid = grids.get(sheet.name);
    if (!grid) continue;
    const found = findHeaderRow(grid, spec);
    if (!found) continue;
    const owner = snapshot.tables.find(
      (t) => t.sheet === sheet.name && found.row >= t.top && found.row <= t.bottom && found.left >= t.left && found.left <= t.right,
    );
    // A ListObject under another name (`Tableau1`) holding these headers is the table.
    if (owner) return fromListObject(spec, owner, grid);
    return buildTable(spec, grid, spec.name, 'range', {
      headerRow: found.row,
      left: found.left,
      right: found.right,
      bottom: rangeBottom(grid, found.row, found.left, found.right),
    });
  }
  return undefined;
}
