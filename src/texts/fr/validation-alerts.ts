/** The data-validation alerts a written workbook shows when a cell is typed wrong, in French (the workbook's language). */
import { formatIsoDate } from '../../domain/values/format';

/** The bounds of a number rule: both, a minimum, a maximum or none. */
export type NumberBounds =
  | { readonly kind: 'any' }
  | { readonly kind: 'between'; readonly min: number; readonly max: number }
  | { readonly kind: 'atLeast'; readonly min: number }
  | { readonly kind: 'atMost'; readonly max: number };

export interface ValidationAlertTexts {
  /** A prompt's title when its column has no header. */
  readonly promptTitle: string;
  readonly listTitle: string;
  /** A value outside a strict list is refused. */
  readonly listStrict: string;
  /** A value outside an open list is accepted with this notice. */
  readonly listOpen: string;
  readonly dateTitle: string;
  readonly numberTitle: string;
  /** `from` and `to` are ISO days, formatted here. */
  date(range: { readonly from: string; readonly to: string } | undefined): string;
  number(whole: boolean, bounds: NumberBounds): string;
}

const day = (iso: string): string => formatIsoDate(iso, 'fr');
const num = (value: number): string => String(value).replace('.', ',');

export const validationAlerts: ValidationAlertTexts = {
  promptTitle: 'Saisie',
  listTitle: 'Valeur hors liste',
  listStrict: 'Choisissez une valeur de la liste déroulante.',
  listOpen: 'Cette valeur n’est pas dans la liste proposée ; elle est acceptée.',
  dateTitle: 'Date attendue',
  numberTitle: 'Nombre attendu',
  date: (range) => `Saisissez une date au format jj/mm/aaaa${range === undefined ? '' : `, entre le ${day(range.from)} et le ${day(range.to)}`}.`,
  number: (whole, b) =>
    `Saisissez un nombre${whole ? ' entier' : ''}${
      b.kind === 'any' ? '' : b.kind === 'between' ? ` compris entre ${num(b.min)} et ${num(b.max)}` : b.kind === 'atLeast' ? ` supérieur ou égal à ${num(b.min)}` : ` inférieur ou égal à ${num(b.max)}`
    } (sans texte ni symbole).`,
};
