import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { EURO_FORMAT } from '../../src/cli/report-xlsx';
import { buildWorkbookBuffer, CLEAN_TOTALS, fixtureModel, setCell, tableOf, writeFixture } from '../fixtures/cls-workbooks';
import { AS_OF, run } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-report-'));
  // Two CLS: the clean one under another name, so that the review counts both.
  const clean = fixtureModel('clean');
  setCell(tableOf(clean, 'CLS_Parametres'), 0, 'Valeur', 'Contrat local de santé de Bellerive');
  await writeFile(join(dir, 'clean.xlsx'), await buildWorkbookBuffer(clean));
  await writeFixture(dir, 'refError');
  await writeFixture(dir, 'amountsAsText');
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readReport(name: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(join(dir, name));
  return workbook;
}

const rowValues = (sheet: Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);

/** Table names and refs of a sheet, as exceljs stores them. */
const tablesOf = (sheet: Worksheet): { name: string; ref: string }[] =>
  Object.values((sheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables).map((t) => ({
    name: t.table.name,
    ref: t.table.tableRef,
  }));

describe('--report for one workbook', () => {
  let report: Workbook;
  beforeAll(async () => {
    const result = await run(['validate', 'refError.xlsx', '--report', 'controle.xlsx', ...AS_OF], dir);
    expect(result.code).toBe(1);
    report = await readReport('controle.xlsx');
  });

  it('has the review sheets: summary, CLS × partners, findings, totals', () => {
    expect(report.worksheets.map((s) => s.name)).toEqual(['Revue des CLS', 'CLS × partenaires', 'Contrôle', 'Totaux']);
  });

  it('lists the findings in table CLS_Controle, the rule in words, a link to the cell', () => {
    const control = report.getWorksheet('Contrôle')!;
    expect(tablesOf(control)).toEqual([{ name: 'CLS_Controle', ref: 'A1:J2' }]);
    expect(rowValues(control, 1)).toEqual(['Fichier', 'CLS', 'Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion', 'Code de la règle']);
    const [file, cls, severity, rule, sheet, cell, message, value, suggestion, code] = rowValues(control, 2);
    expect([file, cls, severity, rule, sheet]).toEqual(['refError.xlsx', 'Contrat local de santé de Valmont', 'Erreur', 'Erreur de formule', "Plan d'action"]);
    expect(cell).toEqual({ formula: `HYPERLINK("[refError.xlsx]'Plan d''action'!V4","V4")`, result: 'V4' });
    expect(message).toContain('#REF!');
    expect(value).toBe('#REF!');
    expect(suggestion).toEqual(expect.any(String));
    expect(code).toBe('cell.formula-error');
  });

  it('gives the totals by partner, by year and by action as amounts formatted in euros, each table with its Total row', () => {
    const totals = report.getWorksheet('Totaux')!;
    expect(tablesOf(totals).map((t) => t.name)).toEqual(['Totaux_Partenaires', 'Totaux_Annees', 'Totaux_Actions']);
    const cells: { text: unknown; amount: unknown; format: string | undefined }[] = [];
    totals.eachRow((row) => cells.push({ text: row.getCell(1).value, amount: row.getCell(2).value, format: row.getCell(2).numFmt }));
    expect(cells.find((c) => c.text === 'ARS')).toEqual({ text: 'ARS', amount: CLEAN_TOTALS.byFunder.ARS, format: EURO_FORMAT });
    expect(cells.find((c) => c.text === 2026)?.amount).toBe(CLEAN_TOTALS.byYear['2026']);
    // Partners, years: a Total row under each table, equal to the committed money.
    expect(cells.filter((c) => c.text === 'Total').map((c) => c.amount).slice(0, 2)).toEqual([CLEAN_TOTALS.committed, CLEAN_TOTALS.committed]);
    let action = 0;
    totals.eachRow((row, n) => {
      if (row.getCell(2).value === '2.1.1') action = n;
    });
    expect(action).toBeGreaterThan(0);
    // The #REF! budget is unknown: budget and remaining stay empty, committed is counted.
    expect(rowValues(totals, action).slice(0, 6)).toEqual(['Contrat local de santé de Valmont', '2.1.1', 'Accueillir les internes en médecine générale', undefined, 18_500.5, undefined]);
    expect(totals.getRow(action).getCell(5).numFmt).toBe(EURO_FORMAT);
  });
});

describe('--report for several workbooks', () => {
  it('speaks English with --lang en: sheets, headers, severities and rules in words', async () => {
    const result = await run(['validate', 'clean.xlsx', 'amountsAsText.xlsx', '--report', 'lot.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(result.code).toBe(1);
    const report = await readReport('lot.xlsx');
    expect(report.worksheets.map((s) => s.name)).toEqual(['CLS review', 'CLS × partners', 'Findings', 'Totals']);
    const control = report.getWorksheet('Findings')!;
    expect(rowValues(control, 1)).toEqual(['File', 'CLS', 'Severity', 'Rule', 'Sheet', 'Cell', 'Message', 'Value', 'Suggestion', 'Rule code']);
    const rows: unknown[][] = [];
    control.eachRow((_row, n) => n > 1 && rows.push(rowValues(control, n)));
    expect(rows[0]?.slice(0, 7)).toEqual(['clean.xlsx', 'Contrat local de santé de Bellerive', undefined, undefined, undefined, undefined, 'No finding: the workbook is compliant.']);
    const texts = rows.filter((r) => r[9] === 'cell.not-number');
    expect(texts).toHaveLength(3);
    expect(texts[0]?.slice(0, 5)).toEqual(['amountsAsText.xlsx', 'Contrat local de santé de Valmont', 'Error', 'Text instead of a number', 'Financements']);
    expect(texts[0]?.[7]).toBe('25 000 €');
    const totals = report.getWorksheet('Totals')!;
    expect(rowValues(totals, 1)[0]).toBe('Financial commitments by partner, all CLS');
    let arsTotal: unknown;
    totals.eachRow((row) => {
      if (row.getCell(1).value === 'ARS') arsTotal = row.getCell(2).value;
    });
    // 112 000 € in the clean workbook + 87 000 € once the two text amounts are left out.
    expect(arsTotal).toBe(199_000);
  });
});
