/** A money cell of a source area, read to the cent. */
import { eurosToCents } from '../values/money';
import { parseNumberText } from '../values/numbers';
import type { CellValue } from '../workbook/snapshot';
import { isExcelError } from '../workbook/snapshot';

export type MoneyCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly cents: number; readonly value: number | string }
  /** Text that is no amount (`à définir`), or an Excel error: listed, never counted. */
  | { readonly kind: 'not-a-number'; readonly value: string; readonly error: boolean };

/** Reads a money cell: numbers, and amounts typed as text (`25 000 €`). */
export function readMoney(value: CellValue): MoneyCell {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { kind: 'empty' };
  if (isExcelError(value)) return { kind: 'not-a-number', value: value.code, error: true };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'amount', cents: eurosToCents(value), value } : { kind: 'not-a-number', value: String(value), error: false };
  if (typeof value === 'boolean') return { kind: 'not-a-number', value: value ? 'VRAI' : 'FAUX', error: false };
  const parsed = parseNumberText(value);
  return parsed === null ? { kind: 'not-a-number', value: value.trim(), error: false } : { kind: 'amount', cents: eurosToCents(parsed), value };
}
