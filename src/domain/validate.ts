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
import { ACTIONS_TABLE, TABLES } from './workbook/contract';
import { foldHeader } from './values/text';
import type { WorkbookSnapshot } from './workbook/snapshot';

export interface ValidateOptions {
  /** "Today", `YYYY-MM-DD`: fixes what counts as late so results are reproducible. */
  readonly asOf: string;
  /** Overrides the `Profil régional` parameter. */
  readonly profile?: ProfileId;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name, i]));
const ACTION_NUMBER_HEADER = ACTIONS_TABLE.columns.find((c) => c.key === 'actionNumber')?.header ?? 'N° action';

/** Findings that only follow from a missing or malformed action number: the commitments and indicators that name no known action. */
const CONSEQUENCES: ReadonlySet<string> = new Set(['funding.action-unknown', 'evaluation.action-unknown']);

const isRootCause = (f: Finding): boolean =>
  f.table === ACTIONS_TABLE.name && (f.rule === 'action.number-malformed' || (f.rule === 'cell.required-missing' && f.column !== undefined && foldHeader(f.column) === foldHeader(ACTION_NUMBER_HEADER)));

/**
 * Links cascades to their root: when exactly one action lacks a usable number, every commitment and indicator
 * naming an unknown action follows from it (with several, which one is meant cannot be known: nothing is linked).
 */
function linkCauses(findings: readonly Finding[]): Finding[] {
  const roots = findings.filter(isRootCause);
  const root = roots.length === 1 ? roots[0] : undefined;
  if (root === undefined) return [...findings];
  const cause = { rule: root.rule, sheet: root.sheet, ...(root.cell === undefined ? {} : { cell: root.cell }) };
  return findings.map((f) => (CONSEQUENCES.has(f.rule) ? { ...f, cause } : f));
}

/** The severity a finding sorts by: its own, or its worst consequence's (the root comes before what it causes). */
function sortSeverities(findings: readonly Finding[]): Map<Finding, number> {
  const ranks = new Map(findings.map((f) => [f, SEVERITY_ORDER[f.severity]]));
  const key = (c: { rule: string; sheet: string; cell?: string | undefined }): string => `${c.rule}\u0000${c.sheet}\u0000${c.cell ?? ''}`;
  const roots = new Map(findings.filter(isRootCause).map((r) => [key(r), r]));
  for (const f of findings) {
    const root = f.cause ? roots.get(key(f.cause)) : undefined;
    if (root) ranks.set(root, Math.min(ranks.get(root) ?? 2, SEVERITY_ORDER[f.severity]));
  }
  return ranks;
}

/** Stable order: table of the contract, then errors, warnings, infos, then row, column, rule. */
function compareFindings(ranks: ReadonlyMap<Finding, number>): (a: Finding, b: Finding) => number {
  return (a, b) =>
    (TABLE_ORDER.get(a.table) ?? 99) - (TABLE_ORDER.get(b.table) ?? 99) ||
    a.table.localeCompare(b.table) ||
    (ranks.get(a) ?? 2) - (ranks.get(b) ?? 2) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.cell ?? '').length - (b.cell ?? '').length ||
    (a.cell ?? '').localeCompare(b.cell ?? '') ||
    a.rule.localeCompare(b.rule);
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
  const drafted: Finding[] = [];
  for (const rule of RULES) {
    if (rule.profiles && !rule.profiles.includes(profile)) continue;
    for (const draft of rule.check(context)) drafted.push({ ...draft, severity: rule.severity });
  }
  const findings = linkCauses(drafted);
  findings.sort(compareFindings(sortSeverities(findings)));
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
    synthesis: computeSynthesis(model, totals, findings),
  };
}
