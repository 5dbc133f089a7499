/** Renders findings for people, at the edge: French by default, English on request. */
import type { Finding, Lang } from '../report';
import type { Severity } from '../rules/ids';
import { en } from './en';
import { fr } from './fr';
import type { Messages, Rendered } from './types';

export { formatEuros, formatNumber, formatPercent } from '../values/format';
export type { Rendered } from './types';

const MESSAGES: Readonly<Record<Lang, Messages>> = { fr, en };

export function renderFinding(finding: Finding, lang: Lang): Rendered {
  return MESSAGES[lang][finding.rule](finding.params, finding);
}

const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  fr: { error: 'Erreur', warning: 'Avertissement', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const severityLabel = (severity: Severity, lang: Lang): string => SEVERITY_LABELS[lang][severity];

/** `2 erreurs, 5 avertissements, 1 info` / `2 errors, 5 warnings, 1 info`. */
export function summaryLine(summary: Readonly<Record<Severity, number>>, lang: Lang): string {
  // French puts 0 and 1 in the singular, English only 1.
  const plural = (count: number, one: string, many: string): string =>
    `${count} ${(lang === 'fr' ? count > 1 : count !== 1) ? many : one}`;
  return lang === 'fr'
    ? [plural(summary.error, 'erreur', 'erreurs'), plural(summary.warning, 'avertissement', 'avertissements'), plural(summary.info, 'info', 'infos')].join(', ')
    : [plural(summary.error, 'error', 'errors'), plural(summary.warning, 'warning', 'warnings'), plural(summary.info, 'info', 'infos')].join(', ');
}
