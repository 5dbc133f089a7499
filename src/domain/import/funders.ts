/** Partner names as typed in a source → the partner-list entry they go to (CLS_Financeurs). */
import { matchFunder } from '../partners/match';
import type { FunderMatch } from '../partners/match';
import type { ProfileId } from '../report';
import { DEFAULT_FUNDERS } from '../workbook/lists';
import { PARTNER_HEADER_ALIASES, headerKey } from './vocabulary';

export const DEFAULT_FUNDER_NAMES: readonly string[] = DEFAULT_FUNDERS.map((f) => f.name);

/** Spaces and line breaks of a header collapsed: `Coll \nlocale` → `Coll locale`. */
export const cleanName = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Matches already made: a source repeats the same few partner names on thousands of rows (bounded, for hostile files). */
const MATCHES = new Map<string, FunderMatch>();
const MATCHES_MAX = 20_000;

function matched(name: string, profile: ProfileId): FunderMatch {
  const key = `${profile}\u0000${name}`;
  const known = MATCHES.get(key);
  if (known !== undefined) return known;
  const match = matchFunder(name, DEFAULT_FUNDER_NAMES, profile);
  if (MATCHES.size >= MATCHES_MAX) MATCHES.clear();
  MATCHES.set(key, match);
  return match;
}

/**
 * The partner-list entry for a typed partner name: the default list's entry when the catalogue knows the
 * partner, the catalogue's name when it is not in the list, the name as typed otherwise (« Commune » stays « Commune »).
 */
export function funderFor(typed: string, profile: ProfileId): string {
  const name = cleanName(typed);
  const alias = PARTNER_HEADER_ALIASES[headerKey(name)];
  if (alias !== undefined) return alias;
  const match = matched(name, profile);
  if (match.kind === 'listed') return match.entries[0] ?? name;
  if (match.kind === 'variant' && match.suggestions.length === 1) return match.suggestions[0] ?? name;
  if (match.kind === 'unlisted' && match.partner !== null) return match.partner.name;
  return name;
}

/** Whether a header names a known partner (catalogue or matrix abbreviation), not just any word. */
export function isKnownPartner(typed: string, profile: ProfileId): boolean {
  const name = cleanName(typed);
  if (PARTNER_HEADER_ALIASES[headerKey(name)] !== undefined) return true;
  const match = matched(name, profile);
  return match.kind === 'listed' || (match.kind === 'variant' && match.suggestions.length === 1) || (match.kind === 'unlisted' && match.partner !== null);
}
