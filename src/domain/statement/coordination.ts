/**
 * The ARS coordination-post rules per year with the figures behind each verdict. The verdict is the rule's own:
 * a year fails a rule exactly when the validation found that rule for that year.
 */
import type { CoordinationYear, Finding, ProfileId } from '../report';
import { RULES_BY_ID } from '../rules/catalogue';
import type { RuleId } from '../rules/ids';

export const COORDINATION_RULES = ['funding.ars-coordination-cap', 'funding.ars-coordination-share', 'funding.coordination-cofinancing'] as const;
export type CoordinationRuleId = (typeof COORDINATION_RULES)[number];

export interface CoordinationCheck {
  readonly rule: CoordinationRuleId;
  /** The amount compared with the limit, in cents: the ARS's money, or the others' for co-financing. */
  readonly amountCents: number;
  /** 25 000 € (× posts in CVL), 50 % of the post cost, or the ARS's money; null when unknown. */
  readonly limitCents: number | null;
  /** False when the profile does not apply the rule or its limit is unknown. */
  readonly applies: boolean;
  readonly ok: boolean;
}

export interface CoordinationVerdict extends CoordinationYear {
  readonly checks: readonly CoordinationCheck[];
  /** True when every applicable rule holds. */
  readonly ok: boolean;
}

const appliesTo = (rule: RuleId, profile: ProfileId): boolean => {
  const profiles = RULES_BY_ID.get(rule)?.profiles;
  return profiles === undefined || profiles.includes(profile);
};

/** One verdict per year of `totals.coordination`, from the findings of the same validation. */
export function coordinationVerdicts(years: readonly CoordinationYear[], findings: readonly Finding[], profile: ProfileId): CoordinationVerdict[] {
  const failed = new Set(findings.filter((f) => (COORDINATION_RULES as readonly string[]).includes(f.rule)).map((f) => `${f.rule}|${String(f.params.year)}`));
  return years.map((y) => {
    const check = (rule: CoordinationRuleId, amountCents: number, limitCents: number | null): CoordinationCheck => {
      const applies = appliesTo(rule, profile) && limitCents !== null;
      return { rule, amountCents, limitCents, applies, ok: !applies || !failed.has(`${rule}|${y.year}`) };
    };
    const checks = [
      check('funding.ars-coordination-cap', y.arsCents, y.capCents),
      check('funding.ars-coordination-share', y.arsCents, y.shareCapCents),
      check('funding.coordination-cofinancing', y.othersCents, y.arsCents),
    ];
    return { ...y, checks, ok: checks.every((c) => c.ok) };
  });
}
