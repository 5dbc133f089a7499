/**
 * The readable output of `validate`: findings by sheet and severity, then the money, aligned. Linear in the number of
 * findings (at most FINDINGS_PER_RULE per rule, sheet and severity, then "… et N autres"); every text read from a workbook
 * or a file name has its control characters made visible, so nothing printed can drive the terminal.
 */
import { capPerRule, moreFindingsText } from '../domain/messages/capped';
import { formatEuros, renderFinding, severityLabel, summaryLine } from '../domain/messages/render';
import type { Finding, FundingTotals, Lang, StatusCents, ValidationReport } from '../domain/report';
import type { RuleId, Severity } from '../domain/rules/ids';
import { SEVERITIES } from '../domain/rules/ids';
import { visibleText } from '../domain/values/controls';
import { isoToSerial, serialToFrench } from '../domain/values/dates';
import { quoted } from '../domain/values/format';
import type { CheckedWorkbook, ConsolidatedTotals } from './consolidate';
import { consolidateTotals } from './consolidate';
import type { CliTexts } from './texts';
import { TEXTS } from './texts';

type Paint = (style: keyof typeof ANSI, text: string) => string;

const ANSI = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36' } as const;
const SEVERITY_STYLE: Readonly<Record<Severity, keyof typeof ANSI>> = { error: 'red', warning: 'yellow', info: 'cyan' };

const painter = (color: boolean): Paint => (style, text) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);

/** Appends without spreading into a call: tens of thousands of arguments overflow the stack. */
function append(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}

/** Left column / right-aligned amounts, two spaces between columns; cells shown with visible controls. */
function table(cells: readonly (readonly string[])[], rightAligned: readonly boolean[], indent: string): string[] {
  const rows = cells.map((row) => row.map(visibleText));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  '),
  );
}

const dateLabel = (iso: string, lang: Lang): string => {
  const serial = isoToSerial(iso);
  return lang === 'fr' && serial !== null ? serialToFrench(serial) : iso;
};

const yearsLabel = (years: readonly number[]): string =>
  years.length === 0 ? '—' : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;

/** Rules whose finding is about what was typed in the cell: the report shows the column and that text. */
const TYPED_VALUE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'cell.formula-error',
  'cell.not-number',
  'cell.not-date',
  'cell.not-in-list',
  'cell.required-missing',
  'action.number-malformed',
  'funding.action-unknown',
  'funding.funder-unknown',
  'evaluation.action-unknown',
  'evaluation.when-imprecise',
  'evaluation.measure-not-number',
]);

/** The column and the value as read, so the reader need not open the workbook: `Montant (€) : « 25 000 € »`. */
function whereLine(f: Finding, lang: Lang): string | null {
  if (f.cell === undefined || f.column === undefined || !TYPED_VALUE_RULES.has(f.rule)) return null;
  const shown = f.value === undefined || f.value === null || String(f.value).trim() === '' ? null : String(f.value);
  const t = TEXTS[lang];
  return visibleText(`${f.column}${t.colon} ${shown === null ? t.emptyCell : quoted(shown, lang)}`);
}

/** Findings by sheet (first-seen order), then by severity, in one pass. */
function groupBySheet(findings: readonly Finding[]): Map<string, Record<Severity, Finding[]>> {
  const bySheet = new Map<string, Record<Severity, Finding[]>>();
  for (const f of findings) {
    const key = f.sheet || f.table;
    let group = bySheet.get(key);
    if (!group) {
      group = { error: [], warning: [], info: [] };
      bySheet.set(key, group);
    }
    group[f.severity].push(f);
  }
  return bySheet;
}

/** Widths of the severity and cell columns, without spreading thousands of findings into Math.max. */
function columnWidths(findings: readonly Finding[], lang: Lang): { label: number; cell: number } {
  let label = 0;
  let cell = 1;
  for (const f of findings) {
    label = Math.max(label, severityLabel(f.severity, lang).length);
    cell = Math.max(cell, visibleText(f.cell ?? '—').length);
  }
  return { label, cell };
}

