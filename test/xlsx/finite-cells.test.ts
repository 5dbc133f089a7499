/** No written cell holds NaN or Infinity: the cause (a commitment without a year in `--report`) and the writer's guard. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import type { WorkbookPlan } from '../../src/domain/generate/plan';
import { assertFiniteCells, workbookBytes } from '../../src/xlsx/bytes';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';
import { zipEntries } from '../generate/zip';
import { AS_OF, run } from '../cli/helpers';

/** Every `<v>` of every worksheet, as written. */
const writtenValues = (bytes: Uint8Array): string[] =>
  [...zipEntries(bytes)].filter(([path]) => path.startsWith('xl/worksheets/sheet')).flatMap(([, xml]) => [...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]!));

describe('--report with a commitment whose year is not given', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cls-finite-'));
    const model = fixtureModel('clean');
    // ARS, 2025, 6 000 €, Acquis: its year erased.
    setCell(tableOf(model, 'CLS_Financements'), 7, 'Année', null);
    await writeFile(join(dir, 'noYear.xlsx'), await buildWorkbookBuffer(model));
  }, 30_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The `Totaux_Annees` rows of a report as [year, amount]. */
  async function yearRows(file: string, sheetName: string): Promise<CellValue[][]> {
    const workbook = new Workbook();
    await workbook.xlsx.load((await readFile(join(dir, file))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(sheetName)!;
    const tables = (sheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables;
    const ref = Object.values(tables).find((t) => t.table.name === 'Totaux_Annees')!.table.tableRef;
    const [top, bottom] = ref.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
    const rows: CellValue[][] = [];
    for (let row = top! + 1; row <= bottom!; row++) rows.push([sheet.getCell(row, 1).value, sheet.getCell(row, 2).value]);
    return rows;
  }

  it.each([
    ['fr', 'Non renseignée', 'Totaux'],
    ['en', 'Not given', 'Totals'],
  ])('writes the year as a label (%s), the amounts to the cent, and no NaN anywhere', async (lang, label, sheetName) => {
    const file = `report-${lang}.xlsx`;
    const result = await run(['validate', 'noYear.xlsx', '--report', file, '--lang', lang, ...AS_OF], dir);
    expect(result.stderr).toBe('');
    const values = writtenValues(new Uint8Array(await readFile(join(dir, file))));
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => /nan|infinity/i.test(v))).toEqual([]);
    // The clean fixture's years (84 500 / 76 500,50 / 75 500) with 6 000 € moved from 2025 to "not given".
    expect(new Map((await yearRows(file, sheetName)).map(([y, a]) => [y, a]))).toEqual(
      new Map<CellValue, CellValue>([
        [2025, 78_500],
        [2026, 76_500.5],
        [2027, 75_500],
        [label, 6_000],
      ]),
    );
  });
});

describe('the writer refuses a cell that is not a finite number', () => {
  const workbookWith = (value: CellValue): Workbook => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Totaux');
    sheet.getCell('A1').value = 2025;
    sheet.getCell('B7').value = value;
    return workbook;
  };

  it.each<[string, CellValue]>([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a formula whose cached result is NaN', { formula: 'A1/0', result: Number.NaN }],
    ['an invalid date', new Date(Number.NaN)],
  ])('%s, naming the cell', async (_label, value) => {
    expect(() => assertFiniteCells(workbookWith(value))).toThrow(RangeError);
    await expect(workbookBytes(workbookWith(value))).rejects.toThrow("'Totaux'!B7");
  });

  it('lets finite numbers, text, formulas and dates through', async () => {
    for (const value of [0, -12.5, 'NaN', { formula: 'A1*2', result: 4050 }, new Date(Date.UTC(2026, 0, 1))] as CellValue[]) {
      const bytes = await workbookBytes(workbookWith(value));
      expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });

  it('guards writePlanToBuffer: a planned NaN writes nothing', async () => {
    const plan: WorkbookPlan = { sheets: [{ name: 'Synthèse', owned: true, blocks: [{ kind: 'range', anchor: 'A1', values: [['Taux', Number.NaN]] }] }], names: [] };
    await expect(writePlanToBuffer(plan)).rejects.toThrow("'Synthèse'!B1");
  });
});
