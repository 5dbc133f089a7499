/** The JSON output of `validate` (CONTRACT §3): one object per workbook, amounts in euros. */
import { renderFinding } from '../domain/messages/render';
import type { Finding, Lang, ProfileId, ValidationReport } from '../domain/report';
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
  };
}

const euros = (cents: number | null): number | null => (cents === null ? null : centsToEuros(cents));

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
      })),
    },
  };
}
