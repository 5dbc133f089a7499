/** Small pieces of wording shared by the statement, the review and the diff, in the reader's language. */
import type { Lang } from '../report';
import { isoToSerial, serialToFrench } from '../values/dates';
import { listValues as enListValues } from '../../texts/en/list-values';
import { listValues as frListValues } from '../../texts/fr/list-values';

/** `23/11/2026` in French, `2026-11-23` in English (as the text report writes dates). */
export const dateLabel = (iso: string, lang: Lang): string => {
  const serial = isoToSerial(iso);
  return lang === 'fr' && serial !== null ? serialToFrench(serial) : iso;
};

/** `2025–2027`, one year alone, or a dash. */
export const yearsLabel = (years: readonly number[]): string =>
  years.length === 0 ? '—' : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;

/** `toute la durée du contrat (2025–2027)` or `année 2026`. */
export const periodLabel = (
  year: number | null,
  contractYears: readonly number[],
  t: { readonly wholeContract: string; year(year: number): string },
): string => (year === null ? `${t.wholeContract} (${yearsLabel(contractYears)})` : t.year(year));

/** A list value of the contract in the reader's language (src/texts/<locale>/list-values.ts); other text as typed. */
export const term = (value: string, lang: Lang): string => {
  const values: Readonly<Record<string, string>> = lang === 'fr' ? frListValues : enListValues;
  // Own keys only: a cell holding « constructor » is text, not Object's.
  return Object.hasOwn(values, value) ? (values[value] as string) : value;
};
