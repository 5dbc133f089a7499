/** The data-validation alerts a written workbook shows when a cell is typed wrong, in English. */
import { formatIsoDate } from '../../domain/values/format';
import type { ValidationAlertTexts } from '../fr/validation-alerts';

const day = (iso: string): string => formatIsoDate(iso, 'en');
const num = (value: number): string => String(value);

export const validationAlerts: ValidationAlertTexts = {
  promptTitle: 'Entry',
  listTitle: 'Value not in the list',
  listStrict: 'Choose a value from the drop-down list.',
  listOpen: 'This value is not in the proposed list; it is accepted.',
  dateTitle: 'Date expected',
  numberTitle: 'Number expected',
  date: (range) => `Enter a date as dd/mm/yyyy${range === undefined ? '' : `, from ${day(range.from)} to ${day(range.to)}`}.`,
  number: (whole, b) =>
    `Enter a${whole ? ' whole' : ''} number${
      b.kind === 'any' ? '' : b.kind === 'between' ? ` from ${num(b.min)} to ${num(b.max)}` : b.kind === 'atLeast' ? ` greater than or equal to ${num(b.min)}` : ` less than or equal to ${num(b.max)}`
    } (no text or symbol).`,
};
