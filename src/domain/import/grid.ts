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

/**
 * Cells the import scans on one sheet (its used range, merged cells counted once more): recognition reads every
 * cell of the used range, so a stray value in XFD1048576 would make it read 17 billion. Beyond, the sheet is said
 * to be too large to read, with its range, and left out.
 */
export const IMPORT_SCAN_CELLS = 2_000_000;

/** The used range of a sheet, and the merged areas clipped to it. */
function extentOf(sheet: SheetSnapshot): { bottom: number; right: number; merges: { top: number; left: number; bottom: number; right: number }[] } {
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const merges = (sheet.merges ?? []).flatMap((range) => {
    const parsed = parseRange(range);
    // A merged area above or left of the stored values shows nothing the grid can read.
    return parsed && parsed.bottom >= sheet.top && parsed.right >= sheet.left ? [{ ...parsed, top: Math.max(parsed.top, sheet.top), left: Math.max(parsed.left, sheet.left) }] : [];
  });
  // A merged value spans its whole area (B3:E3 holds its value in B3 only): the used range reaches its far edge.
  const bottom = merges.reduce((max, m) => Math.max(max, m.bottom), sheet.top + sheet.values.length - 1);
  const right = merges.reduce((max, m) => Math.max(max, m.right), sheet.left + width - 1);
  return { bottom, right, merges };
}

/** The sheet's used range (`A1:XFD1048576`) when the import cannot read it whole; null when it can. */
export function tooLargeToScan(sheet: SheetSnapshot): string | null {
  const { bottom, right, merges } = extentOf(sheet);
  const cells = Math.max(0, bottom - sheet.top + 1) * Math.max(0, right - sheet.left + 1);
  const merged = merges.reduce((sum, m) => sum + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
  return cells + merged <= IMPORT_SCAN_CELLS ? null : `${a1(sheet.top, sheet.left)}:${a1(bottom, right)}`;
}

/** Builds the grid of one sheet snapshot (one that is not too large to scan: see `tooLargeToScan`). */
export function gridOf(sheet: SheetSnapshot): Grid {
  const { bottom, right, merges } = extentOf(sheet);
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
