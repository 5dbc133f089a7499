/** Which partner a typed name means: the catalogue's partner, and the partner-list entry it should be written as. */
import type { ProfileId } from '../report';
import { fold } from '../values/text';
import type { CataloguePartner, PartnerId } from './catalogue';
import { partnerCatalogue } from './catalogue';
import { excelTextEquals } from './excel-text';

/** `C.P.A.M. de la Manche` → `cpam de la manche`: fold, dots dropped, other punctuation as spaces. */
export function partnerKey(text: string): string {
  return fold(text)
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters and digits only, for near spellings: `C P A M` and `cpam` are the same word. */
const compact = (text: string): string => partnerKey(text).replace(/ /g, '');

const startsWithWord = (key: string, prefix: string): boolean => key === prefix || key.startsWith(`${prefix} `);

/** The catalogue partner a name designates, or null when none or when it names two (`CPAM / ARS`). */
export function resolvePartner(text: string, profile: ProfileId): CataloguePartner | null {
  if (/[/+&]/.test(text)) return null;
  const key = partnerKey(text);
  if (key === '') return null;
  const catalogue = partnerCatalogue(profile);
  const whole = catalogue.find((p) => p.aliases.includes(key) || (p.patterns ?? []).some((re) => re.test(key)));
  if (whole) return whole;
  const prefixed = catalogue.filter((p) => (p.prefixes ?? []).some((prefix) => startsWithWord(key, prefix)));
  if (prefixed.length === 1) return prefixed[0] ?? null;
  if (prefixed.length > 1) return null;
  const words = new Set(key.split(' '));
  const worded = catalogue.filter((p) => (p.words ?? []).some((w) => words.has(w)));
  return worded.length === 1 ? (worded[0] ?? null) : null;
}

/** The ARS, whatever it is called (`ARS`, `FIR (ARS)`, `ARS Normandie`, `Agence régionale de santé`). */
export const isArs = (text: string | null, profile: ProfileId = 'generic'): boolean => text !== null && resolvePartner(text, profile)?.id === 'ars';

/** Optimal string alignment distance (one adjacent transposition counts one edit). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * A slip of the keyboard, not another name: acronyms of 3 letters never (ARS/ORS, MSA/MSP, CAF/CFA are other bodies),
 * 4 letters only by two swapped letters (CPMA), then one edit, two from ten letters.
 */
export function isNearSpelling(typed: string, name: string): boolean {
  const a = compact(typed);
  const b = compact(name);
  if (a === b) return a !== '';
  const length = Math.min(a.length, b.length);
  if (length <= 3) return false;
  if (length === 4) return a.length === 4 && b.length === 4 && [...a].sort().join('') === [...b].sort().join('') && editDistance(a, b) === 1;
  const allowed = length >= 10 ? 2 : 1;
  // The distance is at least the difference of lengths: most pairs are settled without computing it.
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b) <= allowed;
}

export type FunderMatch =
  /** Counted in these columns of the partner table (as SUMIFS matches: case aside, nothing else). */
  | { readonly kind: 'listed'; readonly entries: readonly string[] }
  /** Not counted in any column, but it means these entries of the partner list. */
  | { readonly kind: 'variant'; readonly suggestions: readonly string[] }
  /** Not in the partner list; `partner` when the catalogue knows it. */
  | { readonly kind: 'unlisted'; readonly partner: CataloguePartner | null };

/** Matches one typed Financeur against the workbook's partner list (entries as written there). */
export function matchFunder(typed: string, list: readonly string[], profile: ProfileId): FunderMatch {
  const entries = list.filter((e) => e !== '' && excelTextEquals(e, typed));
  if (entries.length > 0) return { kind: 'listed', entries };
  const unique = (names: readonly string[]): string[] => [...new Set(names)];
  const folded = unique(list.filter((e) => fold(e) === fold(typed) && fold(e) !== ''));
  if (folded.length > 0) return { kind: 'variant', suggestions: folded };
  const partner = resolvePartner(typed, profile);
  if (partner) {
    const same = unique(list.filter((e) => resolvePartner(e, profile)?.id === partner.id));
    return same.length > 0 ? { kind: 'variant', suggestions: same } : { kind: 'unlisted', partner };
  }
  const near = unique(list.filter((e) => isNearSpelling(typed, e)));
  if (near.length > 0) return { kind: 'variant', suggestions: near };
  const nearPartner = partnerCatalogue(profile).find((p) => [p.name, ...p.aliases].some((alias) => isNearSpelling(typed, alias)));
  if (nearPartner) {
    const same = unique(list.filter((e) => resolvePartner(e, profile)?.id === nearPartner.id));
    return same.length > 0 ? { kind: 'variant', suggestions: same } : { kind: 'unlisted', partner: nearPartner };
  }
  return { kind: 'unlisted', partner: null };
}

export type { CataloguePartner, PartnerId };
