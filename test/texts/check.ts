/** Compares a locale's catalogue with the French one: every key present and non-empty, the same placeholders, no French left. */
import * as lists from '../../src/domain/workbook/lists';
import { CONTROL_HEADERS, OWNED_SHEETS, PARAMETERS, TABLES } from '../../src/domain/workbook/contract';

/** The workbook's fixed French vocabulary (sheet names, headers, parameters, list values): named as is in every language. */
export const CONTRACT_WORDS: readonly string[] = [
  ...TABLES.flatMap((t) => [t.sheet, ...t.columns.map((c) => c.header), ...(t.yearColumns ? [t.yearColumns.headerPrefix] : [])]),
  ...Object.values(OWNED_SHEETS),
  ...CONTROL_HEADERS,
  ...PARAMETERS.map((p) => p.label),
  ...Object.values(lists).flatMap((value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])),
].sort((a, b) => b.length - a.length);

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();

/** Letters and signs English does not use; `extra` words (beyond the contract's) may keep them. */
const FRENCH_MARK = /[«»àâçéèêëîïôûùœ]/i;

/** The French left in an English text once quoted names and the contract's words are set aside, or null. */
export function frenchLeft(text: string, allowed: readonly string[] = CONTRACT_WORDS): string | null {
  let rest = text.replace(/"[^"\n]*"/g, '""').replace(/“[^”]*”/g, '“”');
  for (const word of allowed) rest = rest.split(word).join('');
  const m = FRENCH_MARK.exec(rest);
  return m ? rest.slice(Math.max(0, m.index - 30), m.index + 30) : null;
}

/**
 * What is wrong with `other` compared with the French reference `fr`, one line per problem (`path: problem`).
 * Strings: present, non-empty, same `{placeholders}`, no French; functions: present with the same number of parameters,
 * no French in their source; records: the same keys.
 */
export function catalogueProblems(fr: unknown, other: unknown, path = '', allowed: readonly string[] = CONTRACT_WORDS): string[] {
  const at = path || '(root)';
  if (typeof fr === 'string') {
    if (typeof other !== 'string') return [`${at}: missing`];
    const problems: string[] = [];
    if (fr.trim() === '') problems.push(`${at}: empty in French`);
    if (other.trim() === '') problems.push(`${at}: empty`);
    if (placeholders(fr).join() !== placeholders(other).join()) problems.push(`${at}: placeholders {${placeholders(other).join('}, {')}} instead of {${placeholders(fr).join('}, {')}}`);
    const french = frenchLeft(other, allowed);
    if (french !== null) problems.push(`${at}: French left: …${french}…`);
    return problems;
  }
  if (typeof fr === 'function') {
    if (typeof other !== 'function') return [`${at}: missing`];
    const problems: string[] = [];
    if (fr.length !== other.length) problems.push(`${at}: ${other.length} parameters instead of ${fr.length}`);
    const french = frenchLeft(String(other), allowed);
    if (french !== null) problems.push(`${at}: French left: …${french}…`);
    return problems;
  }
  if (fr !== null && typeof fr === 'object') {
    if (other === null || typeof other !== 'object') return [`${at}: missing`];
    const frKeys = Object.keys(fr);
    const otherKeys = Object.keys(other);
    return [
      ...frKeys.flatMap((key) => catalogueProblems((fr as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], path ? `${path}.${key}` : key, allowed)),
      ...otherKeys.filter((key) => !frKeys.includes(key)).map((key) => `${path ? `${path}.${key}` : key}: not in French`),
    ];
  }
  return fr === other ? [] : [`${at}: ${String(other)} instead of ${String(fr)}`];
}

/** The number of translatable entries (strings and functions) under a section. */
export function countEntries(section: unknown): number {
  if (typeof section === 'string' || typeof section === 'function') return 1;
  if (section !== null && typeof section === 'object') return Object.values(section).reduce((sum: number, value) => sum + countEntries(value), 0);
  return 0;
}
