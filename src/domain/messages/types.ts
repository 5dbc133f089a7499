import type { Finding, FindingParams } from '../report';
import type { RuleId } from '../rules/ids';
import { formatIsoDate } from '../values/format';

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

/** An ISO date parameter (`2028-10-13`) as its reader writes it: `13/10/2028` or `13 October 2028`; other text as given. */
export const d = (params: FindingParams, key: string, lang: 'fr' | 'en'): string => formatIsoDate(p(params, key), lang);
