/** Interprets one cell as Excel holds it, by column kind. Never throws: problems come back as data. */
import type { CellValue } from '../workbook/snapshot';
import { isExcelError } from '../workbook/snapshot';
import { isDateFormat, validYmdToSerial } from './dates';
import { eurosToCents } from './money';
import { parseNumberText, parsePercentText } from './numbers';

export type CellProblem =
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'not-number'; readonly suggestion?: number; readonly outOfRange?: OutOfRange }
  | { readonly kind: 'not-date'; readonly suggestion?: string; readonly outOfRange?: OutOfRange };

/** A number that is one, but beyond what the column can hold: named as such, not as text. */
export interface OutOfRange {
  readonly value: number;
  readonly limit: number;
}

export type Parsed<T> = { readonly value: T | null; readonly problem?: CellProblem };

const empty = { value: null } as const;

export const isEmptyValue = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

/** Plain text of a cell; numbers as Excel shows them without format (12.1 → `12.1`). */
export function cellText(value: CellValue): string | null {
  if (value === null || isExcelError(value)) return null;
  const text = typeof value === 'boolean' ? (value ? 'VRAI' : 'FAUX') : String(value);
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function errorOf(value: CellValue): Parsed<never> | undefined {
  return isExcelError(value) ? { value: null, problem: { kind: 'error', code: value.code } } : undefined;
}

/** A number cell (amounts, counts). Text that reads as a number is still reported, with the number suggested. */
export function parseNumberCell(value: CellValue): Parsed<number> {
  const error = errorOf(value);
  if (error) return error;
  if (isEmptyValue(value)) return empty;
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: null, problem: { kind: 'not-number' } };
  const suggestion = typeof value === 'string' ? parseNumberText(value) : null;
  return { value: null, problem: suggestion === null ? { kind: 'not-number' } : { kind: 'not-number', suggestion } };
}

/** Beyond a thousand billion euros an amount is a typing accident, and cents would lose exactness. */
const MAX_AMOUNT_EUROS = 1e12;

/** An amount in integer cents. */
export function parseAmountCell(value: CellValue): Parsed<number> {
  const parsed = parseNumberCell(value);
  if (parsed.value === null) return parsed;
  if (Math.abs(parsed.value) < MAX_AMOUNT_EUROS) return { value: eurosToCents(parsed.value) };
  return { value: null, problem: { kind: 'not-number', outOfRange: { value: parsed.value, limit: MAX_AMOUNT_EUROS } } };
}

/**
 * A percentage as a fraction (0.4 for 40 %). A `%` format means Excel holds the fraction; without it,
 * a value above 1 was typed in points (`40` in `Avancement (%)`).
 */
export function parsePercentCell(value: CellValue, format: string | null): Parsed<number> {
  const error = errorOf(value);
  if (error) return error;
  if (isEmptyValue(value)) return empty;
  if (typeof value === 'number') {
    if (format?.includes('%')) return { value };
    return { value: value > 1 ? value / 100 : value };
  }
  const suggestion = typeof value === 'string' ? parsePercentText(value) : null;
  return { value: null, problem: suggestion === null ? { kind: 'not-number' } : { kind: 'not-number', suggestion } };
}

const MAX_SERIAL = 2_958_465; // 9999-12-31

/** Text dates accepted as dates: `dd/mm/yyyy` (also `-` or `.`, two-digit years) and ISO `yyyy-mm-dd[Thh:mm…]`. */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return validYmdToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (fr) {
    const year = (fr[3] ?? '').length === 2 ? 2000 + Number(fr[3]) : Number(fr[3]);
    return validYmdToSerial(year, Number(fr[2]), Number(fr[1]));
  }
  return null;
}

/** A date as a serial. Real dates, serials and text dates are accepted (CONTRACT §2 `cell.not-date`). */
export function parseDateCell(value: CellValue, format: string | null): Parsed<number> {
  const error = errorOf(value);
  if (error) return error;
  if (isEmptyValue(value)) return empty;
  if (typeof value === 'number') {
    // A bare year typed in a date column (2026) is not the date 18/07/1905.
    const looksLikeYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && !isDateFormat(format);
    if (value < 1 || value >= MAX_SERIAL + 1) return { value: null, problem: { kind: 'not-date', outOfRange: { value, limit: MAX_SERIAL } } };
    if (looksLikeYear) return { value: null, problem: { kind: 'not-date' } };
    return { value: Math.floor(value) };
  }
  if (typeof value === 'string') {
    const serial = parseDateText(value);
    if (serial !== null) return { value: serial };
  }
  return { value: null, problem: { kind: 'not-date' } };
}

/** A whole number (year, population, duration). */
export function parseIntegerCell(value: CellValue): Parsed<number> {
  const parsed = parseNumberCell(value);
  if (parsed.value === null) return parsed;
  return Number.isInteger(parsed.value) ? parsed : { value: null, problem: { kind: 'not-number' } };
}
