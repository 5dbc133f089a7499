/**
 * The import report's sentences, French and English, shared by the command line and the web page: what was
 * recognised, the mapping, the conservation of money, what was skipped and why. Each medium adds its own
 * wording for how the user gives a year (`--year` on the command line, a field on the page).
 */
import type { Lang } from '../report';
import { formatNumber } from '../values/format';
import { importReport as en } from '../../texts/en/import-report';
import type { ImportReportTexts } from '../../texts/fr/import-report';
import { importReport as fr } from '../../texts/fr/import-report';

export type { ImportReportTexts, MatrixOtherRole } from '../../texts/fr/import-report';

export const IMPORT_REPORT_TEXTS: Readonly<Record<Lang, ImportReportTexts>> = { fr, en };

/** A skipped row as the reader writes it: `TOTAL · 44 000,90` in French, `TOTAL · 44,000.9` in English, shortened. */
export function rowSummary(cells: readonly (string | number | boolean)[], lang: Lang): string {
  const text = cells.map((cell) => (typeof cell === 'number' ? formatNumber(cell, lang) : String(cell))).join(' · ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
