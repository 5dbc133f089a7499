import { createExcelPort, excelRequirementStatus, ExcelAdapterError } from '../../src/excel';
import './lazy-modules';
import { fillsFromXml, fillsToXml, HIGHLIGHT_FILLS } from '../../src/excel/highlight';
import type { Finding } from '../../src/domain/report';
import type { WorkbookPlan } from '../../src/domain/generate/plan';
import { countSyncs, FakeWorkbookState, installFakeExcel, userWorkbook } from './fake-excel';
import { FakeTable } from './fake-excel/state';
import { handPlan } from './plan-fixture';
import { planWorkbook } from '../../src/domain/generate';
import { adoptPlainRanges } from '../../src/domain/generate/adopt';
import { claimOwnedSheets } from '../../src/domain/generate/ownership';
import { validateWorkbook } from '../../src/domain/validate';

let uninstall: (() => void) | null = null;
const use = (state: FakeWorkbookState): FakeWorkbookState => {
  uninstall = installFakeExcel(state);
  return state;
};
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const port = (supports: (v: string) => boolean = () => false) => createExcelPort({ supports });

const blank = (): FakeWorkbookState => {
  const state = new FakeWorkbookState();
  state.addSheet('Feuil1');
  return state;
};

describe('constant round trips', () => {
  it('read() makes 3 syncs on a small workbook (names, layout, cells); payload.test.ts bounds its growth at 10 000 rows', async () => {
    const small = use(userWorkbook(10));
    expect(await countSyncs(small, () => port(() => true).read())).toBe(3);
    expect(small.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it.each([
    ['an empty workbook', 5, blank],
    // Two columns are added to CLS_Actions: their number formats go in one more sync, within the payload budget.
    ['a 10-row workbook', 6, () => userWorkbook(10)],
    ['a 10 000-row workbook', 6, () => userWorkbook(10_000)],
  ])('apply(plan) on %s makes %d syncs the first time, 5 the second', async (_label, expected, make) => {
    const state = use(make());
    const first = await countSyncs(state, () => port().apply!(handPlan));
    const second = await countSyncs(state, () => port().apply!(handPlan));
    // Inventory (2), the engine's reads (1), the write (1), the list names read back (1): whatever the size.
    expect([first, second]).toEqual([expected, 5]);
    expect(state.runOptions.every((o) => (o as { delayForCellEdit?: boolean }).delayForCellEdit === true)).toBe(true);
  });
});

describe('read()', () => {
  it('maps errors, dates, empty text and offsets as Excel holds them', async () => {
    const state = use(new FakeWorkbookState());
    const sheet = state.addSheet('Données');
    sheet.set('B2', [
      ['Début', 'Montant', 'Calcul', 'Vide', 'Oui'],
      [45658, 1200.5, { error: '#REF!' }, '', true],
      [45659, '25 000 €', { error: '#N/A' }, null, false],
    ]);
    sheet.set('B3', [[45658], [45659]], 'dd/mm/yyyy');
    sheet.merges.push({ top: 6, left: 2, bottom: 6, right: 4 });
    state.addTable(sheet, { top: 2, left: 2, bottom: 4, right: 6 }, true, 'T_Donnees');
    state.addName('Ma_Plage', '=Données!$B$2:$C$4');

    const snapshot = await port((v) => v === '1.13').read();
    const data = snapshot.sheets[0]!;
    expect({ top: data.top, left: data.left }).toEqual({ top: 2, left: 2 });
    expect(data.values).toEqual([
      ['Début', 'Montant', 'Calcul', 'Vide', 'Oui'],
      [45658, 1200.5, { kind: 'error', code: '#REF!' }, null, true],
      [45659, '25 000 €', { kind: 'error', code: '#N/A' }, null, false],
    ]);
    expect(data.formats?.[1]?.[0]).toBe('dd/mm/yyyy');
    expect(data.formats?.[1]?.[1]).toBe('General');
    expect(data.merges).toEqual(['B6:D6']);
    expect(snapshot.tables).toEqual([{ name: 'T_Donnees', sheet: 'Données', top: 2, left: 2, bottom: 4, right: 6, hasHeaderRow: true }]);
    expect(snapshot.names).toEqual([{ name: 'Ma_Plage', ref: 'Données!$B$2:$C$4' }]);
  });

  it('gives an empty sheet no values and leaves merges out when ExcelApi 1.13 is missing', async () => {
    const state = use(blank());
    state.sheets[0]!.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
    const snapshot = await port().read();
    expect(snapshot.sheets).toEqual([{ name: 'Feuil1', top: 1, left: 1, values: [], formats: [] }]);
  });
});

describe('apply(plan) never loses user data', () => {
  const userSheets = ["Plan d'action", 'Financements'];

  it('keeps every user cell through two applies, appends missing columns, rebuilds owned sheets', async () => {
    const state = use(userWorkbook(20));
    const before = Object.fromEntries(userSheets.map((name) => [name, state.sheet(name)!.contents()]));

    const first = await port().apply!(handPlan);
    expect(first).toEqual({
      createdSheets: ['Paramètres', 'Listes', 'Synthèse'],
      createdTables: ['CLS_Parametres', 'CLS_Financeurs', 'CLS_Financements'],
      addedColumns: ['CLS_Actions[Avancement (%)]', 'CLS_Actions[Fin]'],
      createdNames: ['Liste_Statuts', 'Liste_Financeurs', 'CLS_Feuille_Listes', 'CLS_Feuille_Synthese'],
      rebuiltSheets: [],
      // CLS_Actions row 1: N° action, intitulé, début, statut; Financements: the title cell A1.
      adoptedRanges: [],
      skippedSheets: [],
      blockedColumns: [],
      keptCells: 5,
    });
    const synthesisPosition = state.sheets.indexOf(state.sheet('Synthèse')!);
    const second = await port().apply!(handPlan);
    expect(second).toEqual({
      createdSheets: [],
      createdTables: [],
      addedColumns: [],
      createdNames: [],
      rebuiltSheets: ['Listes', 'Synthèse'],
      // + CLS_Parametres (7 filled plan cells) and CLS_Financeurs (4), user tables from now on.
      adoptedRanges: [],
      skippedSheets: [],
      blockedColumns: [],
      keptCells: 16,
    });

    for (const name of userSheets) {
      const after = state.sheet(name)!.contents();
      for (const [address, value] of Object.entries(before[name]!)) expect([name, address, after[address]]).toEqual([name, address, value]);
    }
    expect(state.name('Ma_Plage')?.formula).toBe('=Financements!$A$1:$C$4');
    expect(state.name('Liste_Statuts')?.formula).toBe('=Listes!$A$2:$A$6');
    expect(state.name('Liste_Financeurs')?.formula).toBe('=CLS_Financeurs[Financeur]');

    const actions = state.table('CLS_Actions')!;
    expect(actions.headers()).toEqual(['N° action', "Intitulé de l'action", 'Début', 'Statut', 'Ma colonne', 'Avancement (%)', 'Fin']);
    expect(state.sheet("Plan d'action")!.cellAt('F21')?.numberFormat).toBe('0 %');
    expect(state.sheet("Plan d'action")!.cellAt('F2')?.validation?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: 'Between' } });
    expect(state.sheet("Plan d'action")!.cellAt('D2')?.validation ?? null).toBeNull();

    // The user's plain range sits at A1:C21: the table goes below it, one blank row apart.
    const fundings = state.table('CLS_Financements')!;
    expect(fundings.rect).toEqual({ top: 23, left: 1, bottom: 28, right: 4 });
    expect(state.sheet('Financements')!.cellAt('B24')?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: '=Liste_Financeurs' } });

    const synthesis = state.sheet('Synthèse')!;
    expect(state.sheets.indexOf(synthesis)).toBe(synthesisPosition);
    expect(synthesis.charts).toEqual([{ type: 'ColumnClustered', dataRange: 'A1:B2', title: 'Actions par axe', position: 'D2' }]);
    expect(synthesis.conditionalFormats).toHaveLength(1);
    expect(synthesis.freeze).toEqual({ rows: 1, columns: 1 });
    expect(synthesis.tabColor).toBe('#1F6E5A');
    expect(synthesis.cellAt('B2')?.formula).toBe('COUNTA(CLS_Actions[N° action])');
    expect(state.sheet('Listes')!.visibility).toBe('Hidden');
    expect(state.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
  });

  it('writes text Excel would reinterpret as text, and real values otherwise', async () => {
    const state = use(blank());
    await port().apply!(handPlan);
    const parameters = state.sheet('Paramètres')!;
    expect(parameters.contents()).toMatchObject({ A1: 'Paramètre', B3: 5, B4: '- à compléter', B5: '12.1' });
    expect(parameters.cellAt('B4')?.numberFormat).toBe('@');
    expect(parameters.cellAt('A3')?.numberFormat).toBe('General');
    const actions = state.sheet("Plan d'action")!;
    expect(actions.cellAt('C2')).toMatchObject({ value: 45658, numberFormat: 'dd/mm/yyyy' });
    expect(actions.cellAt('D2')?.validation).toMatchObject({ rule: { list: { source: '=Liste_Statuts' } }, errorAlert: { style: 'Stop' } });
    expect(actions.cellAt('E5')?.validation?.prompt).toEqual({ showPrompt: true, title: 'Avancement (%)', message: 'Entre 0 et 100 %' });
    expect(actions.cellAt('B2')?.wrap).toBe(true);
    expect(state.table('CLS_Actions')!.rect).toEqual({ top: 1, left: 1, bottom: 5, right: 6 });
  });

  it.each([
    ['with ExcelApi 1.9', true, { orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } }],
    ['without ExcelApi 1.9', false, { orientation: 'Portrait', zoom: { scale: 100 } }],
  ])('applies cell formats, cell validations, data bars, row heights and printing %s', async (_label, pageLayout, expected) => {
    const state = use(blank());
    await port((v) => pageLayout && v === '1.9').apply!(handPlan);
    const parameters = state.sheet('Paramètres')!;
    expect(parameters.cellAt('B3')).toMatchObject({ value: 5, numberFormat: '0' });
    expect(parameters.cellAt('B3')?.validation).toMatchObject({ rule: { wholeNumber: { formula1: 3, formula2: 5, operator: 'Between' } }, prompt: { message: 'Entre 3 et 5 ans' } });
    const synthesis = state.sheet('Synthèse')!;
    expect(synthesis.dataBars).toEqual([{ range: 'B2:B2', color: '#1F6E5A' }]);
    expect(synthesis.rowHeights.get(1)).toBe(30);
    expect(synthesis.pageLayout).toEqual(expected);
  });

  it('fills empty document properties and keeps the user’s', async () => {
    const fresh = use(blank());
    await port().apply!(handPlan);
    expect(fresh.properties).toEqual({ title: 'CLS de test', author: 'Tableaux CLS' });
    uninstall?.();
    const owned = use(blank());
    owned.properties.title = 'Mon CLS';
    owned.properties.author = 'Camille';
    await port().apply!(handPlan);
    expect(owned.properties).toEqual({ title: 'Mon CLS', author: 'Camille' });
  });

  it('places a missing table on a user sheet under the user data instead of overwriting it', async () => {
    const state = use(blank());
    const sheet = state.addSheet('Paramètres');
    sheet.set('A1', [['Mes notes', 'à garder'], ['ligne 2', 42]]);
    const outcome = await port().apply!(handPlan);
    expect(sheet.contents()).toMatchObject({ A1: 'Mes notes', B1: 'à garder', A2: 'ligne 2', B2: 42 });
    expect(state.table('CLS_Parametres')!.rect.top).toBe(4);
    // CLS_Financeurs' own place (D1:E3) is free: it stays where the plan wants it.
    expect(state.table('CLS_Financeurs')!.rect).toEqual({ top: 1, left: 4, bottom: 3, right: 5 });
    expect(outcome.createdSheets).not.toContain('Paramètres');
  });

  it('leaves a table without header row (as exceljs rewrites them) untouched, and reads it as such', async () => {
    const state = use(blank());
    const sheet = state.addSheet("Plan d'action");
    sheet.set('A1', [['N° action', 'Statut'], ['1.1.1', 'En cours']]);
    state.tables.push(new FakeTable('CLS_Actions', sheet, { top: 1, left: 1, bottom: 2, right: 2 }, false));
    const before = sheet.contents();
    const outcome = await port().apply!(handPlan);
    expect(outcome.addedColumns).toEqual([]);
    expect(outcome.createdTables).not.toContain('CLS_Actions');
    expect(sheet.contents()).toEqual(before);
    const snapshot = await port().read();
    expect(snapshot.tables.find((t) => t.name === 'CLS_Actions')).toMatchObject({ hasHeaderRow: false, top: 1, bottom: 2 });
  });

  it('reports a failing write in the user’s language, by error code, saying that « Créer » completes it', async () => {
    use(blank());
    const broken: WorkbookPlan = {
      sheets: [{ name: 'Feuil1', owned: false, blocks: [{ kind: 'table', name: 'T1', anchor: 'A1', style: 'TableStyleMedium2', columns: [{ header: 'X', width: 8, validation: { kind: 'list', listName: 'Liste_Absente', strict: true } }], rows: [] }] }],
      names: [],
    };
    const failure = port().apply!(broken);
    await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(failure).rejects.toThrow(/^Création des tableaux impossible : Excel a refusé l’opération \(code InvalidArgument\)\..* relancez « Créer », qui complète/);
    await expect(failure).rejects.toHaveProperty('messageEn', expect.stringMatching(/^Could not create the tables: Excel refused the operation \(code InvalidArgument\)\..* run "Create" again/));
    // Office's own sentence is not for users; it stays in the cause for diagnosis.
    await expect(failure).rejects.toHaveProperty('cause.cause.code', 'InvalidArgument');
    await expect(failure).rejects.not.toThrow(/Liste_Absente/);
  });
});

