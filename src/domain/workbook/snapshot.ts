/** What an adapter reads from a workbook: raw cell values as Excel holds them, no interpretation. */

/** An Excel error value (`#REF!`, `#N/A`…): a value, not an exception. */
export interface ExcelError {
  readonly kind: 'error';
  readonly code: string;
}

/** Dates arrive as Excel serial numbers (1900 date system) with a date number format. */
export type CellValue = string | number | boolean | null | ExcelError;

export const isExcelError = (value: CellValue | undefined): value is ExcelError =>
  typeof value === 'object' && value !== null && value.kind === 'error';

export interface SheetSnapshot {
  readonly name: string;
  /** 1-based row and column of `values[0][0]` (the used range may not start at A1). */
  readonly top: number;
  readonly left: number;
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
