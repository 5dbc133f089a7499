/**
 * The JSON output of `validate` (CONTRACT §3): one object per workbook, amounts in euros, every finding (the text
 * report cuts long lists, the JSON never does); a file that cannot be read is an object with the reason.
 */
import { renderFinding } from '../domain/messages/render';
import { safeJson } from '../domain/values/controls';
import type { Finding, Lang, ProfileId, StatusCents, ValidationReport } from '../domain/report';
import type { Severity } from '../domain/rules/ids';
import { centsToEuros } from '../domain/values/money';

/** A finding as CONTRACT §3 prints it: the domain's finding, its params rendered as message and suggestion. */
export type JsonFinding = Omit<Finding, 'params'> & {
  readonly message: string;
  readonly suggestion?: string;
};

export interface JsonActionTotals {
  readonly action: string;
  readonly budget: number | null;
  readonly committed: number;
  readonly remaining: number | null;
  /** committed = secured (Acquis) + requested (Sollicité). */
  readonly secured: number;
  readonly requested: number;
  readonly forecast: number;
}

/** Financier money by status, in euros: committed = secured (Acquis) + requested (Sollicité); forecast (Prévisionnel) apart. */
export interface JsonStatusTotals {
  readonly secured: number;
  readonly requested: number;
  readonly forecast: number;
}

export interface JsonFileReport {
  readonly file: string;
  readonly profile: ProfileId;
  readonly asOf: string;
  readonly summary: Readonly<Record<Severity, number>>;
  readonly findings: readonly JsonFinding[];
  readonly totals: {
    readonly committed: number;
    readonly byFunder: Readonly<Record<string, number>>;
    readonly byYear: Readonly<Record<string, number>>;
    readonly byAction: readonly JsonActionTotals[];
    readonly secured: number;
    readonly requested: number;
    readonly forecast: number;
    /** Humain valorisé and Matériel valorisé, outside the committed total. */
    readonly valued: number;
    readonly byFunderStatus: Readonly<Record<string, JsonStatusTotals>>;
    readonly byYearStatus: Readonly<Record<string, JsonStatusTotals>>;
    /** Committed money under a Financeur written as no partner of the list (as typed): in `committed`, in no `byFunder` entry. */
    readonly unlistedFunders: Readonly<Record<string, number>>;
  };
}

const euros = (cents: number | null): number | null => (cents === null ? null : centsToEuros(cents));

const statusEuros = (s: StatusCents): JsonStatusTotals => ({
  secured: centsToEuros(s.securedCents),
  requested: centsToEuros(s.requestedCents),
  forecast: centsToEuros(s.forecastCents),
});

const statusRecord = (cents: Readonly<Record<string, StatusCents>>): Record<string, JsonStatusTotals> =>
  Object.fromEntries(Object.entries(cents).map(([key, value]) => [key, statusEuros(value)]));

const eurosRecord = (cents: Readonly<Record<string, number>>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(cents)) out[key] = centsToEuros(value);
  return out;
};

/** One finding, keys in the contract's order, optional keys left out rather than null. */
export function jsonFinding(finding: Finding, lang: Lang): JsonFinding {
  const { message, suggestion } = renderFinding(finding, lang);
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    table: finding.table,
    ...(finding.cell === undefined ? {} : { cell: finding.cell }),
    ...(finding.row === undefined ? {} : { row: finding.row }),
    ...(finding.column === undefined ? {} : { column: finding.column }),
    message,
    ...(finding.value === undefined ? {} : { value: finding.value }),
    ...(suggestion ? { suggestion } : {}),
  };
}

export function jsonFileReport(file: string, report: ValidationReport, lang: Lang): JsonFileReport {
  const { totals } = report;
  return {
    file,
    profile: report.profile,
    asOf: report.asOf,
    summary: { error: report.summary.error, warning: report.summary.warning, info: report.summary.info },
    findings: report.findings.map((f) => jsonFinding(f, lang)),
    totals: {
      committed: centsToEuros(totals.committedCents),
      byFunder: eurosRecord(totals.byFunderCents),
      byYear: eurosRecord(totals.byYearCents),
      byAction: totals.byAction.map((a) => ({
        action: a.action,
        budget: euros(a.budgetCents),
        committed: centsToEuros(a.committedCents),
        remaining: euros(a.remainingCents),
        ...statusEuros(a),
      })),
      ...statusEuros(totals),
      valued: centsToEuros(totals.valuedCents),
      byFunderStatus: statusRecord(totals.byFunderStatusCents),
      byYearStatus: statusRecord(totals.byYearStatusCents),
      unlistedFunders: eurosRecord(totals.unlistedFunderCents),
    },
  };
}

/** A single file that could not be read, as the JSON output gives it: its name and why, in the user's language. */
export interface JsonUnusableFile {
  readonly file: string;
  readonly unusable: true;
  readonly message: string;
}

export const jsonUnusableFile = (file: string, message: string): JsonUnusableFile => ({ file, unusable: true, message });

/** The JSON text printed: indented, every control character escaped (C1 and bidi ones too, which JSON.stringify leaves raw). */
export const jsonText = (value: unknown): string => `${safeJson(value)}\n`;
