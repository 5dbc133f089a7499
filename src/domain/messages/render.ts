/** Renders findings for people, at the edge: French by default, English on request (texts in src/texts). */
import type { Finding, Lang } from '../report';
import type { RuleId, Severity } from '../rules/ids';
import { findings as en } from '../../texts/en/findings';
import { report as reportEn } from '../../texts/en/report';
import { findings as fr } from '../../texts/fr/findings';
import type { ReportTexts } from '../../texts/fr/report';
import { report as reportFr } from '../../texts/fr/report';
import type { Messages, Rendered } from './types';

export { formatEuros, formatNumber, formatPercent } from '../values/format';
export type { Rendered } from './types';

const MESSAGES: Readonly<Record<Lang, Messages>> = { fr, en };
const REPORT: Readonly<Record<Lang, ReportTexts>> = { fr: reportFr, en: reportEn };

export function renderFinding(finding: Finding, lang: Lang): Rendered {
  return MESSAGES[lang][finding.rule](finding.params, finding);
}

export const severityLabel = (severity: Severity, lang: Lang): string => REPORT[lang].severity[severity];

/** `2 erreurs, 5 avertissements, 1 info` / `2 errors, 5 warnings, 1 info`. */
export const summaryLine = (summary: Readonly<Record<Severity, number>>, lang: Lang): string => REPORT[lang].summary(summary);

/** `… et 59 980 autres constats cell.not-number (liste complète : --format json)`. */
export const moreFindingsText = (count: number, rule: RuleId, lang: Lang): string => REPORT[lang].moreFindings(count, rule);
