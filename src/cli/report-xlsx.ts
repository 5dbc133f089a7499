/** The `--report` workbook: a NEW file with the findings (`Contrôle`) and the money (`Totaux`). */
import { writeFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { renderFinding, severityLabel } from '../domain/messages/render';
import type { Lang, StatusCents } from '../domain/report';
import { centsToEuros } from '../domain/values/money';
import { CONTROL_HEADERS, CONTROL_TABLE_NAME, OWNED_SHEETS } from '../domain/workbook/contract';
import { workbookBytes } from '../xlsx/bytes';
import type { CheckedWorkbook } from './consolidate';
import { consolidateTotals } from './consolidate';
import { TEXTS } from './texts';

export const TOTALS_SHEET = 'Totaux';
/** `25 000,00 €` in a French Excel, `25,000.00 €` in an English one. */
export const EURO_FORMAT = '#,##0.00 "€"';
const FILE_HEADER = 'Fichier';
const UNKNOWN_YEAR: Readonly<Record<Lang, string>> = { fr: 'Non renseignée', en: 'Not given' };
const TABLE_STYLE = { theme: 'TableStyleMedium2', showRowStripes: true } as const;

type ReportCell = string | number | boolean | null | { formula: string; result: string };

/** A cell link Excel follows from the report to the checked workbook: `=HYPERLINK("[../cls.xlsx]'Feuille'!B3";"B3")`. */
function cellLink(reportPath: string, workbookPath: string, sheet: string, cell: string): ReportCell {
  const target = relative(dirname(reportPath), workbookPath).split(sep).join('/');
  const location = `[${target}]'${sheet.replace(/'/g, "''")}'!${cell}`;
  return { formula: `HYPERLINK("${location.replace(/"/g, '""')}","${cell}")`, result: cell };
}

function addTable(
  sheet: Worksheet,
  name: string,
  anchor: string,
  headers: readonly string[],
  rows: readonly (readonly ReportCell[])[],
  amountColumns: readonly number[] = [],
): void {
  // Excel tables need at least one data row.
  const body = rows.length > 0 ? rows : [headers.map(() => null)];
  sheet.addTable({
    name,
    ref: anchor,
    headerRow: true,
    style: TABLE_STYLE,
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows: body.map((r) => [...r]),
  });
  const top = sheet.getCell(anchor);
  const firstRow = Number(top.row);
  const firstColumn = Number(top.col);
  for (const column of amountColumns) {
    for (let i = 1; i <= body.length; i++) sheet.getCell(firstRow + i, firstColumn + column).numFmt = EURO_FORMAT;
  }
}

function controlSheet(workbook: Workbook, checked: readonly CheckedWorkbook[], reportPath: string, lang: Lang): void {
  const several = checked.length > 1;
  const sheet = workbook.addWorksheet(OWNED_SHEETS.control, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows: ReportCell[][] = [];
  for (const { label, path, report } of checked) {
    const prefix = several ? [label] : [];
    if (report.findings.length === 0) {
      rows.push([...prefix, null, null, null, null, TEXTS[lang].controlNoFinding, null, null]);
      continue;
    }
    for (const f of report.findings) {
      const { message, suggestion } = renderFinding(f, lang);
      rows.push([
        ...prefix,
        severityLabel(f.severity, lang),
        f.rule,
        f.sheet,
        f.cell === undefined ? null : cellLink(reportPath, path, f.sheet, f.cell),
        message,
        f.value === undefined ? null : f.value,
        suggestion ?? null,
      ]);
    }
  }
  const headers = several ? [FILE_HEADER, ...CONTROL_HEADERS] : [...CONTROL_HEADERS];
  addTable(sheet, CONTROL_TABLE_NAME, 'A1', headers, rows);
  const widths: Readonly<Record<string, number>> = { Fichier: 28, Gravité: 14, Règle: 34, Feuille: 20, Cellule: 9, Message: 80, Valeur: 18, Suggestion: 60 };
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[h] ?? 16;
    if (h === 'Message' || h === 'Suggestion') column.alignment = { wrapText: true, vertical: 'top' };
  });
}

