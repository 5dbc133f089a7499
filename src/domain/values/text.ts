/** Tolerant text comparison for headers, parameter keys and list values. */

/**
 * Folds case, accents, non-breaking and repeated spaces, and typographic apostrophes, so that
 * `  intitule de l’action ` matches `Intitulé de l'action` (CONTRACT §1).
 */
export function fold(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncached(text);
  // Workbooks repeat the same few hundred values (funders, statuses): memoise, bounded.
  if (FOLDED.size > 100_000) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

const FOLDED = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Header comparison: `fold`, plus the spellings of « N° » people type (`Nº`, `N °action`) and a
 * missing space before a parenthesis (`Montant(€)`).
 */
export function foldHeader(header: string): string {
  return fold(header.replace(/[º˚]/g, '°'))
    .replace(/\s*°\s*/g, '° ')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)/g, ')')
    .trim();
}

const LIST_INDEX = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** Finds the canonical entry of a list matching `value` with `fold` tolerance. */
export function matchInList(value: string, list: readonly string[]): string | undefined {
  let index = LIST_INDEX.get(list);
  if (!index) {
    index = new Map(list.map((item) => [fold(item), item]));
    LIST_INDEX.set(list, index);
  }
  return index.get(fold(value));
}

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** French quotation marks keep their inner spaces on the line: `« Créer »` never wraps as `« Créer` / `»`. */
export const keepQuotesTogether = (text: string): string => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