describe('highlight and clearHighlights', () => {
  const findings = (cells: [string, Finding['severity']][]): Finding[] =>
    cells.map(([cell, severity]) => ({ rule: 'cell.not-number', severity, sheet: 'Données', table: 'T', cell, params: {} }));

  it.each([
    ['with fill patterns (ExcelApi 1.9)', true],
    ['with colours only (ExcelApi 1.8)', false],
  ])('restores the original fills exactly, %s', async (_label, withPattern) => {
    const state = use(new FakeWorkbookState());
    const sheet = state.addSheet('Données');
    sheet.set('A1', [['a', 'b', 'c']]);
    sheet.at(1, 2, true).fill = '#FFFF00';
    const before = [sheet.cellAt('A1')?.fill ?? null, sheet.cellAt('B1')?.fill ?? null, sheet.cellAt('C1')?.fill ?? null];
    const excel = port((v) => withPattern && v === '1.9');

    const syncs = await countSyncs(state, () => excel.highlight!(findings([['A1', 'warning'], ['B1', 'error'], ['B1', 'info'], ['C1', 'info']])));
    expect(syncs).toBe(3);
    expect(sheet.cellAt('A1')?.fill).toBe(HIGHLIGHT_FILLS.warning);
    expect(sheet.cellAt('B1')?.fill).toBe(HIGHLIGHT_FILLS.error);
    // A second run over coloured cells must not save our colours as the originals.
    await excel.highlight!(findings([['A1', 'error'], ['Z9', 'info']]));
    expect(state.xmlParts).toHaveLength(1);

    expect(await countSyncs(state, () => excel.clearHighlights!())).toBe(4);
    expect([sheet.cellAt('A1')?.fill ?? null, sheet.cellAt('B1')?.fill ?? null, sheet.cellAt('C1')?.fill ?? null]).toEqual(before);
    expect(sheet.cellAt('Z9')?.fill ?? null).toBeNull();
    expect(state.xmlParts).toHaveLength(0);
    expect(await countSyncs(state, () => excel.clearHighlights!())).toBe(1);
  });

  it('leaves a cell the user recoloured after the highlight with the user’s colour', async () => {
    const state = use(new FakeWorkbookState());
    const sheet = state.addSheet('Données');
    sheet.set('A1', [['a', 'b']]);
    const excel = port();
    await excel.highlight!(findings([['A1', 'error'], ['B1', 'error']]));
    sheet.at(1, 2, true).fill = '#00B050';
    await excel.clearHighlights!();
    expect(sheet.cellAt('A1')?.fill ?? null).toBeNull();
    expect(sheet.cellAt('B1')?.fill).toBe('#00B050');
  });

  it('round-trips saved fills through XML, escaping sheet names', () => {
    const fills = [{ sheet: 'R&D <"2025">', cell: 'B3', color: '#FFFFFF', pattern: 'None' }, { sheet: "Plan d'action", cell: 'C4', color: '#FFFF00', pattern: null }];
    expect(fillsFromXml(fillsToXml(fills))).toEqual(fills);
    expect(() => fillsFromXml('<other/>')).toThrow('Partie XML de surlignage illisible.');
  });
});

