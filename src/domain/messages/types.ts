import type { Finding, FindingParams } from '../report';
import type { RuleId } from '../rules/ids';

export interface Rendered {
  readonly message: string;
  readonly suggestion?: string;
}

export type MessageFn = (params: FindingParams, finding: Finding) => Rendered;

/** One message per rule id: a missing translation fails the type check. */
export type Messages = { readonly [id in RuleId]: MessageFn };

/** A parameter as text (empty when absent). */
export const p = (params: FindingParams, key: string): string => {
  const v = params[key];
  return v === undefined ? '' : String(v);
};

/** A parameter as a number (0 when absent). */
export const n = (params: FindingParams, key: string): number => {
  const v = params[key];
  return typeof v === 'number' ? v : Number(v ?? 0);
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date parameter (`2028-10-13`) as its reader writes it: `13/10/2028` or `13 October 2028`; other text as given. */
export const d = (params: FindingParams, key: string, lang: 'fr' | 'en'): string => {
  const text = p(params, key);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  return lang === 'fr' ? `${day}/${month}/${year}` : `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
};
