/** Findings shaped for the task pane: filtered by severity, grouped by table, turned into `Contrôle` rows. */
import { isoToSerial, serialToFrench } from '../domain/values/dates';
import { renderFinding, severityLabel } from '../domain/messages/render';
import type { ControlRow } from '../domain/port';
import type { Finding, Lang } from '../domain/report';
import type { Severity } from '../domain/rules/ids';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingGroup {
  readonly table: string;
  readonly sheet: string;
  /** Findings with their index in the report, a stable key for lists and details. */
  readonly findings: readonly { readonly index: number; readonly finding: Finding }[];
}

/** Groups findings by table, in report order (the report already sorts by contract table, row, cell). */
export function groupByTable(findings: readonly Finding[], shown: ReadonlySet<Severity>): FindingGroup[] {
  const groups = new Map<string, { table: string; sheet: string; findings: { index: number; finding: Finding }[] }>();
  findings.forEach((finding, index) => {
    if (!shown.has(finding.severity)) return;
    const id = finding.table || finding.sheet;
    let group = groups.get(id);
    if (!group) {
      group = { table: id, sheet: finding.sheet, findings: [] };
      groups.set(id, group);
    }
    group.findings.push({ index, finding });
  });
  return [...groups.values()];
}


/** One `Contrôle` row per finding, in the chosen language. */
export function controlRows(findings: readonly Finding[], lang: Lang): ControlRow[] {
  return findings.map((finding) => {
    const rendered = renderFinding(finding, lang);
    return {
      severity: severityLabel(finding.severity, lang),
      rule: finding.rule,
      sheet: finding.sheet,
      cell: finding.cell ?? '',
      message: rendered.message,
      value: displayValue(finding.value, lang) ?? '',
      suggestion: rendered.suggestion ?? '',
    };
  });
}

/** The message of anything a port threw; an English message when the adapter provides one (`messageEn`). */
export function errorMessage(error: unknown, lang: Lang): string {
  // Errors that know both languages (UnusableWorkbookError) say it themselves.
  const localized = (error as { localized?: unknown } | null)?.localized;
  if (error instanceof Error && typeof localized === 'function') return String((localized as (l: Lang) => unknown).call(error, lang));
  if (error instanceof Error) {
    const english = (error as Error & { messageEn?: unknown }).messageEn;
    return lang === 'en' && typeof english === 'string' && english !== '' ? english : error.message;
  }
  return String(error);
}

/** A finding's value as a reader expects it: ISO dates shown `jj/mm/aaaa` in French, the rest as read. */
export function displayValue(value: Finding['value'], lang: Lang): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value);
  const serial = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoToSerial(value) : null;
  return serial !== null && lang === 'fr' ? serialToFrench(serial) : text;
}
