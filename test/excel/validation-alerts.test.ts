/** A cell typed wrong gets the same alert and hint whether the workbook was written as a file or built in Excel. */
import { Workbook } from 'exceljs';
import type { DataValidation } from 'exceljs';
import { createExcelPort } from '../../src/excel';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { FakeWorkbookState, installFakeExcel } from './fake-excel';

const plan = planWorkbook({ profile: 'generic', years: 3, sample: false });
const EXCEL_STYLES = { stop: 'Stop', information: 'Information' } as const;

interface Seen {
  readonly style: string | undefined;
  readonly title: string | undefined;
  readonly message: string | undefined;
  readonly promptTitle: string | undefined;
  readonly prompt: string | undefined;
}

type FileValidation = DataValidation & { errorStyle?: string; promptTitle?: string; prompt?: string };

let file: Map<string, Seen>;
let excel: FakeWorkbookState;

beforeAll(async () => {
  const workbook = new Workbook();
  await workbook.xlsx.load((await writePlanToBuffer(plan)) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  file = new Map();
  workbook.eachSheet((sheet) => {
    const model = (sheet as unknown as { dataValidations: { model: Record<string, FileValidation> } }).dataValidations.model;
    for (const [address, v] of Object.entries(model)) {
      const style = v.errorStyle === undefined ? undefined : EXCEL_STYLES[v.errorStyle as keyof typeof EXCEL_STYLES];
      file.set(`${sheet.name}!${address}`, { style, title: v.errorTitle, message: v.error, promptTitle: v.promptTitle, prompt: v.prompt });
    }
  });
  excel = new FakeWorkbookState();
  excel.addSheet('Feuil1');
  const uninstall = installFakeExcel(excel);
  try {
    await createExcelPort({ supports: () => true }).apply!(plan);
  } finally {
    uninstall();
  }
});

const inExcel = (key: string): Seen => {
  const [sheet, address] = key.split('!') as [string, string];
  const v = excel.sheet(sheet)?.cellAt(address)?.validation as
    | { errorAlert?: { style?: string; title?: string; message?: string }; prompt?: { title?: string; message?: string } }
    | undefined;
  return { style: v?.errorAlert?.style, title: v?.errorAlert?.title, message: v?.errorAlert?.message, promptTitle: v?.prompt?.title, prompt: v?.prompt?.message };
};

describe('validation alerts', () => {
  // The file also validates the spare rows under each table; in Excel a table's column carries its validation as it grows.
  const inBoth = (key: string): boolean => key.startsWith('Paramètres!') || /![A-Z]+2$/.test(key);

  it('are the same in a written file and in Excel, cell by cell, on the parameters and the first row of every table column', () => {
    const keys = [...file.keys()].filter(inBoth);
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) expect({ key, ...inExcel(key) }).toEqual({ key, ...file.get(key) });
  });

  it.each([
    ['Financements!F2', 'Stop', 'Nombre attendu', 'Saisissez un nombre supérieur ou égal à 0 (sans texte ni symbole).'],
    ['Paramètres!B7', 'Stop', 'Nombre attendu', 'Saisissez un nombre entier compris entre 3 et 5 (sans texte ni symbole).'],
    ["Plan d'action!U2", 'Stop', 'Valeur hors liste', 'Choisissez une valeur de la liste déroulante.'],
  ])('%s: %s « %s » — %s', (key, style, title, message) => {
    expect(file.get(key)).toMatchObject({ style, title, message });
    expect(inExcel(key)).toMatchObject({ style, title, message });
  });

  it('say the date range in French on a date column, and accept a value outside an open list with a notice', () => {
    const dates = [...file.values()].filter((seen) => seen.title === 'Date attendue');
    expect(dates.length).toBeGreaterThan(0);
    for (const seen of dates) expect(seen.message).toBe('Saisissez une date au format jj/mm/aaaa, entre le 01/01/1990 et le 31/12/2100.');
    const open = [...file.entries()].filter(([key, seen]) => inBoth(key) && seen.style === 'Information');
    expect(open.length).toBeGreaterThan(0);
    for (const [key, seen] of open) {
      expect(seen.message).toBe('Cette valeur n’est pas dans la liste proposée ; elle est acceptée.');
      expect(inExcel(key).style).toBe('Information');
    }
  });
});