function totalsSheet(workbook: Workbook, checked: readonly CheckedWorkbook[], lang: Lang): void {
  const texts = TEXTS[lang];
  const several = checked.length > 1;
  const sheet = workbook.addWorksheet(TOTALS_SHEET);
  const totals = consolidateTotals(checked.map((c) => c.report));
  let row = 1;
  const title = (text: string): void => {
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { bold: true, size: 13 };
    row += 1;
  };

  title(`${texts.committedTitle} — ${texts.byFunder.toLowerCase()}`);
  // Engagé first (CONTRACT §3), then its two parts and the forecast apart: engagé = acquis + sollicité.
  const statusColumns = [texts.committed, texts.secured, texts.requested, texts.forecast];
  const statusCells = (s: StatusCents | undefined): number[] =>
    s === undefined ? [0, 0, 0, 0] : [s.securedCents + s.requestedCents, s.securedCents, s.requestedCents, s.forecastCents].map(centsToEuros);
  const funderNames = [...new Set([...totals.byFunderCents.keys(), ...totals.byFunderStatusCents.keys()])];
  const funders = [
    ...funderNames.map((f) => [f, ...statusCells(totals.byFunderStatusCents.get(f))]),
    ...[...totals.unlistedFunderCents].map(([f, c]) => [`${texts.unlistedTitle}${lang === 'fr' ? ' :' : ':'} « ${f} »`, centsToEuros(c), null, null, null]),
  ];
  addTable(sheet, 'Totaux_Partenaires', `A${row}`, [texts.funder, ...statusColumns], funders, [1, 2, 3, 4]);
  row += Math.max(funders.length, 1) + 3;

  title(`${texts.committedTitle} — ${texts.byYear.toLowerCase()}`);
  // The totals key a commitment without a year as `?`: a label, not a number (Number('?') is NaN).
  const years = [...totals.byYearStatusCents].map(([y, s]) => [/^\d+$/.test(y) ? Number(y) : UNKNOWN_YEAR[lang], ...statusCells(s)]);
  addTable(sheet, 'Totaux_Annees', `A${row}`, [texts.year, ...statusColumns], years, [1, 2, 3, 4]);
  row += Math.max(years.length, 1) + 3;

  title(texts.byAction);
  const prefix = (label: string): string[] => (several ? [label] : []);
  const actions = checked.flatMap(({ label, report }) =>
    report.totals.byAction.map((a) => [
      ...prefix(label),
      a.action,
      a.title,
      a.budgetCents === null ? null : centsToEuros(a.budgetCents),
      centsToEuros(a.committedCents),
      a.remainingCents === null ? null : centsToEuros(a.remainingCents),
      centsToEuros(a.securedCents),
      centsToEuros(a.requestedCents),
    ]),
  );
  const actionHeaders = [...(several ? [texts.file] : []), texts.action, texts.title, texts.budget, texts.committed, texts.remaining, texts.secured, texts.requested];
  const offset = several ? 1 : 0;
  addTable(sheet, 'Totaux_Actions', `A${row}`, actionHeaders, actions, [offset + 2, offset + 3, offset + 4, offset + 5, offset + 6]);

  const widths = several ? [28, 12, 44, 20, 20, 20, 20, 20] : [34, 20, 44, 20, 20, 20, 20];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** Builds the report workbook in memory. */
export function buildReportWorkbook(checked: readonly CheckedWorkbook[], reportPath: string, lang: Lang): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'cls-workbook';
  controlSheet(workbook, checked, reportPath, lang);
  totalsSheet(workbook, checked, lang);
  return workbook;
}

/**
 * Writes the report to `reportPath`, which must not exist (checked again atomically here).
 * @throws Error from the file system (EEXIST when the file appeared meanwhile); RangeError for a NaN cell, before anything is written.
 */
export async function writeReportFile(checked: readonly CheckedWorkbook[], reportPath: string, lang: Lang): Promise<void> {
  const data = await workbookBytes(buildReportWorkbook(checked, reportPath, lang));
  await writeFile(reportPath, data, { flag: 'wx' });
}
