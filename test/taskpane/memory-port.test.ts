/**
 * The memory port keeps the Excel adapter's promises, seen through its public API: a plan never overwrites a cell
 * the user filled, and adds a missing column to a table only when nothing sits at its right (Excel would shift it).
 */
import { planWorkbook } from '../../src/domain/generate';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import '../excel/lazy-modules';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cleanModel, FUNDING_HEADERS } from '../fixtures/cls-model';
import { snapshotOf } from '../domain/boundaries/snapshot';

/** Planned in each test that applies it: mutation testing links a mutant to the tests that run it. */
const emptyPlan = () => planWorkbook({ profile: 'normandie', years: 3, sample: false });

const sheetIn = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const valueAt = (sheet: SheetSnapshot, row: number, column: number): CellValue => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
const tableIn = (snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined => snapshot.tables.find((t) => t.name === name);

/** Every filled cell of a snapshot as `Sheet!row:column → value`. */
function filledCells(snapshot: WorkbookSnapshot): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const sheet of snapshot.sheets) {
    sheet.values.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== '') cells.set(`${sheet.name}!${sheet.top + r}:${sheet.left + c}`, value);
    }));
  }
  return cells;
}

describe('never overwrites a user cell', () => {
  it('applied over the clean CLS: every cell the user filled still holds its value, the 50 planned over them are counted', async () => {
    const before = snapshotOf(cleanModel());
    const port = createMemoryPort(before);
    const outcome = await port.apply(emptyPlan());
    const after = filledCells(await port.read());
    for (const [at, value] of filledCells(before)) expect([at, after.get(at)]).toEqual([at, value]);
    // 14 parameter names, 3 planned defaults (Profil régional, Durée, ETP) and 11 × 3 partner cells were already filled.
    expect(outcome.keptCells).toBe(50);
    expect(outcome).toMatchObject({
      createdSheets: ['Engagements partenaires', 'Synthèse'],
      createdTables: [],
      addedColumns: ["CLS_Actions[Objectif de l'action]", 'CLS_Financements[Montant versé (€)]'],
      blockedColumns: [],
      rebuiltSheets: [],
      // The fixture's own « Listes » sheet bears our name without our marker: the user's, left alone.
      skippedSheets: ['Listes'],
    });
  });

  it('a table planned where the user wrote goes below the used range, one blank row apart', async () => {
    const port = createMemoryPort({ sheets: [{ name: 'Paramètres', top: 1, left: 1, values: [['Mes notes'], [], [null, 'à garder']] }], tables: [] });
    await port.apply(emptyPlan());
    const after = await port.read();
    const sheet = sheetIn(after, 'Paramètres');
    expect(valueAt(sheet, 1, 1)).toBe('Mes notes');
    expect(valueAt(sheet, 3, 2)).toBe('à garder');
    expect(tableIn(after, 'CLS_Parametres')).toMatchObject({ top: 5, left: 1, right: 2 });
    expect(valueAt(sheet, 5, 1)).toBe('Paramètre');
    // The partners' table had its planned place free: D1.
    expect(tableIn(after, 'CLS_Financeurs')).toMatchObject({ top: 1, left: 4, right: 6 });
  });

  it('inside an existing table, only the empty cells of the planned rows are written', async () => {
    const port = createMemoryPort({
      sheets: [{ name: 'Paramètres', top: 1, left: 1, values: [['Paramètre', 'Valeur'], ['Mon nom à moi', 'Mon CLS'], [null, null], [null, 'Valmont']] }],
      tables: [{ name: 'CLS_Parametres', sheet: 'Paramètres', top: 1, left: 1, bottom: 4, right: 2, hasHeaderRow: true }],
    });
    const outcome = await port.apply(emptyPlan());
    const sheet = sheetIn(await port.read(), 'Paramètres');
    expect([valueAt(sheet, 2, 1), valueAt(sheet, 2, 2), valueAt(sheet, 4, 1), valueAt(sheet, 4, 2)]).toEqual(['Mon nom à moi', 'Mon CLS', null, 'Valmont']);
    // Of the planned rows (Nom du CLS, Territoire, Type de territoire), only the user's name cell held a value the plan also had.
    expect(outcome.keptCells).toBe(1);
  });
});

