/**
 * Import into the same workbook (the pane's « Importer »), through both ports: the Office.js port over the fake
 * Excel and the in-memory port. The contract tables are created, the rows written, the source untouched; a second
 * import writes nothing; after a source edit exactly the changed rows change; a value the user typed is kept.
 */
import type { ImportMapping } from '../../src/domain/import';
import { ImportStoppedError, importInWorkbook, previewInWorkbook } from '../../src/domain/import/in-workbook';
import type { WorkbookPort } from '../../src/domain/port';
import { validateWorkbook } from '../../src/domain/validate';
import { locateTable } from '../../src/domain/workbook/locate';
import { FUNDINGS_TABLE } from '../../src/domain/workbook/contract';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { createExcelPort } from '../../src/excel';
import '../excel/lazy-modules';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { installFakeExcel } from '../excel/fake-excel';
import type { FakeWorkbookState } from '../excel/fake-excel';
import { constants, fakeFromSnapshot } from '../ports/fixtures';
import { bufferOf, coordinatorWorkbook } from './shapes';

const SOURCE_SHEETS = ['Engagements 2025-2026', 'Tableau de bord', 'Suivi financier', 'Grille évaluation'];
const OPTIONS = { profile: 'generic' } as const;

let source: WorkbookSnapshot;
beforeAll(async () => {
  source = await readWorkbookBuffer(await bufferOf(coordinatorWorkbook()));
});

async function mappingOf(port: WorkbookPort): Promise<ImportMapping> {
  const preview = await previewInWorkbook(port, OPTIONS);
  if (preview.outcome.kind !== 'imported') throw new Error(`not imported: ${preview.outcome.kind}`);
  return preview.outcome.mapping;
}

/** Every constant cell of CLS_Financements, `A1 → value`. */
async function fundingCells(port: WorkbookPort): Promise<Record<string, unknown>> {
  return constants(await port.read(), 'Financements');
}

const PORTS: readonly [string, () => { port: WorkbookPort; state: FakeWorkbookState | null; uninstall: () => void }][] = [
  [
    'Office.js port (fake Excel)',
    () => {
      const state = fakeFromSnapshot(source);
      return { port: createExcelPort({ supports: () => true }), state, uninstall: installFakeExcel(state) };
    },
  ],
  ['memory port', () => ({ port: createMemoryPort(source), state: null, uninstall: () => undefined })],
];

describe.each(PORTS)('import into the same workbook — %s', (_, open) => {
  let ctx: ReturnType<typeof open>;
  beforeEach(() => {
    ctx = open();
  });
  afterEach(() => ctx.uninstall());

  it('creates the tables, writes the rows with totals to the cent, leaves the source as it was, and a second import writes nothing', async () => {
    const { port } = ctx;
    const before = Object.fromEntries(SOURCE_SHEETS.map((s) => [s, constants(source, s)]));
    const preview = await previewInWorkbook(port, OPTIONS);
    expect(preview.outcome.kind).toBe('imported');
    expect(preview.sync).toBeNull(); // the tables do not exist yet

    const first = await importInWorkbook(port, await mappingOf(port), OPTIONS);
    expect(first.created?.createdTables).toEqual(expect.arrayContaining(['CLS_Actions', 'CLS_Financements', 'CLS_Evaluation']));
    expect(first.sync.tables.map((t) => [t.table, t.added, t.updatedRows, t.cleared])).toEqual([
      ['CLS_Financeurs', 2, 0, 0], // Commune, Ville
      ['CLS_Actions', 4, 0, 0],
      ['CLS_Financements', 23, 0, 0],
      ['CLS_Evaluation', 7, 0, 0],
    ]);
    const snapshot = await port.read();
    const report = validateWorkbook(snapshot, { asOf: '2026-11-23', profile: 'generic' });
    expect(report.findings.filter((f) => f.rule.startsWith('structure.') && f.severity === 'error')).toEqual([]);
    // The same figures as the new workbook the CLI writes (import.test.ts), summed by hand there.
    expect(report.totals.committedCents).toBe(15495200);
    expect(report.totals.byFunderYearCents).toEqual({
      ARS: { '2025': 4320020, '2026': 4100010 },
      'Collectivité porteuse': { '2025': 2900050, '2026': 2850000 },
      CAF: { '2025': 520035, '2026': 520035 },
      Commune: { '2025': 30000, '2026': 105025 },
      Ville: { '2026': 150025 },
    });
    for (const sheet of SOURCE_SHEETS) expect(constants(snapshot, sheet)).toEqual(before[sheet]);

    const cells = await fundingCells(port);
    const again = await importInWorkbook(port, await mappingOf(port), OPTIONS);
    expect(again.created).toBeNull();
    expect(again.written).toBeNull();
    expect(again.sync.tables.every((t) => t.added === 0 && t.updatedRows === 0 && t.cleared === 0)).toBe(true);
    expect(await fundingCells(port)).toEqual(cells);
    // The saved mapping is found again: the preview now plans against the tables.
    const next = await previewInWorkbook(port, OPTIONS);
    expect(next.record?.mapping).toEqual(await mappingOf(port));
    expect(next.sync?.writes).toEqual([]);
  });
});

