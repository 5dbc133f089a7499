/** The words around findings in English: severities, the summary line, the findings left out of a long list. */
import { formatNumber } from '../../domain/values/format';
import type { ReportTexts } from '../fr/report';

// English puts only 1 in the singular.
const plural = (count: number, one: string, many: string): string => `${count} ${count !== 1 ? many : one}`;

export const report: ReportTexts = {
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  summary: (c) => [plural(c.error, 'error', 'errors'), plural(c.warning, 'warning', 'warnings'), plural(c.info, 'info', 'infos')].join(', '),
  moreFindings: (count, rule) => `… and ${formatNumber(count, 'en')} more ${rule} ${count > 1 ? 'findings' : 'finding'} (full list: --format json)`,
};
