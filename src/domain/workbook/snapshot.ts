/** What an adapter reads from a workbook: raw cell values as Excel holds them, no interpretation. */

/** An Excel error value (`#REF!`, `#N/A`…): a value, not an exception. */
export interface ExcelError {
  readonly kind: 'error';
  readonly code: string;
  /** For UNCALCULATED only: the formula as stored, without `=` (absent for a shared formula's followers). */
  readonly formula?: string;
}

/**
 * The code of a formula saved without its result (by a tool that does not calculate): Excel would compute a value,
 * but none is stored, so none can be read or counted. Never an Excel error code (those start with `#` and end in `!`, `?` or `A`).
 */
export const UNCALCULATED = '#UNCALCULATED';

/** A formula stored without its result. */
export const uncalculated = (formula: string): ExcelError => (formula === '' ? { kind: 'error', code: UNCALCULATED } : { kind: 'error', code: UNCALCULATED, formula });

/** Dates arrive as Excel serial numbers (1900 date system) with a date number format. */
export type CellValue = string | number | boolean | null | ExcelError;

export const isExcelError = (value: CellValue | undefined): value is ExcelError =>
  typeof value === 'object' && value !== null && value.kind === 'error';

export interface SheetSnapshot {
  readonly name: string;
  /** 1-based row and column of `values[0][0]` (the used range may not start at A1). */
  readonly top: number;
  readonly left: number;
  /**
   * Rows from `top`, cells from `left`. May be sparse: a row or a cell where nothing is stored can be a hole
   * (read `values[r]?.[c] ?? null`; `forEach`, `every`, `reduce` skip holes), so a stray value in XFD1048576 costs
   * one cell, not the range. Loop over the stored rows (`storedRows`), not from top to bottom.
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as `values` when the adapter knows them (`0 %`, `dd/mm/yyyy`…). */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** Merged areas as A1 ranges (`B3:D3`). */
  readonly merges?: readonly string[];
  /** How many charts the sheet holds, when the adapter knows (Office.js); absent means none known. */
  readonly drawings?: number;
}

/** An Excel table (ListObject): its name and its range, header row included. 1-based, inclusive. */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** False when the table has no header row (exceljs rewrites some tables this way). */
  readonly hasHeaderRow: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** Workbook-scoped defined names and what they refer to. */
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
}

/** The 1-based numbers of the rows of `sheet` holding something, between `from` and `to` inclusive: costs the stored rows, not the range. */
export function storedRows(sheet: SheetSnapshot, from: number, to: number): number[] {
  const rows: number[] = [];
  const first = Math.max(0, from - sheet.top);
  const last = Math.min(sheet.values.length - 1, to - sheet.top);
  if (last < first) return rows;
  if (last - first < 4096) {
    for (let i = first; i <= last; i++) if ((sheet.values[i]?.length ?? 0) > 0) rows.push(sheet.top + i);
    return rows;
  }
  sheet.values.forEach((row, i) => {
    if (i >= first && i <= last && row.length > 0) rows.push(sheet.top + i);
  });
  return rows;
}

/** The stored cells of one row between two columns, as [column, value] in column order: costs the stored cells, not the width. */
export function storedCells(sheet: SheetSnapshot, row: number, left: number, right: number): [number, CellValue][] {
  const cells: [number, CellValue][] = [];
  const values = sheet.values[row - sheet.top];
  if (!values) return cells;
  values.forEach((value, i) => {
    const column = sheet.left + i;
    if (column >= left && column <= right && value !== null && value !== undefined) cells.push([column, value]);
  });
  return cells;
}
