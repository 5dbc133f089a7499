/** « Harmoniser les noms »: the partner spellings the add-in may rewrite, on request, to the partner list's name. */
import type { CellEdit } from '../port';
import type { Finding } from '../report';

/** The rule whose findings carry a typed spelling and the list's name(s) it means. */
export const SPELLING_RULE = 'funding.funder-spelling';

/** One edit per finding whose spelling means exactly one name of the partner list (an ambiguous one is left to the user). */
export function harmonizeEdits(findings: readonly Finding[]): CellEdit[] {
  return findings.flatMap((finding): CellEdit[] => {
    if (finding.rule !== SPELLING_RULE || finding.cell === undefined) return [];
    const typed = finding.params.funder;
    const names = typeof finding.params.suggestion === 'string' ? finding.params.suggestion.split('\n').filter((s) => s !== '') : [];
    if (typeof typed !== 'string' || names.length !== 1 || names[0] === undefined) return [];
    return [{ sheet: finding.sheet, cell: finding.cell, expected: typed, value: names[0] }];
  });
}