describe('writeControl and select', () => {
  const rows = [
    { severity: 'error', rule: 'cell.not-number', sheet: "Plan d'action", cell: 'B3', message: '-Montant non numérique', value: '25 000 €', suggestion: '25000' },
    { severity: 'info', rule: 'structure.column-unknown', sheet: 'Financements', cell: '', message: 'Colonne inconnue', value: '', suggestion: '' },
  ];

  it('rebuilds the Contrôle sheet with CLS_Controle and hyperlinks, each time from scratch', async () => {
    const state = use(userWorkbook(3));
    await port().writeControl!(rows);
    expect(await countSyncs(state, () => port().writeControl!(rows))).toBe(2);
    const control = state.sheet('Contrôle')!;
    expect(state.tables.filter((t) => t.name === 'CLS_Controle')).toHaveLength(1);
    expect(state.table('CLS_Controle')!.headers()).toEqual(['Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion']);
    expect(control.cellAt('D2')?.formula).toBe(`HYPERLINK("#'Plan d''action'!B3","B3")`);
    expect(control.cellAt('E2')).toMatchObject({ value: '-Montant non numérique', formula: null, numberFormat: '@' });
    expect(control.cellAt('F2')?.value).toBe('25 000 €');
    expect(control.cellAt('G2')).toMatchObject({ value: '25000', numberFormat: '@' });
    expect(control.cellAt('D3')?.value ?? null).toBeNull();
    expect(state.sheets.filter((s) => s.name === 'Contrôle')).toHaveLength(1);
  });

  it('selects a cell on its sheet, and explains in French when the sheet is gone', async () => {
    const state = use(userWorkbook(3));
    await port().select!('Financements', 'B2');
    expect(state.activeSheet?.name).toBe('Financements');
    expect(state.selection).toBe('Financements!B2');
    await expect(port().select!('Disparue', 'A1')).rejects.toThrow('Sélection de la cellule impossible : la feuille « Disparue » est introuvable.');
  });
});

