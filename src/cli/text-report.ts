/** The readable output of `validate`: findings by sheet and severity, then the money, aligned. */
import { formatEuros, renderFinding, severityLabel, summaryLine } from '../domain/messages/render';
import type { Finding, Lang, ValidationReport } from '../domain/report';
import type { RuleId, Severity } from '../domain/rules/ids';
import { SEVERITIES } from '../domain/rules/ids';
import { isoToSerial, serialToFrench } from '../domain/values/dates';
import type { CheckedWorkbook } from './consolidate';
import { consolidateTotals } from './consolidate';
import type { CliTexts } from './texts';
import { TEXTS } from './texts';

type Paint = (style: keyof typeof ANSI, text: string) => string;

const ANSI = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36' } as const;
const SEVERITY_STYLE: Readonly<Record<Severity, keyof typeof ANSI>> = { error: 'red', warning: 'yellow', info: 'cyan' };

const painter = (color: boolean): Paint => (style, text) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);

/** Left column / right-aligned amounts, two spaces between columns. */
function table(rows: readonly (readonly string[])[], rightAligned: readonly boolean[], indent: string): string[] {
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
  const sep = lang === 'fr' ? ' : ' : ': ';
  return shown === null ? `${f.column}${sep}${lang === 'fr' ? 'vide' : 'empty'}` : `${f.column}${sep}« ${shown} »`;
}

function findingLines(findings: readonly Finding[], lang: Lang, paint: Paint): string[] {
  if (findings.length === 0) return [];
  const labelWidth = Math.max(...findings.map((f) => severityLabel(f.severity, lang).length));
  const cellWidth = Math.max(1, ...findings.map((f) => (f.cell ?? '—').length));
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet || f.table;
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [sheet, sheetFindings] of bySheet) {
    lines.push(paint('bold', sheet));
    for (const severity of SEVERITIES) {
      for (const f of sheetFindings.filter((x) => x.severity === severity)) {
        const { message, suggestion } = renderFinding(f, lang);
        const label = paint(SEVERITY_STYLE[severity], severityLabel(severity, lang).padEnd(labelWidth));
        lines.push(`  ${label}  ${(f.cell ?? '—').padEnd(cellWidth)}  ${message}`);
        const where = whereLine(f, lang);
        if (where) lines.push(`  ${' '.repeat(labelWidth + cellWidth + 4)}${paint('dim', where)}`);
        if (suggestion) lines.push(`  ${' '.repeat(labelWidth + cellWidth + 4)}${paint('dim', `→ ${suggestion}`)}`);
      }
    }
    lines.push('');
  }
  return lines;
}

function moneyLines(
  title: string,
  committedCents: number,
  byFunder: Iterable<[string, number]>,
  byYear: Iterable<[string, number]>,
  texts: CliTexts,
  lang: Lang,
  paint: Paint,
): string[] {
  const funders = [...byFunder];
  const years = [...byYear];
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [paint('bold', `${title}${colon} ${formatEuros(committedCents, lang)}`)];
  lines.push(`  ${texts.byFunder}`);
  if (funders.length === 0) lines.push(`    ${texts.none}`);
  else lines.push(...table([...funders.map(([f, c]) => [f, formatEuros(c, lang)]), [texts.total, formatEuros(committedCents, lang)]], [false, true], '    '));
  lines.push(`  ${texts.byYear}`);
  if (years.length === 0) lines.push(`    ${texts.none}`);
  else lines.push(...table(years.map(([y, c]) => [y, formatEuros(c, lang)]), [false, true], '    '));
  return lines;
}

function actionLines(report: ValidationReport, texts: CliTexts, lang: Lang): string[] {
  const actions = report.totals.byAction;
  const lines = [`  ${texts.byAction}`];
  if (actions.length === 0) return [...lines, `    ${texts.none}`];
  const money = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents, lang));
  const rows = [
    [texts.action, texts.budget, texts.committed, texts.remaining],
    ...actions.map((a) => [a.action, money(a.budgetCents), money(a.committedCents), money(a.remainingCents)]),
  ];
  return [...lines, ...table(rows, [false, true, true, true], '    ')];
}

function fileSection(checked: CheckedWorkbook, lang: Lang, paint: Paint): string[] {
  const texts = TEXTS[lang];
  const { report } = checked;
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [
    paint('bold', `━━ ${checked.label} ━━`),
    `${texts.profile}${colon} ${texts.profileName(report.profile)} · ${texts.asOf}${colon} ${dateLabel(report.asOf, lang)} · ${texts.contractYears}${colon} ${yearsLabel(report.contractYears)}`,
    '',
  ];
  if (report.findings.length === 0) lines.push(texts.noFinding, '');
  else lines.push(...findingLines(report.findings, lang, paint));
  const summaryStyle = report.summary.error > 0 ? 'red' : report.summary.warning > 0 ? 'yellow' : 'bold';
  lines.push(`${texts.summary}${colon} ${paint(summaryStyle, summaryLine(report.summary, lang))}`, '');
  const { totals } = report;
  lines.push(
    ...moneyLines(texts.committedTitle, totals.committedCents, Object.entries(totals.byFunderCents), Object.entries(totals.byYearCents), texts, lang, paint),
  );
  lines.push(...actionLines(report, texts, lang), '');
  return lines;
}

function consolidatedSection(checked: readonly CheckedWorkbook[], unusable: number, lang: Lang, paint: Paint): string[] {
  const texts = TEXTS[lang];
  const total = checked.length + unusable;
  const lines = [paint('bold', `━━ ${texts.consolidatedTitle(total)} ━━`)];
  lines.push(...table(checked.map((c) => [c.label, summaryLine(c.report.summary, lang)]), [false, false], '  '));
  const withErrors = checked.filter((c) => c.report.summary.error > 0);
  const names = withErrors.length > 0 ? ` (${withErrors.map((c) => c.label).join(', ')})` : '';
  lines.push('', `${texts.filesWithErrors(withErrors.length, total)}${names}`);
  if (unusable > 0) lines.push(paint('red', texts.unusableFiles(unusable)));
  const totals = consolidateTotals(checked.map((c) => c.report));
  lines.push('', ...moneyLines(texts.allFilesCommitted, totals.committedCents, totals.byFunderCents, totals.byYearCents, texts, lang, paint), '');
  return lines;
}

/** The whole text report; `unusable` counts files that could not be read (their messages go to stderr). */
export function renderTextReport(checked: readonly CheckedWorkbook[], unusable: number, lang: Lang, color: boolean): string {
  const paint = painter(color);
  const lines = checked.flatMap((c) => fileSection(c, lang, paint));
  if (checked.length + unusable > 1) lines.push(...consolidatedSection(checked, unusable, lang, paint));
  return lines.length === 0 ? '' : `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
