/** The ARS coordination-post rules per year (CONTRACT §2), as the Financements view states them. */
import type { CoordinationYear, ProfileId } from '../domain/report';

export type CoordinationRule = 'cap' | 'share' | 'cofinancing';

export interface CoordinationCheck {
  readonly rule: CoordinationRule;
  /** False when the profile does not apply the rule or its threshold is unknown. */
  readonly applies: boolean;
  readonly ok: boolean;
  /** The amount compared, and the limit it is compared with, in cents. */
  readonly amountCents: number;
  readonly limitCents: number | null;
}

/** Which profiles apply each rule: cap (N, CVL), share (N), co-financing (N). */
const RULE_PROFILES: Readonly<Record<CoordinationRule, readonly ProfileId[]>> = {
  cap: ['normandie', 'centre-val-de-loire'],
  share: ['normandie'],
  cofinancing: ['normandie'],
};

/** Checks one year: ARS ≤ 25 000 € (a post in Centre-Val de Loire), ARS ≤ 50 % of the post cost, others ≥ ARS. */
export function coordinationChecks(year: CoordinationYear, profile: ProfileId): CoordinationCheck[] {
  const applies = (rule: CoordinationRule): boolean => RULE_PROFILES[rule].includes(profile);
  return [
    { rule: 'cap', applies: applies('cap'), ok: year.arsCents <= year.capCents, amountCents: year.arsCents, limitCents: year.capCents },
    {
      rule: 'share',
      applies: applies('share') && year.shareCapCents !== null,
      ok: year.shareCapCents === null || year.arsCents <= year.shareCapCents,
      amountCents: year.arsCents,
      limitCents: year.shareCapCents,
    },
    { rule: 'cofinancing', applies: applies('cofinancing'), ok: year.othersCents >= year.arsCents, amountCents: year.othersCents, limitCents: year.arsCents },
  ];
}

/** Coverage of a budget by commitments, null without a positive budget. */
export const coverage = (committedCents: number, budgetCents: number | null): number | null =>
  budgetCents === null || budgetCents <= 0 ? null : committedCents / budgetCents;
