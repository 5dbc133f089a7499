/** « Harmoniser les noms »: both ports rewrite only the chosen cells, and only those still as the preview showed them. */
import type { CellEdit, WorkbookPort } from '../../src/domain/port';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { createExcelPort, ExcelAdapterError } from '../../src/excel';
import '../excel/lazy-modules';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import { installFakeExcel } from '../excel/fake-excel';
import { fakeFromSnapshot } from './fixtures';

const funding: WorkbookSnapshot = {
  sheets: [{ name: 'Financements', top: 1, left: 1, values: [['Financeur', 'Montant (€)'], ['cpam ', 1000], ['Caf de la Manche', 2000], ['CPAM', 3000], ['=1+1', 4]] }],
  tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: 5, right: 2, hasHeaderRow: true }],
  names: [],
};

const edits: CellEdit[] = [
  { sheet: 'Financements', cell: 'A2', expected: 'cpam ', value: 'CPAM' },
  { sheet: 'Financements', cell: 'A3', expected: 'Caf de la Manche', value: 'CAF' },
  // Changed by someone since the preview: left alone.
  { sheet: 'Financements', cell: 'A4', expected: 'C.P.A.M.', value: 'CPAM' },
];

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function ports(): [string, () => { port: WorkbookPort; values: () => Promise<unknown[]> }][] {
  return [
    [
      'Excel',
      () => {
        const state = fakeFromSnapshot(funding);
        uninstall = installFakeExcel(state);
        const port = createExcelPort({ supports: () => true });
        return { port, values: () => Promise.resolve(['A2', 'A3', 'A4', 'A5', 'B2'].map((a) => state.sheet('Financements')!.valueAt(a))) };
      },
    ],
    [
      'memory',
      () => {
        const port = createMemoryPort(funding);
        return {
          port,
          values: async () => {
            const sheet = (await port.read()).sheets[0]!;
            return [[2, 1], [3, 1], [4, 1], [5, 1], [2, 2]].map(([r, c]) => sheet.values[r! - sheet.top]?.[c! - sheet.left]);
          },
        };
      },
    ],
  ];
}

describe.each(ports())('rewriteCells on the %s port', (_name, make) => {
  it('writes the chosen cells that still hold what the preview showed, and nothing else', async () => {
    const { port, values } = make();
    const outcome = await port.rewriteCells!(edits);
    expect(outcome.written.map((e) => e.cell)).toEqual(['A2', 'A3']);
    expect(outcome.skipped.map((e) => e.cell)).toEqual(['A4']);
    expect(await values()).toEqual(['CPAM', 'CAF', 'CPAM', '=1+1', 1000]);
  });
});

it('refuses on a protected sheet with a sentence in the user’s language, writing nothing', async () => {
  const state = fakeFromSnapshot(funding);
  state.sheet('Financements')!.protection.protected = true;
  uninstall = installFakeExcel(state);
  const failure = createExcelPort({ supports: () => true }).rewriteCells!(edits);
  await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
  await expect(failure).rejects.toThrow(/^Harmonisation des noms impossible : Excel refuse la modification : une feuille ou le classeur est protégé/);
  expect(state.sheet('Financements')!.valueAt('A2')).toBe('cpam ');
});
