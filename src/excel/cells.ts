/** Conversions between plan data and what Office.js writes: values, formats, rectangles, widths. */
import type { PlanCell } from '../domain/generate/plan';
import { a1 } from '../domain/values/a1';
import { fold } from '../domain/values/text';

/** What Office.js accepts in a `formulas` array; `null` leaves the cell unchanged. */
export type WriteValue = string | number | boolean | null;

export const TEXT_FORMAT = '@';

/** Text Excel would turn into a formula, a number, a date or a boolean when written to a General cell. */
export function needsTextFormat(text: string): boolean {
  return (
    /^[=+\-@]/.test(text) ||
    /^\s*[\d\s.,/:%€$]+\s*$/.test(text) ||
    /^\s*(true|false|vrai|faux)\s*$/i.test(text)
  );
}

export const isFormulaCell = (cell: PlanCell): cell is { readonly formula: string } =>
  typeof cell === 'object' && cell !== null && 'formula' in cell;

export const isDateCell = (cell: PlanCell): cell is { readonly date: number } =>
  typeof cell === 'object' && cell !== null && 'date' in cell;

/** The value written for a plan cell: formulas get their `=`, dates stay serials. */
export function toWriteValue(cell: PlanCell | undefined): WriteValue {
  if (cell === undefined || cell === null) return null;
  if (isFormulaCell(cell)) return `=${cell.formula}`;
  if (isDateCell(cell)) return cell.date;
  return cell;
}

/** The number format a plan cell needs whatever its column says (`@` for text Excel would reinterpret). */
export const forcedFormat = (cell: PlanCell | undefined): string | null =>
  typeof cell === 'string' && needsTextFormat(cell) ? TEXT_FORMAT : null;

/** True when a cell read through `formulas` holds anything (a formula returning "" counts as content). */
export const isFilled = (formula: unknown): boolean => formula !== null && formula !== undefined && formula !== '';

/** Inclusive, 1-based rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const rectAddress = (rect: Rect): string =>
  rect.top === rect.bottom && rect.left === rect.right
    ? a1(rect.top, rect.left)
    : `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;


/** Rectangle from a range loaded with rowIndex/columnIndex/rowCount/columnCount (0-based in Office.js). */
export const rectOfLoaded = (range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect => ({
  top: range.rowIndex + 1,
  left: range.columnIndex + 1,
  bottom: range.rowIndex + range.rowCount,
  right: range.columnIndex + range.columnCount,
});

/** Excel column width in points from a width in characters of the default font (8.43 characters = 48 points). */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** A grid of `rows` × `columns` filled with `value`. */
export const grid = <T>(rows: number, columns: number, value: T): T[][] =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));

/**
 * Replaces one of our sheets by a fresh one at the same place: the old one is renamed out of the way
 * (a free `~…` name, recorded in `taken`, folded keys), the new one added and moved, then the old deleted.
 */
export function swapSheet(
  worksheets: Excel.WorksheetCollection,
  old: Excel.Worksheet,
  position: number,
  name: string,
  taken: Set<string>,
  temporaryBase: string,
): Excel.Worksheet {
  let temporary = temporaryBase;
  while (taken.has(fold(temporary))) temporary = `~${temporary}`;
  taken.add(fold(temporary));
  old.name = temporary;
  const fresh = worksheets.add(name);
  fresh.position = position;
  old.delete();
  return fresh;
}