describe('re-import after the source changed (Office.js port, fake Excel)', () => {
  let state: FakeWorkbookState;
  let uninstall: () => void;
  let port: WorkbookPort;
  beforeEach(async () => {
    state = fakeFromSnapshot(source);
    uninstall = installFakeExcel(state);
    port = createExcelPort({ supports: () => true });
    await importInWorkbook(port, await mappingOf(port), OPTIONS);
  });
  afterEach(() => uninstall());

  const set = (sheet: string, row: number, column: number, value: string | number | null): void => {
    state.sheet(sheet)!.at(row, column, true).value = value;
  };
  /** The CLS_Financements row holding this partner, action and amount. */
  const fundingRow = async (funder: string, action: string, amount: number): Promise<number> => {
    const table = locateTable(await port.read(), FUNDINGS_TABLE)!;
    const row = table.rows.find((r) => r.cell('funder')?.value === funder && r.cell('actionNumber')?.value === action && r.cell('amount')?.value === amount);
    if (!row) throw new Error(`no row ${funder} ${action} ${amount}`);
    return row.row;
  };
  const diff = (a: Record<string, unknown>, b: Record<string, unknown>): string[] =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();

  it('updates exactly the changed cell when an amount changes in the partner matrix', async () => {
    const row = await fundingRow('ARS', '1.1.1', 5000);
    const before = await fundingCells(port);
    set('Engagements 2025-2026', 5, 2, 5200); // B5: ARS 2025 for 1.1.1, 5 000 → 5 200
    const result = await importInWorkbook(port, await mappingOf(port), OPTIONS);
    expect(result.sync.tables.find((t) => t.table === 'CLS_Financements')).toMatchObject({ added: 0, updatedRows: 1, updatedCells: 1, cleared: 0 });
    expect(diff(before, await fundingCells(port))).toEqual([`F${row}`]);
    expect((await fundingCells(port))[`F${row}`]).toBe(5200);
  });

  it('keeps a value the user typed over an imported one, and says so', async () => {
    const row = await fundingRow('ARS', '1.1.1', 5000);
    set('Financements', row, 6, 4800); // the coordinator corrects the amount in the table
    set('Engagements 2025-2026', 5, 2, 5200); // and the source changes too
    const before = await fundingCells(port);
    const result = await importInWorkbook(port, await mappingOf(port), OPTIONS);
    expect(result.sync.kept).toEqual([expect.objectContaining({ table: 'CLS_Financements', cell: `F${row}`, current: 'n:4800', imported: 'n:5200', reason: 'edited' })]);
    expect(await fundingCells(port)).toEqual(before);
  });

  it('adds a commitment added to the source, clears one removed from it, and does not bring back a row the user deleted', async () => {
    const removed = await fundingRow('CAF', '1.1.2', 3000); // D6, 2025
    const deleted = await fundingRow('ARS', '1.1.2', 12000.1); // the 2025 line, first of the two
    // The user deletes a row of the table (clears its cells); the source loses the CAF 2025 cell and gains a Commune one.
    for (let c = 1; c <= 9; c++) set('Financements', deleted, c, null);
    set('Engagements 2025-2026', 6, 4, null);
    set('Engagements 2025-2026', 6, 5, 420);
    const before = await fundingCells(port);
    const result = await importInWorkbook(port, await mappingOf(port), OPTIONS);
    expect(result.sync.tables.find((t) => t.table === 'CLS_Financements')).toMatchObject({ added: 1, updatedRows: 0, cleared: 1, deletedByUser: 1 });
    const after = await fundingCells(port);
    const onRow = (row: number) => (cell: string) => new RegExp(`^[A-Z]+${row}$`).test(cell);
    expect(Object.keys(after).filter(onRow(removed))).toEqual([]);
    // The new line went into the first blank row of the table: the one the user emptied; the deleted line is not back.
    expect(await fundingRow('Commune', '1.1.2', 420)).toBe(deleted);
    // ARS gives 12 000,10 € to 1.1.2 in 2025 (deleted by the user) and in 2026 (still there).
    expect(Object.values(after).filter((v) => v === 12000.1)).toHaveLength(1);
    expect(diff(before, after).every((cell) => onRow(removed)(cell) || onRow(deleted)(cell))).toBe(true);
  });

  it('refuses, writing nothing, when a target cell changed between the plan and the write', async () => {
    const row = await fundingRow('ARS', '1.1.1', 5000);
    set('Engagements 2025-2026', 5, 2, 5200);
    const snapshotBefore = await fundingCells(port);
    const realRead = port.read.bind(port);
    let reads = 0;
    // The user types into the target cell right after the import read the workbook.
    const racing: WorkbookPort = {
      ...port,
      read: async () => {
        const snapshot = await realRead();
        if (++reads === 1) set('Financements', row, 6, 4999);
        return snapshot;
      },
    };
    await expect(importInWorkbook(racing, await mappingOf(port), OPTIONS)).rejects.toThrow(/rien n’a été modifié, car la cellule Financements!F\d+ a changé pendant l’import : relancez «\s?Importer\s?»/);
    expect(await fundingCells(port)).toEqual({ ...snapshotBefore, [`F${row}`]: 4999 });
  });
});

