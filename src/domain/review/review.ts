/**
 * The regional review: the CLS of a folder, each counted once (the newest of its versions), their consolidated
 * totals (the sum of the per-CLS figures, to the cent), and every file set aside with the reason.
 */
import { buildModel } from '../model';
import { partnerCatalogue } from '../partners/catalogue';
import type { ProfileId, StatusCents, ValidationReport } from '../report';
import { validateWorkbook } from '../validate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { isOwnReport } from './own-report';
import { fold } from '../values/text';
import type { ClsMoney, ClsSummary } from './summary';
import { addMoney, NO_MONEY, summarizeCls } from './summary';

export interface ReviewedWorkbook {
  readonly summary: ClsSummary;
  readonly report: ValidationReport;
}

/** A file the review does not count, and why. */
export type SetAside =
  /** Not readable as a workbook: `message` says why, in the reader's language. */
  | { readonly file: string; readonly reason: 'unusable'; readonly message: string }
  /** A report or statement written by Tableaux CLS. */
  | { readonly file: string; readonly reason: 'own-report' }
  /** An older version of a CLS found again in `kept`. */
  | { readonly file: string; readonly reason: 'older-version'; readonly kept: string };

export interface DuplicateCls {
  readonly name: string;
  readonly territory: string | null;
  /** The newest file, counted. */
  readonly kept: ReviewedWorkbook;
  /** The older ones, newest first: not counted. */
  readonly ignored: readonly ReviewedWorkbook[];
}

export interface ReviewTotals extends ClsMoney {
  /** CLS counted (duplicates once). */
  readonly workbooks: number;
  readonly withErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly budgetCents: number;
  readonly remainingCents: number;
  readonly arsCents: number;
  readonly lateActions: number;
  readonly undatedIndicators: number;
  readonly byPartner: Readonly<Record<string, ClsMoney>>;
  readonly unlistedCents: number;
  /** Year → money by status, sorted by year (`?` for commitments without a year, last). */
  readonly byYear: Readonly<Record<string, StatusCents>>;
}

export interface Review {
  /** The CLS counted, in the order the files were given. */
  readonly workbooks: readonly ReviewedWorkbook[];
  readonly duplicates: readonly DuplicateCls[];
  readonly setAside: readonly SetAside[];
  readonly totals: ReviewTotals;
  /** Partner names for the CLS × partner table: the catalogue's order, then the others as first met. */
  readonly partners: readonly string[];
}

/** Two files are the same CLS when they give the same name and the same territory (case, accents and spaces aside). */
const clsKey = (s: ClsSummary): string | null => (s.name === null ? null : `${fold(s.name)}\u0000${fold(s.territory ?? '')}`);

/** Newest first: later modification, then the later file given. */
function newestFirst(group: readonly { workbook: ReviewedWorkbook; index: number }[]): { workbook: ReviewedWorkbook; index: number }[] {
  return [...group].sort((a, b) => (b.workbook.summary.modifiedMs ?? 0) - (a.workbook.summary.modifiedMs ?? 0) || b.index - a.index);
}

