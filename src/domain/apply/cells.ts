/** Plan cells as an adapter writes them: the value, and a number format when Excel would misread the text. */
import type { PlanCell } from '../generate/plan';

/** What Office.js accepts in a `formulas` array; `null` leaves the cell unchanged. */
export type WriteValue = string | number | boolean | null;

export const TEXT_FORMAT = '@';

/** Text Excel would turn into a formula, a number, a date or a boolean when written to a General cell. */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@]/.test(text) || /^\s*[\d\s.,/:%€$]+\s*$/.test(text) || /^\s*(true|false|vrai|faux)\s*$/i.test(text);
}

const isFormulaCell = (cell: PlanCell): cell is { readonly formula: string } => typeof cell === 'object' && cell !== null && 'formula' in cell;

const isDateCell = (cell: PlanCell): cell is { readonly date: number } => typeof cell === 'object' && cell !== null && 'date' in cell;

/** The value written for a plan cell: formulas get their `=`, dates stay serials; null leaves the cell as it is. */
export function toWriteValue(cell: PlanCell | undefined): WriteValue {
  if (cell === undefined || cell === null) return null;
  if (isFormulaCell(cell)) return `=${cell.formula}`;
  if (isDateCell(cell)) return cell.date;
  return cell;
}

/** The number format a plan cell needs whatever its column says (`@` for text Excel would reinterpret). */
export const forcedFormat = (cell: PlanCell | undefined): string | null => (typeof cell === 'string' && needsTextFormat(cell) ? TEXT_FORMAT : null);

/** A grid of `rows` × `columns` filled with `value`. */
export const grid = <T>(rows: number, columns: number, value: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