/** The commitments of CLS_Financements as sorted lines: where a line sits (which blank row it filled) does not matter. */
function rowsOf(snapshot: WorkbookSnapshot): string[] {
  const table = locateTable(snapshot, FUNDINGS_TABLE)!;
  return table.rows.map((r) => table.columns.map((c) => String(r.cell(c.key)?.value ?? '')).join('|')).sort();
}

describe('a re-import broken off at any sync (fake Excel)', () => {
  it('never leaves a half-written row: the next import completes it, and the one after writes nothing', async () => {
    // After a first import, the source changes: an amount (update), a new commitment (fill), a removed one (clear).
    const base = fakeFromSnapshot(source);
    let uninstall = installFakeExcel(base);
    const port = createExcelPort({ supports: () => true });
    await importInWorkbook(port, await mappingOf(port), OPTIONS);
    const afterFirst = await port.read();
    const parts = base.xmlParts.map((p) => p.xml);
    uninstall();
    const edited = (): FakeWorkbookState => {
      const state = fakeFromSnapshot(afterFirst);
      parts.forEach((xml) => state.addXmlPart(xml));
      const set = (row: number, column: number, value: number | null) => {
        state.sheet('Engagements 2025-2026')!.at(row, column, true).value = value;
      };
      set(5, 2, 5200);
      set(6, 4, null);
      set(6, 5, 420);
      return state;
    };
    // The reference: the same re-import, uninterrupted.
    const reference = edited();
    uninstall = installFakeExcel(reference);
    const before = reference.syncCount;
    await importInWorkbook(port, await mappingOf(port), OPTIONS);
    const syncs = reference.syncCount - before;
    const expected = rowsOf(await port.read());
    uninstall();
    expect(syncs).toBeGreaterThan(3);

    for (let sync = 1; sync <= syncs; sync++) {
      for (const afterOps of [0, 1, 2, 1_000]) {
        const state = edited();
        uninstall = installFakeExcel(state);
        try {
          const mapping = await mappingOf(port);
          state.failAt = { sync, afterOps };
          await importInWorkbook(port, mapping, OPTIONS).catch(() => undefined);
          state.failAt = null;
          await importInWorkbook(port, await mappingOf(port), OPTIONS);
          expect([sync, afterOps, rowsOf(await port.read())]).toEqual([sync, afterOps, expected]);
          const third = await importInWorkbook(port, await mappingOf(port), OPTIONS);
          expect([sync, afterOps, third.written]).toEqual([sync, afterOps, null]);
        } finally {
          uninstall();
        }
      }
    }
  }, 120_000);
});

describe('an import Excel would refuse halfway (fake Excel)', () => {
  it('stops before reading on a port that cannot write, saying so in French and in English', async () => {
    const writable = createMemoryPort(source);
    const readOnly: WorkbookPort = { kind: writable.kind, read: writable.read.bind(writable) };
    const stopped = await importInWorkbook(readOnly, {} as ImportMapping, OPTIONS).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ImportStoppedError);
    expect((stopped as ImportStoppedError).message).toBe('Ce classeur est en lecture seule : l’import ne peut pas y écrire.');
    expect((stopped as ImportStoppedError).localized('en')).toBe('This workbook is read-only: the import cannot write to it.');
  });

  it('says so before writing anything: a protected contract sheet, a read-only workbook', async () => {
    const state = fakeFromSnapshot(source);
    const uninstall = installFakeExcel(state);
    try {
      const port = createExcelPort({ supports: () => true });
      await importInWorkbook(port, await mappingOf(port), OPTIONS);
      state.sheet('Engagements 2025-2026')!.at(5, 2, true).value = 5200;
      state.sheet('Engagements 2025-2026')!.at(6, 5, true).value = 420;
      const before = constants(await port.read(), "Plan d'action");
      const fundings = await fundingCells(port);
      state.sheet('Financements')!.protection.protected = true;
      await expect(importInWorkbook(port, await mappingOf(port), OPTIONS)).rejects.toThrow(
        /^Import des lignes impossible : rien n’a été modifié, car la feuille «\sFinancements\s» est protégée : ôtez sa protection \(Révision › Ôter la protection de la feuille\), puis relancez «\sImporter\s»\.$/,
      );
      state.sheet('Financements')!.protection.protected = false;
      state.readOnly = true;
      await expect(importInWorkbook(port, await mappingOf(port), OPTIONS)).rejects.toThrow(/lecture seule.*relancez «\s?Importer\s?»/);
      expect(await fundingCells(port)).toEqual(fundings);
      expect(constants(await port.read(), "Plan d'action")).toEqual(before);
    } finally {
      uninstall();
    }
  });
});
