/** A rule of the catalogue, declared as data: id, severity, seed citation, profiles, check. */
import type { FindingDraft, WorkbookModel } from '../model';
import type { FundingTotals, ProfileId } from '../report';
import type { RuleId, Severity } from './ids';

export interface RuleContext {
  readonly model: WorkbookModel;
  readonly profile: ProfileId;
  /** "Today" as an Excel serial (the `--as-of` date). */
  readonly asOf: number;
  readonly totals: FundingTotals;
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Where the rule comes from: a seed passage (`file:line`) or the contract. */
  readonly source: string;
  /** Profiles where the rule applies; all when absent. */
  readonly profiles?: readonly ProfileId[];
  check(context: RuleContext): Iterable<FindingDraft>;
}

/** A generic rule whose findings are produced while reading the workbook (structure.*, cell.*). */
export const readingRule = (id: RuleId, severity: Severity, source: string): Rule => ({
  id,
  severity,
  source,
  check: ({ model }) => model.findings.filter((f) => f.rule === id),
});
