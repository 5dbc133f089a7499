/** Findings shaped for the task pane: filtered by severity, grouped by table, turned into `Contrôle` rows. */
import { isoToSerial } from '../domain/values/dates';
import { formatIsoDate } from '../domain/values/format';
import { renderFinding, severityLabel } from '../domain/messages/render';
import type { ControlRow } from '../domain/port';
import type { Finding, Lang } from '../domain/report';
import type { Severity } from '../domain/rules/ids';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding with its index in the report (a stable key for lists and details), and those that follow from it. */
export interface FindingEntry {
  readonly index: number;
  readonly finding: Finding;
  readonly consequences: readonly { readonly index: number; readonly finding: Finding }[];
}

export interface FindingGroup {
  readonly table: string;
  readonly sheet: string;
  readonly findings: readonly FindingEntry[];
}

const causeKey = (c: { readonly rule: string; readonly sheet: string; readonly cell?: string | undefined }): string => `${c.rule}\u0000${c.sheet}\u0000${c.cell ?? ''}`;

/**
 * Groups findings by table, in report order (contract table, then errors, warnings, infos, then cell). A finding
 * with a shown root cause is folded under it instead of standing in its own table.
 */
export function groupByTable(findings: readonly Finding[], shown: ReadonlySet<Severity>): FindingGroup[] {
  const groups = new Map<string, { table: string; sheet: string; findings: FindingEntry[] }>();
  // Shown findings that are the root cause of others, each with the shown findings that follow from it.
  const causes = new Set(findings.flatMap((f) => (f.cause === undefined ? [] : [causeKey(f.cause)])));
  const roots = new Map<string, { index: number; finding: Finding }[]>();
  for (const finding of findings) if (shown.has(finding.severity) && causes.has(causeKey(finding))) roots.set(causeKey(finding), []);
  findings.forEach((finding, index) => {
    if (finding.cause !== undefined && shown.has(finding.severity)) roots.get(causeKey(finding.cause))?.push({ index, finding });
  });
  findings.forEach((finding, index) => {
    if (!shown.has(finding.severity)) return;
    if (finding.cause !== undefined && roots.has(causeKey(finding.cause))) return;
    const id = finding.table || finding.sheet;
    let group = groups.get(id);
    if (!group) {
      group = { table: id, sheet: finding.sheet, findings: [] };
      groups.set(id, group);
    }
    group.findings.push({ index, finding, consequences: roots.get(causeKey(finding)) ?? [] });
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
  // A date cell's value arrives as ISO: shown as the messages show dates.
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isoToSerial(value) !== null ? formatIsoDate(value, lang) : text;
}
