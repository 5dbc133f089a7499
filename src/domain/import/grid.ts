/** A sheet read as a grid of absolute 1-based coordinates, merges resolved to their top-left cell. */
import { cellText } from '../values/cells';
import { a1, parseRange } from '../values/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';

export interface Grid {
  readonly sheet: SheetSnapshot;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The value Excel holds in the cell (a merged area's value only in its top-left cell). */
  raw(row: number, column: number): CellValue;
  /** The value shown in the cell: a covered cell of a merged area shows its top-left cell. */
  shown(row: number, column: number): CellValue;
  /** Trimmed text shown in the cell, null when empty. */
  text(row: number, column: number): string | null;
  /** The merged area starting at or covering the cell, or null. */
  mergeOf(row: number, column: number): { top: number; left: number; bottom: number; right: number } | null;
  format(row: number, column: number): string | null;
}

/** Builds the grid of one sheet snapshot. */
export function gridOf(sheet: SheetSnapshot): Grid {
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const bottom = sheet.top + sheet.values.length - 1;
  const right = sheet.left + width - 1;
  const merges = (sheet.merges ?? []).flatMap((range) => {
    const parsed = parseRange(range);
    return parsed ? [parsed] : [];
  });
  const covering = new Map<string, (typeof merges)[number]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covering.set(`${r}:${c}`, m);
  }
  const raw = (row: number, column: number): CellValue => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  const shown = (row: number, column: number): CellValue => {
    const m = covering.get(`${row}:${column}`);
    return m ? raw(m.top, m.left) : raw(row, column);
  };
  return {
    sheet,
    top: sheet.top,
    left: sheet.left,
    bottom,
    right,
    raw,
    shown,
    text: (row, column) => cellText(shown(row, column)),
    mergeOf: (row, column) => covering.get(`${row}:${column}`) ?? null,
    format: (row, column) => sheet.formats?.[row - sheet.top]?.[column - sheet.left] ?? null,
  };
}

/** Whether every cell of the row between `left` and `right` is empty. */
export function isBlankRow(grid: Grid, row: number, left = grid.left, right = grid.right): boolean {
  for (let c = left; c <= right; c++) if (grid.text(row, c) !== null) return false;
  return true;
}

export const cellAddress = a1;
