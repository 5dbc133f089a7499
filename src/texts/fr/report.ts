/** The words around findings in French: severities, the summary line, the findings left out of a long list. */
import type { RuleId, Severity } from '../../domain/rules/ids';
import { formatNumber } from '../../domain/values/format';

export interface ReportTexts {
  readonly severity: Readonly<Record<Severity, string>>;
  /** `2 erreurs, 5 avertissements, 1 info`. */
  summary(counts: Readonly<Record<Severity, number>>): string;
  /** `… et 59 980 autres constats cell.not-number (liste complète : --format json)`. */
  moreFindings(count: number, rule: RuleId): string;
}

// French puts 0 and 1 in the singular.
const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;

export const report: ReportTexts = {
  severity: { error: 'Erreur', warning: 'Avertissement', info: 'Info' },
  summary: (c) => [plural(c.error, 'erreur', 'erreurs'), plural(c.warning, 'avertissement', 'avertissements'), plural(c.info, 'info', 'infos')].join(', '),
  moreFindings: (count, rule) =>
    `… et ${formatNumber(count, 'fr')} ${count > 1 ? 'autres constats' : 'autre constat'} ${rule} (liste complète : --format json)`,
};