/** Counts each CLS once, keeping its newest file. */
export function dedupe(workbooks: readonly ReviewedWorkbook[]): { kept: ReviewedWorkbook[]; duplicates: DuplicateCls[] } {
  const groups = new Map<string, { workbook: ReviewedWorkbook; index: number }[]>();
  workbooks.forEach((workbook, index) => {
    const key = clsKey(workbook.summary) ?? `\u0001${index}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push({ workbook, index });
  });
  const keptIndexes = new Set<number>();
  const duplicates: DuplicateCls[] = [];
  for (const group of groups.values()) {
    const [newest, ...older] = newestFirst(group);
    if (!newest) continue;
    keptIndexes.add(newest.index);
    if (older.length > 0) {
      duplicates.push({ name: newest.workbook.summary.name ?? '', territory: newest.workbook.summary.territory, kept: newest.workbook, ignored: older.map((o) => o.workbook) });
    }
  }
  return { kept: workbooks.filter((_w, i) => keptIndexes.has(i)), duplicates };
}

/** Partner names: the catalogue's partners in its order, then the others as first met. */
function partnerOrder(workbooks: readonly ReviewedWorkbook[]): string[] {
  const met = [...new Set(workbooks.flatMap((w) => Object.keys(w.summary.byPartner)))];
  const catalogue = partnerCatalogue('centre-val-de-loire').map((p) => p.name);
  return [...catalogue.filter((name) => met.includes(name)), ...met.filter((name) => !catalogue.includes(name))];
}

/** Sums the per-CLS figures: the consolidated totals are exactly the sum of the rows. */
export function reviewTotals(workbooks: readonly ReviewedWorkbook[]): ReviewTotals {
  const sum = (pick: (s: ClsSummary) => number): number => workbooks.reduce((total, w) => total + pick(w.summary), 0);
  const byPartner: Record<string, ClsMoney> = {};
  const byYear = new Map<string, { securedCents: number; requestedCents: number; forecastCents: number }>();
  for (const { summary, report } of workbooks) {
    for (const [name, money] of Object.entries(summary.byPartner)) byPartner[name] = addMoney(byPartner[name] ?? NO_MONEY, money);
    for (const [year, s] of Object.entries(report.totals.byYearStatusCents)) {
      const into = byYear.get(year) ?? byYear.set(year, { securedCents: 0, requestedCents: 0, forecastCents: 0 }).get(year)!;
      into.securedCents += s.securedCents;
      into.requestedCents += s.requestedCents;
      into.forecastCents += s.forecastCents;
    }
  }
  const years = [...byYear.keys()].sort((a, b) => (a === '?' ? 1 : b === '?' ? -1 : a.localeCompare(b)));
  return {
    workbooks: workbooks.length,
    withErrors: workbooks.filter((w) => w.summary.findings.error > 0).length,
    errors: sum((s) => s.findings.error),
    warnings: sum((s) => s.findings.warning),
    infos: sum((s) => s.findings.info),
    securedCents: sum((s) => s.money.securedCents),
    requestedCents: sum((s) => s.money.requestedCents),
    forecastCents: sum((s) => s.money.forecastCents),
    committedCents: sum((s) => s.money.committedCents),
    valuedCents: sum((s) => s.money.valuedCents),
    budgetCents: sum((s) => s.budgetCents),
    remainingCents: sum((s) => s.remainingCents),
    arsCents: sum((s) => s.arsCents),
    lateActions: sum((s) => s.lateActions),
    undatedIndicators: sum((s) => s.undatedIndicators),
    byPartner,
    unlistedCents: sum((s) => s.unlistedCents),
    byYear: Object.fromEntries(years.map((y) => [y, byYear.get(y)!])),
  };
}

/** The review of the workbooks read (in the order given) and the files already set aside (unusable, our own reports). */
export function buildReview(workbooks: readonly ReviewedWorkbook[], setAside: readonly SetAside[]): Review {
  const { kept, duplicates } = dedupe(workbooks);
  const older: SetAside[] = duplicates.flatMap((d) => d.ignored.map((w): SetAside => ({ file: w.summary.file, reason: 'older-version', kept: d.kept.summary.file })));
  return { workbooks: kept, duplicates, setAside: [...setAside, ...older], totals: reviewTotals(kept), partners: partnerOrder(kept) };
}

/**
 * One file of a review: our own report (set aside) or a CLS workbook, validated and summarised.
 * @throws Error when `asOf` is not a `YYYY-MM-DD` date (see validateWorkbook).
 */
export function reviewSnapshot(
  file: string,
  modifiedMs: number | null,
  snapshot: WorkbookSnapshot,
  options: { readonly asOf: string; readonly profile?: ProfileId },
): { readonly kind: 'own-report' } | { readonly kind: 'workbook'; readonly workbook: ReviewedWorkbook } {
  if (isOwnReport(snapshot)) return { kind: 'own-report' };
  const report = validateWorkbook(snapshot, options);
  return { kind: 'workbook', workbook: { summary: summarizeCls(file, modifiedMs, report, buildModel(snapshot)), report } };
}
