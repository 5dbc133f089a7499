/**
 * What real Excel refuses or does differently, met before any write: protection, read-only files, totals rows,
 * office-js #740 and #3218, user formulas into our sheets; and Créer completing itself after an interrupted run.
 */
import { planWorkbook } from '../../src/domain/generate';
import { adoptPlainRanges } from '../../src/domain/generate/adopt';
import { claimOwnedSheets } from '../../src/domain/generate/ownership';
import type { WorkbookPlan } from '../../src/domain/generate/plan';
import { createExcelPort, ExcelAdapterError } from '../../src/excel';
import './lazy-modules';
import { countSyncs, FakeWorkbookState, installFakeExcel } from './fake-excel';
import type { FakeSheet } from './fake-excel';

let uninstall: (() => void) | null = null;
const use = (state: FakeWorkbookState): FakeWorkbookState => {
  uninstall?.();
  uninstall = installFakeExcel(state);
  return state;
};
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const port = () => createExcelPort({ supports: () => true });

/** The plan as the pane fits it, from a fresh read of the workbook (as « Créer » does each time). */
async function fittedPlan(sample = true): Promise<WorkbookPlan> {
  const snapshot = await port().read();
  const base = planWorkbook({ profile: 'normandie', years: 3, sample, startYear: 2025 });
  return claimOwnedSheets(adoptPlainRanges(base, snapshot).plan, snapshot).plan;
}

const contents = (state: FakeWorkbookState) => Object.fromEntries(state.sheets.map((s) => [s.name, s.contents()]));
const structure = (state: FakeWorkbookState) => ({
  sheets: state.sheets.map((s) => s.name),
  tables: state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect })).sort((a, b) => a.name.localeCompare(b.name)),
  names: state.names.map((n) => ({ name: n.name, formula: n.formula })).sort((a, b) => a.name.localeCompare(b.name)),
});

/** A coordinator's workbook: an action table missing most contract columns, a user sheet, a user name. */
function userWorkbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const actions = state.addSheet("Plan d'action");
  actions.set('A1', [['N° action', "Intitulé de l'action", 'Statut'], ['1.1.1', 'Maison de santé', 'En cours'], ['1.1.2', 'Prévention', 'Réalisée']]);
  state.addTable(actions, { top: 1, left: 1, bottom: 3, right: 3 }, true, 'CLS_Actions');
  state.addSheet('Notes').set('A1', [['à garder']]);
  state.addName('Ma_Plage', '=Notes!$A$1');
  return state;
}

