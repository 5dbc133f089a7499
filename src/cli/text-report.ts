/** The readable output of `validate`: findings by sheet and severity, then the money, aligned. */
import { formatEuros, renderFinding, severityLabel, summaryLine } from '../domain/messages/render';
import type { Finding, FundingTotals, Lang, StatusCents, ValidationReport } from '../domain/report';
import type { RuleId, Severity } from '../domain/rules/ids';
import { SEVERITIES } from '../domain/rules/ids';
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
  return shown === null ? `${f.column}${sep}${lang === 'fr' ? 'vide' : 'empty'}` : `${f.column}${sep}${quoted(shown, lang)}`;
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
  const colon = lang === 'fr' ? ' :' : ':';
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
  lines.push(...(funders.length === 0 && unlisted.length === 0 ? [`    ${texts.none}`] : statusTable(texts.funder, funders)));
  if (unlisted.length > 0) {
    lines.push(`  ${paint('yellow', texts.unlistedTitle)}`);
    lines.push(...table(unlisted.map(([name, cents]) => [quoted(name, lang), eur(cents)]), [false, true], '    '));
  }
  lines.push(`  ${texts.byYear}`);
  lines.push(...(years.length === 0 ? [`    ${texts.none}`] : statusTable(texts.year, years)));
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
  return [...lines, ...table(rows, [false, true, true, true, true, true], '    ')];
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
  lines.push(...moneyLines(texts.committedTitle, moneyView(totals), texts, lang, paint));
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
  lines.push('', ...moneyLines(texts.allFilesCommitted, moneyView(totals), texts, lang, paint), '');
  return lines;
}

/** The whole text report; `unusable` counts files that could not be read (their messages go to stderr). */
export function renderTextReport(checked: readonly CheckedWorkbook[], unusable: number, lang: Lang, color: boolean): string {
  const paint = painter(color);
  const lines = checked.flatMap((c) => fileSection(c, lang, paint));
  if (checked.length + unusable > 1) lines.push(...consolidatedSection(checked, unusable, lang, paint));
  return lines.length === 0 ? '' : `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
