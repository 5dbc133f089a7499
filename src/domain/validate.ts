/** The one use case: a workbook snapshot in, a validation report out. Never changes the workbook. */
import { buildModel } from './model';
import { profileFromParameter } from './profiles/profiles';
import type { Finding, ProfileId, ValidationReport } from './report';
import { RULES } from './rules/catalogue';
import type { Severity } from './rules/ids';
import type { RuleContext } from './rules/rule';
import { computeSynthesis } from './synthesis';
import { computeTotals } from './totals';
import { isoToSerial } from './values/dates';
import { TABLES } from './workbook/contract';
import type { WorkbookSnapshot } from './workbook/snapshot';

export interface ValidateOptions {
  /** "Today", `YYYY-MM-DD`: fixes what counts as late so results are reproducible. */
  readonly asOf: string;
  /** Overrides the `Profil régional` parameter. */
  readonly profile?: ProfileId;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name, i]));

/** Stable order: table of the contract, row, column, rule. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    (TABLE_ORDER.get(a.table) ?? 99) - (TABLE_ORDER.get(b.table) ?? 99) ||
    a.table.localeCompare(b.table) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.cell ?? '').length - (b.cell ?? '').length ||
    (a.cell ?? '').localeCompare(b.cell ?? '') ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

/**
 * Validates a workbook snapshot against the contract and the rule catalogue.
 * @throws Error when `asOf` is not a `YYYY-MM-DD` date (programmer misuse; workbook problems are findings).
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions): ValidationReport {
  const asOf = isoToSerial(options.asOf);
  if (asOf === null) throw new Error(`asOf must be a YYYY-MM-DD date, got "${options.asOf}"`);
  const model = buildModel(snapshot);
  const profile = options.profile ?? profileFromParameter(model.parameters.regionalProfile);
  const totals = computeTotals(model, profile);
  const context: RuleContext = { model, profile, asOf, totals };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.profiles && !rule.profiles.includes(profile)) continue;
    for (const draft of rule.check(context)) findings.push({ ...draft, severity: rule.severity });
  }
  findings.sort(compareFindings);
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return {
    clsName: model.parameters.name,
    profile,
    asOf: options.asOf,
    contractYears: model.contractYears,
    findings,
    summary,
    totals,
    synthesis: computeSynthesis(model, totals),
  };
}