describe('refused before any write, in French and English', () => {
  it.each([
    ['a protected sheet that needs new columns', (s: FakeWorkbookState) => (s.sheet("Plan d'action")!.protection.protected = true), /la feuille «\sPlan d'action\s» est protégée/, /sheet "Plan d'action" is protected/],
    ['a read-only workbook', (s: FakeWorkbookState) => (s.readOnly = true), /ouvert en lecture seule/, /open read-only/],
    ['a protected workbook structure when sheets must be added', (s: FakeWorkbookState) => (s.workbookProtection.protected = true), /la structure du classeur est protégée/, /workbook structure is protected/],
  ])('%s: nothing is changed and the user is told what to do', async (_label, lock, french, english) => {
    const state = use(userWorkbook());
    const plan = await fittedPlan();
    lock(state);
    const before = { contents: contents(state), structure: structure(state) };
    const failure = port().apply!(plan);
    await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(failure).rejects.toThrow(french);
    await expect(failure).rejects.toHaveProperty('messageEn', expect.stringMatching(english));
    expect({ contents: contents(state), structure: structure(state) }).toEqual(before);
  });

  it('rebuilds our sheets in a protected workbook structure: nothing is added, renamed or deleted', async () => {
    const state = use(userWorkbook());
    await port().apply!(await fittedPlan());
    state.workbookProtection.protected = true;
    const outcome = await port().apply!(await fittedPlan());
    expect(outcome.rebuiltSheets).toEqual(['Engagements partenaires', 'Synthèse', 'Listes']);
  });
});

describe('Excel behaviours the adapter must respect', () => {
  it('adds columns to a table with a Totals row: arrays sized to the data body, the totals row kept', async () => {
    const state = use(userWorkbook());
    const actions = state.table('CLS_Actions')!;
    state.setShowTotals(actions, true);
    const outcome = await port().apply!(await fittedPlan(false));
    expect(outcome.addedColumns).toContain('CLS_Actions[Budget prévisionnel (€)]');
    expect(actions.showTotals).toBe(true);
    expect(actions.rect.bottom).toBe(4);
    const sheet = state.sheet("Plan d'action")!;
    const budget = actions.headers().indexOf('Budget prévisionnel (€)') + 1;
    // The data rows get the plan's money format; the totals row is left to Excel.
    const planned = planWorkbook({ profile: 'normandie', years: 3, sample: false })
      .sheets.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'table' && b.name === 'CLS_Actions' ? b.columns : []))
      .find((c) => c.header === 'Budget prévisionnel (€)')?.numberFormat;
    expect(planned).toMatch(/€/);
    expect([2, 3, 4].map((row) => sheet.at(row, budget)?.numberFormat ?? 'General')).toEqual([planned, planned, 'General']);
  });

  it('keeps the drop-down names structured even when names.add stores a fixed address (office-js #740)', async () => {
    const state = use(new FakeWorkbookState());
    state.addSheet('Feuil1');
    state.quirks.namesAddFlattensStructuredRefs = true;
    await port().apply!(await fittedPlan());
    expect(state.name('Liste_Financeurs')?.formula).toBe('=CLS_Financeurs[Financeur]');
    expect(state.name('Liste_Actions')?.formula).toBe('=CLS_Actions[N° action]');
  });

  it('never renames a sheet, so Excel on the web’s rename bug cannot hit a rebuild (office-js #3218)', async () => {
    const state = use(new FakeWorkbookState());
    state.addSheet('Feuil1');
    await port().apply!(await fittedPlan());
    state.quirks.webRenameActiveSheetFails = true;
    state.activeSheet = state.sheet('Synthèse')!;
    const sheets = state.sheets.map((s) => s.name);
    const outcome = await port().apply!(await fittedPlan());
    expect(outcome.rebuiltSheets).toContain('Synthèse');
    expect(state.sheets.map((s) => s.name)).toEqual(sheets);
  });

  it('places a new table below a form-like sheet with more than 512 merged areas (getMergedAreasOrNullObject fails there)', async () => {
    const state = use(new FakeWorkbookState());
    const form = state.addSheet('Paramètres');
    for (let row = 1; row <= 600; row += 1) {
      form.set(`A${row}`, [[`Libellé ${row}`]]);
      state.merge(form, { top: row, left: 1, bottom: row, right: 2 }, false);
    }
    const before = form.contents();
    const outcome = await port().apply!(await fittedPlan(false));
    expect(outcome.createdTables).toContain('CLS_Parametres');
    expect(state.table('CLS_Parametres')?.rect.top).toBe(602);
    for (const [address, value] of Object.entries(before)) expect([address, form.contents()[address]]).toEqual([address, value]);
  });

  it.each([
    ['a chart', (sheet: FakeSheet, state: FakeWorkbookState) => state.addChart(sheet, { type: 'Pie', dataRange: 'A1:B2', title: 'Mon graphique', position: null })],
    ['a picture', (sheet: FakeSheet) => sheet.shapes.push('Image 1')],
  ])('never clears a user sheet named like ours that holds only %s (no value, no table)', async (_label, draw) => {
    const state = use(new FakeWorkbookState());
    state.addSheet('Feuil1');
    const synthesis = state.addSheet('Synthèse');
    draw(synthesis, state);
    const outcome = await port().apply!(await fittedPlan());
    // The drawing is still there, the sheet is not ours, and our Synthèse went beside it.
    expect(synthesis.charts.length + synthesis.shapes.length).toBe(1);
    expect(outcome.rebuiltSheets).not.toContain('Synthèse');
    expect(state.name('CLS_Feuille_Synthese')?.formula).not.toBe("='Synthèse'!$A$1");
  });

  it('keeps the user’s names and formulas that point into our sheets valid through a rebuild', async () => {
    const state = use(new FakeWorkbookState());
    state.addSheet('Feuil1');
    await port().apply!(await fittedPlan());
    state.addName('Mon_Total', "='Engagements partenaires'!$B$6");
    await port().apply!(await fittedPlan());
    expect(state.name('Mon_Total')?.formula).toBe("='Engagements partenaires'!$B$6");
  });

  it('makes the same number of syncs at 10 and 10 000 rows', async () => {
    const syncs: number[] = [];
    for (const rows of [10, 10_000]) {
      const state = use(userWorkbook());
      const sheet = state.sheet("Plan d'action")!;
      sheet.set('A4', Array.from({ length: rows }, (_, i) => [`9.9.${i}`, `Action ${i}`, 'En cours']));
      state.table('CLS_Actions')!.rect.bottom = rows + 3;
      const plan = await fittedPlan();
      syncs.push(await countSyncs(state, () => port().apply!(plan)));
    }
    expect(syncs[1]).toBe(syncs[0]);
  });
});

