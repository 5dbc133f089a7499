/** How SUMIFS compares a text criterion with a cell: what the live formulas of the partner table count. */
import type { CellValue } from '../workbook/snapshot';

const PATTERNS = new Map<string, RegExp>();

function patternOf(criterion: string): RegExp {
  let pattern = PATTERNS.get(criterion);
  if (pattern) return pattern;
  let source = '';
  for (let i = 0; i < criterion.length; i++) {
    const c = criterion[i] ?? '';
    if (c === '~' && i + 1 < criterion.length) source += (criterion[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  pattern = new RegExp(`^${source}$`, 'su');
  if (PATTERNS.size > 10_000) PATTERNS.clear();
  PATTERNS.set(criterion, pattern);
  return pattern;
}

/**
 * True when SUMIFS with the text `criterion` counts a cell holding `cell`: text only, case aside, `*` `?` `~` as
 * wildcards; spaces, accents and punctuation count (`cpam ` is not `CPAM`). A number never matches a text criterion.
 * (A criterion opening with `<`, `>` or `=` would be a comparison: partner names and list values never do.)
 */
export function excelTextEquals(criterion: string, cell: CellValue | string): boolean {
  if (typeof cell !== 'string') return false;
  return patternOf(criterion.toLocaleUpperCase('fr')).test(cell.toLocaleUpperCase('fr'));
}