/** The lines of one finding: what and where, the value as read, the suggestion. */
function oneFinding(f: Finding, widths: { label: number; cell: number }, lang: Lang, paint: Paint): string[] {
  const { message, suggestion } = renderFinding(f, lang);
  const label = paint(SEVERITY_STYLE[f.severity], severityLabel(f.severity, lang).padEnd(widths.label));
  const indent = `  ${' '.repeat(widths.label + widths.cell + 4)}`;
  const lines = [`  ${label}  ${visibleText(f.cell ?? '—').padEnd(widths.cell)}  ${visibleText(message)}`];
  const where = whereLine(f, lang);
  if (where) lines.push(`${indent}${paint('dim', where)}`);
  if (suggestion) lines.push(`${indent}${paint('dim', `→ ${visibleText(suggestion)}`)}`);
  return lines;
}

/** The findings of one severity on one sheet, each rule cut at FINDINGS_PER_RULE with a count of the rest. */
function cappedFindings(findings: readonly Finding[], widths: { label: number; cell: number }, lang: Lang, paint: Paint): string[] {
  const { shown, more } = capPerRule(findings);
  const lines: string[] = [];
  for (const f of shown) append(lines, oneFinding(f, widths, lang, paint));
  for (const { rule, count } of more) lines.push(`  ${paint('dim', moreFindingsText(count, rule, lang))}`);
  return lines;
}

function findingLines(findings: readonly Finding[], lang: Lang, paint: Paint): string[] {
  if (findings.length === 0) return [];
  const widths = columnWidths(findings, lang);
  const lines: string[] = [];
  for (const [sheet, bySeverity] of groupBySheet(findings)) {
    lines.push(paint('bold', visibleText(sheet)));
    for (const severity of SEVERITIES) append(lines, cappedFindings(bySeverity[severity], widths, lang, paint));
    lines.push('');
  }
  return lines;
}

/** The money of one workbook or of several, as the text report shows it. */
interface MoneyView extends StatusCents {
  readonly committedCents: number;
  readonly byFunderStatus: Iterable<[string, StatusCents]>;
  readonly byYearStatus: Iterable<[string, StatusCents]>;
  readonly unlisted: Iterable<[string, number]>;
}

const isMap = <T>(r: Readonly<Record<string, T>> | ReadonlyMap<string, T>): r is ReadonlyMap<string, T> => r instanceof Map;

const moneyView = (t: FundingTotals | ConsolidatedTotals): MoneyView => {
  const entries = <T>(r: Readonly<Record<string, T>> | ReadonlyMap<string, T>): [string, T][] =>
    isMap(r) ? [...r.entries()] : Object.entries(r);
  return {
    ...t,
    byFunderStatus: entries(t.byFunderStatusCents),
    byYearStatus: entries(t.byYearStatusCents),
    unlisted: entries(t.unlistedFunderCents),
  };
};

/** Partners and years with secured, requested, committed and forecast apart: engagé = acquis + sollicité. */
function moneyLines(title: string, money: MoneyView, texts: CliTexts, lang: Lang, paint: Paint): string[] {
  const eur = (cents: number): string => formatEuros(cents, lang);
  const colon = TEXTS[lang].colon;
  const lines = [
    paint('bold', `${title}${colon} ${eur(money.committedCents)}`),
    `  ${texts.committedBreakdown(eur(money.committedCents), eur(money.securedCents), eur(money.requestedCents), eur(money.forecastCents))}`,
  ];
  const statusTable = (first: string, rows: [string, StatusCents][]): string[] =>
    table(
      [
        [first, texts.secured, texts.requested, texts.committed, texts.forecast],
        ...rows.map(([key, s]) => [key, eur(s.securedCents), eur(s.requestedCents), eur(s.securedCents + s.requestedCents), eur(s.forecastCents)]),
        [texts.total, eur(money.securedCents), eur(money.requestedCents), eur(money.committedCents), eur(money.forecastCents)],
      ],
      [false, true, true, true, true],
      '    ',
    );
  const funders = [...money.byFunderStatus];
  const years = [...money.byYearStatus];
  const unlisted = [...money.unlisted];
  lines.push(`  ${texts.byFunder}`);
  append(lines, funders.length === 0 && unlisted.length === 0 ? [`    ${texts.none}`] : statusTable(texts.funder, funders));
  if (unlisted.length > 0) {
    lines.push(`  ${paint('yellow', texts.unlistedTitle)}`);
    append(lines, table(unlisted.map(([name, cents]) => [quoted(name, lang), eur(cents)]), [false, true], '    '));
  }
  lines.push(`  ${texts.byYear}`);
  append(lines, years.length === 0 ? [`    ${texts.none}`] : statusTable(texts.year, years));
  return lines;
}