describe('an interrupted « Créer » is completed by running it again', () => {
  /** The workbook after one uninterrupted Créer, then a second one. */
  async function reference(): Promise<{ contents: ReturnType<typeof contents>; structure: ReturnType<typeof structure>; syncs: number }> {
    const state = use(userWorkbook());
    const plan = await fittedPlan();
    const syncs = await countSyncs(state, () => port().apply!(plan));
    await port().apply!(await fittedPlan());
    return { contents: contents(state), structure: structure(state), syncs };
  }

  it('whichever sync fails, before anything or after everything: the next run ends exactly where an uninterrupted one does', async () => {
    const expected = await reference();
    for (let sync = 1; sync <= expected.syncs; sync += 1) {
      for (const afterOps of [0, 1_000_000]) {
        const state = use(userWorkbook());
        const plan = await fittedPlan();
        state.failAt = { sync, afterOps };
        const first = await port().apply!(plan).then((outcome) => outcome, (error: unknown) => error);
        // Only the printing sync may fail without failing Créer: the outcome says so.
        if (!(first instanceof ExcelAdapterError)) expect([sync, first]).toEqual([expected.syncs, expect.objectContaining({ printSettingsSkipped: expect.any(Array) })]);
        await port().apply!(await fittedPlan());
        await port().apply!(await fittedPlan());
        expect([sync, afterOps, contents(state), structure(state)]).toEqual([sync, afterOps, expected.contents, expected.structure]);
      }
    }
  });

  it('wherever the write sync breaks off: no user cell lost, every table, column and name there after the next run, and a third run changes nothing', async () => {
    const expected = await reference();
    const userCells: Record<string, Record<string, unknown>> = { "Plan d'action": contents(userWorkbook())["Plan d'action"] ?? {}, Notes: { A1: 'à garder' } };
    const writeSync = 4;
    // The write sync of this workbook queues about 900 operations: one cut point in 13, and past the end.
    for (let afterOps = 0; afterOps < 1_200; afterOps += 13) {
      const state = use(userWorkbook());
      const plan = await fittedPlan();
      state.failAt = { sync: writeSync, afterOps };
      await expect(port().apply!(plan)).rejects.toThrow(/relancez «\sCréer\s»|rien n’a été modifié|Excel a refusé/);
      for (const [sheet, cells] of Object.entries(userCells)) {
        for (const [address, value] of Object.entries(cells)) expect([afterOps, sheet, address, state.sheet(sheet)?.contents()[address]]).toEqual([afterOps, sheet, address, value]);
      }
      await port().apply!(await fittedPlan());
      expect([afterOps, structure(state)]).toEqual([afterOps, expected.structure]);
      const settled = contents(state);
      await port().apply!(await fittedPlan());
      expect([afterOps, contents(state)]).toEqual([afterOps, settled]);
    }
  }, 60_000);
});
