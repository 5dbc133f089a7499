import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { EURO_FORMAT } from '../../src/cli/report-xlsx';
import { CLEAN_TOTALS, writeFixture } from '../fixtures/cls-workbooks';
import { AS_OF, run } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-report-'));
  await writeFixture(dir, 'clean');
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

  it('has the sheets Contrôle and Totaux', () => {
    expect(report.worksheets.map((s) => s.name)).toEqual(['Contrôle', 'Totaux']);
  });

  it('lists the findings in table CLS_Controle with a link to the cell', () => {
    const control = report.getWorksheet('Contrôle')!;
    expect(tablesOf(control)).toEqual([{ name: 'CLS_Controle', ref: 'A1:G2' }]);
    expect(rowValues(control, 1)).toEqual(['Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion']);
    const [severity, rule, sheet, cell, message, value, suggestion] = rowValues(control, 2);
    expect([severity, rule, sheet]).toEqual(['Erreur', 'cell.formula-error', "Plan d'action"]);
    expect(cell).toEqual({ formula: `HYPERLINK("[refError.xlsx]'Plan d''action'!V4","V4")`, result: 'V4' });
    expect(message).toContain('#REF!');
    expect(value).toBe('#REF!');
    expect(suggestion).toEqual(expect.any(String));
  });

  it('gives the totals by partner, by year and by action as amounts formatted in euros', () => {
    const totals = report.getWorksheet('Totaux')!;
    expect(tablesOf(totals).map((t) => t.name)).toEqual(['Totaux_Partenaires', 'Totaux_Annees', 'Totaux_Actions']);
    const cells: { text: unknown; amount: unknown; format: string | undefined }[] = [];
    totals.eachRow((row) => cells.push({ text: row.getCell(1).value, amount: row.getCell(2).value, format: row.getCell(2).numFmt }));
    const ars = cells.find((c) => c.text === 'ARS');
    expect(ars).toEqual({ text: 'ARS', amount: CLEAN_TOTALS.byFunder.ARS, format: EURO_FORMAT });
    expect(cells.find((c) => c.text === 2026)?.amount).toBe(CLEAN_TOTALS.byYear['2026']);
    let action = 0;
    totals.eachRow((row, n) => {
      if (row.getCell(1).value === '2.1.1') action = n;
    });
    expect(action).toBeGreaterThan(0);
    const actionRow = totals.getRow(action);
    // The #REF! budget is unknown: budget and remaining stay empty, committed is counted.
    expect(rowValues(totals, action).slice(0, 5)).toEqual(['2.1.1', 'Accueillir les internes en médecine générale', undefined, 18_500.5, undefined]);
    expect(actionRow.getCell(4).numFmt).toBe(EURO_FORMAT);
  });
});

describe('--report for several workbooks', () => {
  it('adds a Fichier column and a row for workbooks without findings', async () => {
    const result = await run(['validate', 'clean.xlsx', 'amountsAsText.xlsx', '--report', 'lot.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(result.code).toBe(1);
    const report = await readReport('lot.xlsx');
    const control = report.getWorksheet('Contrôle')!;
    expect(rowValues(control, 1)).toEqual(['Fichier', 'Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion']);
    const rows: unknown[][] = [];
    control.eachRow((_row, n) => n > 1 && rows.push(rowValues(control, n)));
    expect(rows[0]).toEqual(['clean.xlsx', undefined, undefined, undefined, undefined, 'No finding: the workbook is compliant.']);
    const texts = rows.filter((r) => r[2] === 'cell.not-number');
    expect(texts).toHaveLength(3);
    expect(texts[0]?.slice(0, 4)).toEqual(['amountsAsText.xlsx', 'Error', 'cell.not-number', 'Financements']);
    expect(texts[0]?.[6]).toBe('25 000 €');
    const totals = report.getWorksheet('Totaux')!;
    expect(rowValues(totals, 1)[0]).toBe('Financial commitments (secured and requested) — by partner');
    let arsTotal: unknown;
    totals.eachRow((row) => {
      if (row.getCell(1).value === 'ARS') arsTotal = row.getCell(2).value;
    });
    // 112 000 € in the clean workbook + 87 000 € once the two text amounts are left out.
    expect(arsTotal).toBe(199_000);
  });
});
