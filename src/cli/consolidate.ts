/** What the command line reports per workbook, and totals summed across workbooks (exact, in cents). */
import type { ValidationReport } from '../domain/report';

export interface CheckedWorkbook {
  /** The path as the user named it. */
  readonly label: string;
  readonly path: string;
  readonly report: ValidationReport;
}

export interface ConsolidatedTotals {
  readonly committedCents: number;
  readonly byFunderCents: ReadonlyMap<string, number>;
  /** Sorted by year. */
  readonly byYearCents: ReadonlyMap<string, number>;
}

const add = (map: Map<string, number>, key: string, cents: number): void => {
  map.set(key, (map.get(key) ?? 0) + cents);
};

/** Sums Financier Acquis + Sollicité commitments of several workbooks, partners in first-seen order. */
export function consolidateTotals(reports: readonly ValidationReport[]): ConsolidatedTotals {
  let committedCents = 0;
  const byFunder = new Map<string, number>();
  const byYear = new Map<string, number>();
  for (const { totals } of reports) {
    committedCents += totals.committedCents;
    for (const [funder, cents] of Object.entries(totals.byFunderCents)) add(byFunder, funder, cents);
    for (const [year, cents] of Object.entries(totals.byYearCents)) add(byYear, year, cents);
  }
  const years = [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return { committedCents, byFunderCents: byFunder, byYearCents: new Map(years) };
}
