/**
 * A sheet's stored cells laid out as the snapshot's grid from its top-left used cell: dense (nulls between values)
 * when the used area is about the size of the content, sparse (holes) when a stray value far away would otherwise
 * cost the whole range. Merges are kept as rectangles; one larger than a sheet's slack (A1:XFD1048576) is clipped to
 * the used area, outside of which there is nothing to read, so no reader walking its cells walks the whole sheet.
 */
import { a1, parseRange } from '../domain/values/a1';
import type { CellValue, SheetSnapshot } from '../domain/workbook/snapshot';
import type { Area } from '../domain/values/a1';
import type { SheetPart, StoredRow } from './sheet-part';

/** A grid this many times larger than its cells (plus a small sheet's slack) is kept sparse. */
const DENSE_FACTOR = 4;
const DENSE_SLACK = 65_536;

const areaOf = (r: Area): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

const isDense = (used: Area, cells: number): boolean => areaOf(used) <= DENSE_FACTOR * cells + DENSE_SLACK;

/** One stored row from column `left`, nulls between its values when dense, holes otherwise. */
function layRow<T>(stored: readonly T[], left: number, width: number, dense: boolean): (T | null)[] {
  if (dense) {
    const row = new Array<T | null>(width).fill(null);
    stored.forEach((value, i) => (row[i - left + 1] = value));
    return row;
  }
  if (left === 1) return stored as T[];
  const row: T[] = [];
  stored.forEach((value, i) => (row[i - left + 1] = value));
  return row;
}

/** Rows from `top`: every row present when dense (empty ones full of nulls), only stored rows otherwise. */
function layRows<T>(rows: ReadonlyMap<number, StoredRow>, used: Area, dense: boolean, pick: (row: StoredRow) => readonly T[]): (T | null)[][] {
  const width = used.right - used.left + 1;
  const grid: (T | null)[][] = [];
  if (dense) {
    for (let r = used.top; r <= used.bottom; r++) {
      const stored = rows.get(r);
      grid.push(stored ? layRow(pick(stored), used.left, width, true) : new Array<T | null>(width).fill(null));
    }
    return grid;
  }
  for (const [r, stored] of rows) grid[r - used.top] = layRow(pick(stored), used.left, width, false);
  return grid;
}

/** The merges as stored, those larger than the slack clipped to the used area (dropped when that leaves one cell or none). */
function clipMerges(merges: readonly string[], used: Area | undefined): string[] {
  const clipped: string[] = [];
  for (const merge of merges) {
    const range = parseRange(merge);
    if (!range) continue;
    if (areaOf(range) <= DENSE_SLACK) {
      clipped.push(merge);
      continue;
    }
    if (!used) continue;
    const top = Math.max(range.top, used.top);
    const left = Math.max(range.left, used.left);
    const bottom = Math.min(range.bottom, used.bottom);
    const right = Math.min(range.right, used.right);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    const inside = top === range.top && left === range.left && bottom === range.bottom && right === range.right;
    clipped.push(inside ? merge : `${a1(top, left)}:${a1(bottom, right)}`);
  }
  return clipped;
}

/** The snapshot of one sheet from its stored cells. */
export function buildSheet(name: string, part: SheetPart): SheetSnapshot {
  const used = part.used;
  if (!used) return { name, top: 1, left: 1, values: [], formats: [], merges: clipMerges(part.merges, used) };
  const dense = isDense(used, part.cells);
  const values: (CellValue | null)[][] = layRows(part.rows, used, dense, (row) => row.values);
  const formats: (string | null)[][] = layRows(part.rows, used, dense, (row) => row.formats);
  return { name, top: used.top, left: used.left, values, formats, merges: clipMerges(part.merges, used) };
}
