/** Tolerant text comparison for headers, parameter keys and list values. */

/**
 * Folds case, accents, non-breaking and repeated spaces, and typographic apostrophes, so that
 * `  intitule de l’action ` matches `Intitulé de l'action` (CONTRACT §1).
 */
export function fold(text: string): string {
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

/** Finds the canonical entry of a list matching `value` with `fold` tolerance. */
export function matchInList(value: string, list: readonly string[]): string | undefined {
  const key = fold(value);
  return list.find((item) => fold(item) === key);
}