describe('outside Excel', () => {
  it('fails with a French message when Excel is not there', async () => {
    await expect(port().read()).rejects.toThrow(/^Lecture du classeur impossible : Excel n’est pas disponible/);
  });

  it.each([
    ['no Office.js', undefined, { supported: false, reason: 'office-unavailable' }],
    ['ExcelApi 1.8', (set: string, v: string) => set === 'ExcelApi' && Number(v) <= 1.8, { supported: true, reason: 'ok' }],
    ['ExcelApi 1.7 only', (set: string, v: string) => set === 'ExcelApi' && Number(v) <= 1.7, { supported: false, reason: 'api-too-old' }],
  ])('excelRequirementStatus with %s', (_label, isSetSupported, expected) => {
    const holder = globalThis as { Office?: unknown };
    if (isSetSupported) holder.Office = { context: { requirements: { isSetSupported } } };
    try {
      expect(excelRequirementStatus()).toEqual({ ...expected, requirement: 'ExcelApi 1.8' });
    } finally {
      delete holder.Office;
    }
  });
});

describe('apply(plan) adopts a table kept as a plain range', () => {
  it('turns the user range into the table, every value untouched, so validation reads the user rows', async () => {
    const state = use(blank());
    const sheet = state.addSheet('Financements');
    sheet.set('A1', [['Financements du CLS 2025-2027']]);
    sheet.set('A3', [
      ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'],
      ['Coordination', null, 'ARS', 'Financier', 2025, 25000, 'Acquis', null],
      ['Coordination', null, 'Collectivité porteuse', 'Financier', 2025, 25000, 'Acquis', 'cofinancement'],
    ]);
    const before = sheet.contents();
    const excel = port();
    const { plan } = adoptPlainRanges(planWorkbook({ profile: 'normandie', years: 3, sample: false }), await excel.read());
    const outcome = await excel.apply!(plan);
    // Every user value as it was; the contract column the range lacks is added at its right, which is free.
    expect(sheet.contents()).toEqual({ ...before, I3: 'Montant versé (€)' });
    expect(outcome.adoptedRanges).toEqual(['Financements!A3:H5 → CLS_Financements']);
    expect(outcome.addedColumns).toEqual(['CLS_Financements[Montant versé (€)]']);
    expect(outcome.createdTables).not.toContain('CLS_Financements');
    expect(state.table('CLS_Financements')!.rect).toEqual({ top: 3, left: 1, bottom: 5, right: 9 });
    const report = validateWorkbook(await excel.read(), { asOf: '2026-11-23' });
    expect(report.totals.committedCents).toBe(5_000_000);
  });

  it('changes nothing when the range changed between the preview and the click', async () => {
    const state = use(blank());
    const sheet = state.addSheet('Financements');
    sheet.set('A3', [
      ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'],
      ['Coordination', null, 'ARS', 'Financier', 2025, 25000, 'Acquis', null],
    ]);
    const excel = port();
    const { plan } = adoptPlainRanges(planWorkbook({ profile: 'normandie', years: 3, sample: false }), await excel.read());
    // Meanwhile the user inserted a row above: A3 is now a data row.
    sheet.set('A3', [['Coordination', null, 'ARS', 'Financier', 2025, 25000, 'Acquis', null]]);
    const sheetsBefore = state.sheets.map((s) => s.name);
    await expect(excel.apply!(plan)).rejects.toThrow(/le classeur a changé depuis l’aperçu \(Financements!A3:H4/);
    expect(state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(state.table('CLS_Financements')).toBeUndefined();
  });
});

describe('sheets named like ours but not ours', () => {
  const userSynthesis = (state: FakeWorkbookState) => {
    const sheet = state.addSheet('Synthèse');
    sheet.set('A1', [['Mon bilan 2024', 'à garder'], ['Actions', 12]]);
    return sheet;
  };

  it('never rebuilds a user sheet called Synthèse: it is skipped, and no name points into it', async () => {
    const state = use(blank());
    const sheet = userSynthesis(state);
    const before = sheet.contents();
    const outcome = await port().apply!(handPlan);
    expect(sheet.contents()).toEqual(before);
    expect(outcome.skippedSheets).toEqual(['Synthèse']);
    expect(outcome.rebuiltSheets).not.toContain('Synthèse');
    expect(state.name('CLS_Feuille_Synthese')).toBeUndefined();
  });

  it('with the plan fitted to the workbook, puts ours beside it as « Synthèse (CLS) » and rebuilds only that one', async () => {
    const state = use(blank());
    const sheet = userSynthesis(state);
    const before = sheet.contents();
    const excel = port();
    const fit = async () => claimOwnedSheets(planWorkbook({ profile: 'normandie', years: 3, sample: false }), await excel.read()).plan;
    const first = await excel.apply!(await fit());
    expect(first.createdSheets).toContain('Synthèse (CLS)');
    expect(state.name('CLS_Feuille_Synthese')?.formula).toBe("='Synthèse (CLS)'!$A$1");
    const second = await excel.apply!(await fit());
    expect(second.rebuiltSheets).toContain('Synthèse (CLS)');
    expect(second.skippedSheets).toEqual([]);
    expect(sheet.contents()).toEqual(before);
  });

  it('writes Contrôle beside a user sheet of that name, then rebuilds its own', async () => {
    const state = use(blank());
    const mine = state.addSheet('Contrôle');
    mine.set('A1', [['Contrôle interne de la collectivité']]);
    const excel = port();
    await excel.writeControl!([{ severity: 'Erreur', rule: 'cell.not-number', sheet: 'Financements', cell: 'F2', message: 'Texte', value: '25 000 €', suggestion: '' }]);
    await excel.writeControl!([]);
    expect(mine.contents()).toEqual({ A1: 'Contrôle interne de la collectivité' });
    expect(state.table('CLS_Controle')?.sheet.name).toBe('Contrôle (CLS)');
    expect(state.name('CLS_Feuille_Controle')?.formula).toBe("='Contrôle (CLS)'!$A$1");
  });
});

describe('columns added to a user table', () => {
  it('are added only into empty columns beside it: a note right of the table never moves', async () => {
    const state = use(userWorkbook(5));
    const actions = state.sheet("Plan d'action")!;
    actions.set('F3', [['à revoir en COTECH']]);
    const outcome = await port().apply!(handPlan);
    expect(actions.contents()['F3']).toBe('à revoir en COTECH');
    expect(outcome.addedColumns.filter((c) => c.startsWith('CLS_Actions'))).toEqual([]);
    expect(outcome.blockedColumns).toEqual(['CLS_Actions[Avancement (%)]', 'CLS_Actions[Fin]']);
    expect(state.table('CLS_Actions')!.headers()).toEqual(['N° action', "Intitulé de l'action", 'Début', 'Statut', 'Ma colonne']);
  });

  it.each([['G2'], ['BZ4']])('are not added when anything sits right of the table on its rows (%s)', async (address) => {
    const state = use(userWorkbook(5));
    state.sheet("Plan d'action")!.set(address, [['note']]);
    const outcome = await port().apply!(handPlan);
    expect(outcome.blockedColumns).toEqual(['CLS_Actions[Avancement (%)]', 'CLS_Actions[Fin]']);
    expect(state.sheet("Plan d'action")!.contents()[address]).toBe('note');
  });

  it('are added when the rows right of the table are free, even with content below it', async () => {
    const state = use(userWorkbook(5));
    state.sheet("Plan d'action")!.set('H20', [['sous le tableau']]);
    const outcome = await port().apply!(handPlan);
    expect(outcome.blockedColumns).toEqual([]);
    expect(outcome.addedColumns.filter((c) => c.startsWith('CLS_Actions'))).toEqual(['CLS_Actions[Avancement (%)]', 'CLS_Actions[Fin]']);
    expect(state.sheet("Plan d'action")!.contents()['H20']).toBe('sous le tableau');
  });
});

describe('names', () => {
  it('never repoints a Liste_ name the user made for their own sheet', async () => {
    const state = use(blank());
    state.addSheet('Mes listes').set('A1', [['Prévu'], ['Fait']]);
    state.addName('Liste_Statuts', "='Mes listes'!$A$1:$A$2");
    await port().apply!(handPlan);
    await port().apply!(handPlan);
    expect(state.name('Liste_Statuts')?.formula).toBe("='Mes listes'!$A$1:$A$2");
    expect(state.name('Liste_Financeurs')?.formula).toBe('=CLS_Financeurs[Financeur]');
  });
});
