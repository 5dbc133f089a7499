/** What the command line reports per workbook, and totals summed across workbooks (exact, in cents). */
import type { StatusCents, ValidationReport } from '../domain/report';

export interface CheckedWorkbook {
  /** The path as the user named it. */
  readonly label: string;
  readonly path: string;
  readonly report: ValidationReport;
}

export interface ConsolidatedTotals extends StatusCents {
  readonly committedCents: number;
  readonly byFunderCents: ReadonlyMap<string, number>;
  /** Sorted by year. */
  readonly byYearCents: ReadonlyMap<string, number>;
  readonly byFunderStatusCents: ReadonlyMap<string, StatusCents>;
  readonly byYearStatusCents: ReadonlyMap<string, StatusCents>;
  readonly unlistedFunderCents: ReadonlyMap<string, number>;
}

const add = (map: Map<string, number>, key: string, cents: number): void => {
  map.set(key, (map.get(key) ?? 0) + cents);
};

/** Sums Financier Acquis + Sollicité commitments of several workbooks, partners in first-seen order. */
const addStatus = (map: Map<string, StatusCents>, key: string, s: StatusCents): void => {
  const was = map.get(key) ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 };
  map.set(key, { securedCents: was.securedCents + s.securedCents, requestedCents: was.requestedCents + s.requestedCents, forecastCents: was.forecastCents + s.forecastCents });
};

const byYearOrder = <T>(map: Map<string, T>): Map<string, T> => new Map([...map.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));

/** Sums Financier Acquis + Sollicité commitments of several workbooks, partners in first-seen order. */
export function consolidateTotals(reports: readonly ValidationReport[]): ConsolidatedTotals {
  let committedCents = 0;
  const all = new Map<string, StatusCents>();
  const byFunder = new Map<string, number>();
  const byYear = new Map<string, number>();
  const byFunderStatus = new Map<string, StatusCents>();
  const byYearStatus = new Map<string, StatusCents>();
  const unlisted = new Map<string, number>();
  for (const { totals } of reports) {
    committedCents += totals.committedCents;
    addStatus(all, '', totals);
    for (const [funder, cents] of Object.entries(totals.byFunderCents)) add(byFunder, funder, cents);
    for (const [year, cents] of Object.entries(totals.byYearCents)) add(byYear, year, cents);
    for (const [funder, s] of Object.entries(totals.byFunderStatusCents)) addStatus(byFunderStatus, funder, s);
    for (const [year, s] of Object.entries(totals.byYearStatusCents)) addStatus(byYearStatus, year, s);
    for (const [funder, cents] of Object.entries(totals.unlistedFunderCents)) add(unlisted, funder, cents);
  }
  const sums = all.get('') ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 };
  return {
    ...sums,
    committedCents,
    byFunderCents: byFunder,
    byYearCents: byYearOrder(byYear),
    byFunderStatusCents: byFunderStatus,
    byYearStatusCents: byYearOrder(byYearStatus),
    unlistedFunderCents: unlisted,
  };
}