function actionLines(report: ValidationReport, texts: CliTexts, lang: Lang): string[] {
  const actions = report.totals.byAction;
  const lines = [`  ${texts.byAction}`];
  if (actions.length === 0) return [...lines, `    ${texts.none}`];
  const money = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents, lang));
  const rows = [
    [texts.action, texts.budget, texts.secured, texts.requested, texts.committed, texts.remaining],
    ...actions.map((a) => [a.action, money(a.budgetCents), money(a.securedCents), money(a.requestedCents), money(a.committedCents), money(a.remainingCents)]),
  ];
  append(lines, table(rows, [false, true, true, true, true, true], '    '));
  return lines;
}

function fileSection(checked: CheckedWorkbook, lang: Lang, paint: Paint): string[] {
  const texts = TEXTS[lang];
  const { report } = checked;
  const colon = TEXTS[lang].colon;
  const lines = [
    paint('bold', `━━ ${visibleText(checked.label)} ━━`),
    `${texts.profile}${colon} ${texts.profileName(report.profile)} · ${texts.asOf}${colon} ${dateLabel(report.asOf, lang)} · ${texts.contractYears}${colon} ${yearsLabel(report.contractYears)}`,
    '',
  ];
  if (report.findings.length === 0) lines.push(texts.noFinding, '');
  else append(lines, findingLines(report.findings, lang, paint));
  const summaryStyle = report.summary.error > 0 ? 'red' : report.summary.warning > 0 ? 'yellow' : 'bold';
  lines.push(`${texts.summary}${colon} ${paint(summaryStyle, summaryLine(report.summary, lang))}`, '');
  const { totals } = report;
  append(lines, moneyLines(texts.committedTitle, moneyView(totals), texts, lang, paint));
  append(lines, actionLines(report, texts, lang));
  lines.push('');
  return lines;
}

function consolidatedSection(checked: readonly CheckedWorkbook[], unusable: number, lang: Lang, paint: Paint): string[] {
  const texts = TEXTS[lang];
  const total = checked.length + unusable;
  const lines = [paint('bold', `━━ ${texts.consolidatedTitle(total)} ━━`)];
  append(lines, table(checked.map((c) => [c.label, summaryLine(c.report.summary, lang)]), [false, false], '  '));
  const withErrors = checked.filter((c) => c.report.summary.error > 0);
  const names = withErrors.length > 0 ? ` (${withErrors.map((c) => visibleText(c.label)).join(', ')})` : '';
  lines.push('', `${texts.filesWithErrors(withErrors.length, total)}${names}`);
  if (unusable > 0) lines.push(paint('red', texts.unusableFiles(unusable)));
  const totals = consolidateTotals(checked.map((c) => c.report));
  lines.push('');
  append(lines, moneyLines(texts.allFilesCommitted, moneyView(totals), texts, lang, paint));
  lines.push('');
  return lines;
}

/** The whole text report; `unusable` counts files that could not be read (their messages go to stderr). */
export function renderTextReport(checked: readonly CheckedWorkbook[], unusable: number, lang: Lang, color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const c of checked) for (const line of fileSection(c, lang, paint)) lines.push(line);
  if (checked.length + unusable > 1) append(lines, consolidatedSection(checked, unusable, lang, paint));
  return lines.length === 0 ? '' : `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