describe('adds a missing column only when the right of the table is free', () => {
  // A CLS_Financements of the fixture's eight columns (A..H, rows 1..3): « Montant versé (€) » is missing.
  const withNote = (row: number, column: number): WorkbookSnapshot => {
    const values: CellValue[][] = [[...FUNDING_HEADERS], ['Action', '1.1.1', 'ARS', 'Financier', 2026, 1_000, 'Acquis', ''], ['Action', '1.1.1', 'CAF', 'Financier', 2026, 500, 'Acquis', '']];
    for (let r = values.length; r < row; r++) values.push([]);
    const line = values[row - 1]!;
    while (line.length < column - 1) line.push(null);
    line[column - 1] = 'note';
    return { sheets: [{ name: 'Financements', top: 1, left: 1, values }], tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: 3, right: 8, hasHeaderRow: true }] };
  };
  const applyOver = async (snapshot: WorkbookSnapshot) => {
    const port = createMemoryPort(snapshot);
    const outcome = await port.apply(emptyPlan());
    return { outcome, after: await port.read() };
  };

  it.each([
    // Right next to the table, on one of its rows: Excel would move the note.
    [1, 9, 'blocked'],
    [3, 9, 'blocked'],
    // Below the table, the inserted column shifts nothing.
    [4, 9, 'added'],
    // The last of the 64 columns checked beside the table, and the first beyond them.
    [2, 72, 'blocked'],
    [2, 73, 'blocked'],
    [5, 72, 'added'],
    [5, 73, 'blocked'],
  ])('a note at row %i, column %i: %s', async (row, column, fate) => {
    const { outcome, after } = await applyOver(withNote(row, column));
    const sheet = sheetIn(after, 'Financements');
    expect(valueAt(sheet, row, column)).toBe('note');
    if (fate === 'added') {
      expect(outcome.addedColumns).toEqual(['CLS_Financements[Montant versé (€)]']);
      expect(outcome.blockedColumns).toEqual([]);
      expect(tableIn(after, 'CLS_Financements')).toMatchObject({ left: 1, right: 9 });
      expect(valueAt(sheet, 1, 9)).toBe('Montant versé (€)');
      expect([valueAt(sheet, 2, 9), valueAt(sheet, 3, 9)]).toEqual([null, null]);
    } else {
      expect(outcome.addedColumns).toEqual([]);
      expect(outcome.blockedColumns).toEqual(['CLS_Financements[Montant versé (€)]']);
      expect(tableIn(after, 'CLS_Financements')).toMatchObject({ left: 1, right: 8 });
      expect(valueAt(sheet, 1, 9)).toBe(column === 9 && row === 1 ? 'note' : null);
    }
    // The user's rows are as they were.
    expect([valueAt(sheet, 2, 6), valueAt(sheet, 3, 3)]).toEqual([1_000, 'CAF']);
  });
});

describe('owned sheets', () => {
  it('a blank sheet bearing one of our names is rebuilt; a filled one without our marker is left alone', async () => {
    const port = createMemoryPort({
      sheets: [{ name: 'Synthèse', top: 1, left: 1, values: [] }, { name: 'Engagements partenaires', top: 1, left: 1, values: [['à moi']] }],
      tables: [],
    });
    const outcome = await port.apply(emptyPlan());
    expect(outcome.rebuiltSheets).toEqual(['Synthèse']);
    expect(outcome.skippedSheets).toEqual(['Engagements partenaires']);
    const after = await port.read();
    expect(sheetIn(after, 'Engagements partenaires').values).toEqual([['à moi']]);
    expect(filledCells(after).size).toBeGreaterThan(1);
  });

  it('refuses a plan whose table name is already a defined name of the workbook, writing nothing', async () => {
    const before: WorkbookSnapshot = { sheets: [], tables: [], names: [{ name: 'CLS_Actions', ref: 'Feuil1!$A$1' }] };
    const port = createMemoryPort(before);
    await expect(port.apply(emptyPlan())).rejects.toMatchObject({ name: 'ApplyRefusedError', refusals: [{ kind: 'name-taken', name: 'CLS_Actions' }] });
    expect(await port.read()).toEqual({ sheets: [], tables: [], names: [{ name: 'CLS_Actions', ref: 'Feuil1!$A$1' }] });
  });
});
