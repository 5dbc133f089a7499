/**
 * Long lists of findings cut for people (the text report, the --report workbook): the first FINDINGS_PER_RULE of each
 * rule in their order, then how many were left out. The JSON output always keeps them all.
 */
import type { RuleId } from '../rules/ids';

export const FINDINGS_PER_RULE = 20;

export interface CappedFindings<T> {
  readonly shown: T[];
  /** Rules cut short, in order of first appearance, with the number left out. */
  readonly more: { readonly rule: RuleId; readonly count: number }[];
}

/** The findings with at most `perRule` of each rule; linear in their number. */
export function capPerRule<T extends { readonly rule: RuleId }>(findings: readonly T[], perRule: number = FINDINGS_PER_RULE): CappedFindings<T> {
  const seen = new Map<RuleId, number>();
  const shown: T[] = [];
  for (const finding of findings) {
    const count = (seen.get(finding.rule) ?? 0) + 1;
    seen.set(finding.rule, count);
    if (count <= perRule) shown.push(finding);
  }
  const more = [...seen].filter(([, count]) => count > perRule).map(([rule, count]) => ({ rule, count: count - perRule }));
  return { shown, more };
}

export { moreFindingsText } from './render';
