/** Amounts and numbers written for people, French or English. */
import type { Lang } from '../report';

const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** `25 000,00 €` (fr, non-breaking spaces) or `€25,000.00` (en), from integer cents. */
export function formatEuros(cents: number, lang: Lang): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = group(String(Math.floor(abs / 100)), lang === 'fr' ? '\u00a0' : ',');
  const rest = String(abs % 100).padStart(2, '0');
  const text = lang === 'fr' ? `${euros},${rest}\u00a0€` : `€${euros}.${rest}`;
  return negative ? `-${text}` : text;
}

/** A plain number the way the reader writes it (`1 234,5` / `1,234.5`). */
export function formatNumber(value: number, lang: Lang): string {
  const [int = '0', dec] = String(Math.abs(value)).split('.');
  const text = group(int, lang === 'fr' ? '\u00a0' : ',') + (dec ? (lang === 'fr' ? ',' : '.') + dec : '');
  return value < 0 ? `-${text}` : text;
}

export const formatPercent = (fraction: number, lang: Lang): string =>
  lang === 'fr' ? `${formatNumber(Math.round(fraction * 1000) / 10, lang)}\u00a0%` : `${formatNumber(Math.round(fraction * 1000) / 10, lang)}%`;

/** A text as the user typed it: « x » in French, "x" in English. */
export const quoted = (text: string, lang: Lang): string => (lang === 'fr' ? `« ${text} »` : `"${text}"`);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date (`2026-06-30`) as each reader writes it: `30/06/2026`, `30 June 2026`; other text as given. One format per language, everywhere. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  return lang === 'fr' ? `${day}/${month}/${year}` : `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}
