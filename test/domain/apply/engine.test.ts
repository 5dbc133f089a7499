/**
 * The apply engine's decisions on small hand-made plans and workbooks: what it refuses, which names it repoints,
 * which document properties it fills, which sheets it hides, where a range writes on a user sheet.
 */
import { planChanges, readRequests, sheetsToRebuild } from '../../../src/domain/apply/engine';
import { answersFromSnapshot, inventoryOfSnapshot } from '../../../src/domain/apply/snapshot-facts';
import type { Inventory } from '../../../src/domain/apply/facts';
import type { ChangeSet } from '../../../src/domain/apply/changes';
import type { PlanCell, WorkbookPlan } from '../../../src/domain/generate/plan';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

/** Ours: a hidden list sheet and a user input sheet holding a free block and a table. */
const PLAN: WorkbookPlan = {
  sheets: [
    { name: 'Listes', owned: true, hidden: true, blocks: [{ kind: 'range', anchor: 'A1', values: [['Statuts'], ['En cours']] }] },
    {
      name: 'Saisie',
      owned: false,
      blocks: [
        { kind: 'range', anchor: 'A1', values: [['Titre', null, '=1', { formula: 'SUM(1,2)' }]], numberFormats: [[null, null, '0', '0']] },
        { kind: 'table', name: 'CLS_Essai', anchor: 'A3', columns: [{ header: 'Nom', width: 10 }, { header: 'Montant (€)', width: 10, numberFormat: '0.00' }], rows: [['a', 1]], style: 'TableStyleLight1' },
      ],
    },
  ],
  names: [
    { name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$2', comment: 'Statuts' },
    { name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' },
  ],
  properties: { title: 'Mon CLS', creator: 'Tableaux CLS' },
};

function changes(snapshot: WorkbookSnapshot, inventoryEdits: Partial<Inventory> = {}, plan: WorkbookPlan = PLAN): ChangeSet {
  const inventory = { ...inventoryOfSnapshot(snapshot), ...inventoryEdits };
  return planChanges(plan, inventory, answersFromSnapshot(snapshot, readRequests(plan, inventory)));
}

const EMPTY: WorkbookSnapshot = { sheets: [], tables: [], names: [] };
const saisie = (values: WorkbookSnapshot['sheets'][number]['values']): WorkbookSnapshot => ({ sheets: [{ name: 'Saisie', top: 1, left: 1, values }], tables: [], names: [] });

describe('refusals, decided before anything is written', () => {
  it('none on an empty workbook: both sheets created, the list sheet hidden, names added with their comment', () => {
    const set = changes(EMPTY);
    expect(set.refusals).toEqual([]);
    expect(set.sheets.map((s) => [s.name, s.fate])).toEqual([['Listes', 'create'], ['Saisie', 'create']]);
    expect(set.hide).toEqual(['Listes']);
    expect(set.names).toEqual([
      { op: 'add', name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$2', comment: 'Statuts' },
      { op: 'add', name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' },
    ]);
    expect(set.outcome).toMatchObject({ createdSheets: ['Listes', 'Saisie'], createdTables: ['CLS_Essai'], createdNames: ['Liste_Statuts', 'CLS_Feuille_Listes'], keptCells: 0 });
    expect(set.properties).toEqual({ title: 'Mon CLS', author: 'Tableaux CLS' });
  });

  it('a read-only workbook comes first; a protected structure only when sheets must be added', () => {
    expect(changes(EMPTY, { readOnly: true, workbookProtected: true }).refusals).toEqual([{ kind: 'read-only' }, { kind: 'workbook-protected' }]);
    const existing: WorkbookSnapshot = { sheets: [{ name: 'Listes', top: 1, left: 1, values: [] }, { name: 'Saisie', top: 1, left: 1, values: [] }], tables: [], names: [] };
    expect(changes(existing, { workbookProtected: true }).refusals).toEqual([]);
  });

  it('a protected user sheet is refused only when something would be written on it', () => {
    const protectedSaisie = (snapshot: WorkbookSnapshot): Partial<Inventory> => ({ sheets: inventoryOfSnapshot(snapshot).sheets.map((s) => ({ ...s, protected: true })) });
    const blank = saisie([]);
    expect(changes(blank, protectedSaisie(blank)).refusals).toEqual([{ kind: 'sheet-protected', sheet: 'Saisie' }]);
    // Two titles in A1:A2 and no table: protected Saisie is refused while one of them is still to write.
    const titles: WorkbookPlan = { sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'range', anchor: 'A1', values: [['Titre'], ['Sous-titre']] }] }], names: [] };
    const bothTyped = saisie([['Mon titre'], ['Mon sous-titre']]);
    expect(changes(bothTyped, protectedSaisie(bothTyped), titles).refusals).toEqual([]);
    const firstTyped = saisie([['Mon titre'], [null]]);
    expect(changes(firstTyped, protectedSaisie(firstTyped), titles).refusals).toEqual([{ kind: 'sheet-protected', sheet: 'Saisie' }]);
  });

  it('a table name already taken by a defined name, whatever its case', () => {
    const snapshot: WorkbookSnapshot = { ...EMPTY, names: [{ name: 'cls_essai', ref: 'Feuil1!$A$1' }] };
    expect(changes(snapshot).refusals).toEqual([{ kind: 'name-taken', name: 'cls_essai' }]);
  });
});

describe('on a user sheet, only empty cells are written', () => {
  it('a filled cell of a free block is kept and counted, the table goes below what the user wrote', () => {
    const set = changes(saisie([['Mon titre', null, null, null], [null, null, null], ['x']]));
    const sheet = set.sheets.find((s) => s.name === 'Saisie');
    expect(sheet?.fate).toBe('keep');
    const [range, table] = sheet?.blocks ?? [];
    // The text « =1 » would become a formula in a General cell: written as text; the formula keeps the planned format.
    expect(range).toMatchObject({ kind: 'range', area: { top: 1, left: 1, bottom: 1, right: 4 }, cells: [[null, null, '=1', { formula: 'SUM(1,2)' }]], formats: [[null, null, '@', '0']] });
    // The user's A3 holds « x »: the table's planned place is taken, so it goes two rows below the used range.
    expect(table).toMatchObject({ kind: 'table', area: { top: 5, left: 1, bottom: 6, right: 2 }, cells: [['Nom', 'Montant (€)'], ['a', 1]], formats: [[null, null], [null, '0.00']] });
    expect(set.outcome.keptCells).toBe(1);
  });

  it('a cell holding exactly what the plan writes there is no user data: the table keeps its place', () => {
    const set = changes(saisie([[], [], ['Nom', 'montant (€)'], ['a']]));
    const table = set.sheets.find((s) => s.name === 'Saisie')?.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ area: { top: 3, left: 1, bottom: 4, right: 2 } });
  });
});

describe('defined names: ours are repointed, the user’s never', () => {
  const withName = (ref: string, name = 'Liste_Statuts'): WorkbookSnapshot => ({ ...EMPTY, names: [{ name, ref }] });
  it.each([
    ['#REF!', 'set'],
    ['=#REF!$A$1', 'set'],
    ['CLS_Actions[Statut]', 'set'],
    ['=INDIRECT("CLS_Actions[Statut]")', 'set'],
    ['Feuil1!$A$1:$A$5', 'kept'],
    ['MesListes[Statut]', 'kept'],
    ['MesCLS_Actions[Statut]', 'kept'],
  ])('Liste_Statuts pointing at %s: %s', (ref, fate) => {
    const name = changes(withName(ref)).names.find((n) => n.name === 'Liste_Statuts');
    expect(name).toEqual(fate === 'set' ? { op: 'set', name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$2' } : undefined);
  });

  it('a name into our marked sheet is ours; the same name in another case is the user’s (only `Liste_` is our prefix)', () => {
    const marked: WorkbookSnapshot = {
      sheets: [{ name: 'Listes', top: 1, left: 1, values: [['x']] }],
      tables: [],
      names: [{ name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }, { name: 'Liste_Statuts', ref: 'Listes!$B$1' }],
    };
    const set = changes(marked);
    expect(set.names).toEqual([
      { op: 'set', name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$2' },
      { op: 'set', name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' },
    ]);
    const lowerCase = changes({ ...marked, names: [{ name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }, { name: 'liste_statuts', ref: 'Listes!$B$1' }] });
    expect(lowerCase.names).toEqual([{ op: 'set', name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }]);
    expect(set.outcome.createdNames).toEqual([]);
    expect(set.sheets[0]?.fate).toBe('rebuild');
  });

  it('no name points into a user sheet that bears our name: the sheet is skipped and so are its names', () => {
    const userListes: WorkbookSnapshot = { sheets: [{ name: 'LISTES', top: 1, left: 1, values: [['à moi']] }], tables: [], names: [] };
    const set = changes(userListes);
    expect(set.outcome.skippedSheets).toEqual(['LISTES']);
    expect(set.names).toEqual([]);
    expect(set.hide).toEqual([]);
  });
});

describe('document properties are the user’s once set', () => {
  it.each([
    [{ title: '', author: '' }, { title: 'Mon CLS', author: 'Tableaux CLS' }],
    [{ title: 'Le sien', author: '' }, { author: 'Tableaux CLS' }],
    [{ title: '', author: 'Elle' }, { title: 'Mon CLS' }],
    [{ title: 'Le sien', author: 'Elle' }, {}],
  ])('%j → %j', (properties, expected) => {
    expect(changes(EMPTY, { properties }).properties).toEqual(expected);
  });

  it('none without properties to set or known', () => {
    expect(changes(EMPTY, { properties: undefined as never }).properties).toBeUndefined();
    expect(changes(EMPTY, {}, { ...PLAN, properties: undefined as never })).not.toHaveProperty('properties');
  });
});

/** Saisie with the table CLS_Essai (Nom, Montant (€)) planned at A3, made of the user's range `adoptRange` when given. */
const essaiPlan = (adoptRange?: string): WorkbookPlan => ({
  sheets: [
    {
      name: 'Saisie',
      owned: false,
      blocks: [{ kind: 'table', name: 'CLS_Essai', anchor: 'A3', ...(adoptRange === undefined ? {} : { adoptRange }), columns: [{ header: 'Nom', width: 10 }, { header: 'Montant (€)', width: 10 }], rows: [['a', 1]], style: 'TableStyleLight1' }],
    },
  ],
  names: [],
});

describe('an interrupted Créer is recognised, and only it', () => {
  const ESSAI = essaiPlan();
  const withAdopt = essaiPlan;
  /** Saisie holding `rows` from A3, and one table. */
  const workbook = (rows: WorkbookSnapshot['sheets'][number]['values'], table: Partial<WorkbookSnapshot['tables'][number]> | null): WorkbookSnapshot => ({
    sheets: [
      { name: 'Saisie', top: 3, left: 1, values: rows },
      { name: 'Autre', top: 1, left: 1, values: [] },
    ],
    tables: table === null ? [] : [{ name: 'Tableau1', sheet: 'Saisie', top: 3, left: 1, bottom: 4, right: 2, hasHeaderRow: true, ...table }],
    names: [],
  });
  const firstBlock = (set: ChangeSet) => set.sheets.find((s) => s.name === 'Saisie')?.blocks[0];
  const OURS = [['Nom', 'Montant (€)'], ['a', 1]];

  it.each<[string, Partial<WorkbookSnapshot['tables'][number]>, WorkbookSnapshot['sheets'][number]['values']]>([
    ['Tableau1', {}, OURS],
    ['tableau12, Excel’s default in another case', { name: 'tableau12' }, OURS],
    ['Table3, the English default', { name: 'Table3' }, OURS],
    ['longer than planned (rows were being written)', { bottom: 9 }, OURS],
    ['with headers in other spellings', {}, [['nom', 'Montant(€)'], ['a', 1]]],
  ])('a default-named table at the planned place with the planned headers is named: %s', (_label, table, rows) => {
    const set = changes(workbook(rows, table), {}, ESSAI);
    expect(firstBlock(set)).toMatchObject({ kind: 'rename', from: table.name ?? 'Tableau1' });
    expect(set.outcome.createdTables).toEqual(['CLS_Essai']);
  });

  it.each<[string, Partial<WorkbookSnapshot['tables'][number]>, WorkbookSnapshot['sheets'][number]['values']]>([
    ['a table the user named', { name: 'Ventes' }, OURS],
    ['a name only like a default', { name: 'MaTable1' }, OURS],
    ['no header row', { hasHeaderRow: false }, OURS],
    ['a row lower', { top: 4, bottom: 5 }, [[null], ['Nom', 'Montant (€)'], ['a', 1]]],
    ['a column to the right', { left: 2, right: 3 }, [[null, 'Nom', 'Montant (€)'], [null, 'a', 1]]],
    ['one column wider', { right: 3 }, [['Nom', 'Montant (€)', 'Note'], ['a', 1]]],
    ['other headers', {}, [['Nom', 'Montant'], ['a', 1]]],
    ['on another sheet', { sheet: 'Autre' }, []],
  ])('anything else is not ours to name, and the new table goes elsewhere: %s', (_label, table, rows) => {
    const set = changes(workbook(rows, table), {}, ESSAI);
    expect(firstBlock(set)?.kind).toBe('table');
  });

  it("the same table at the same place on another sheet is that sheet's, not ours to name", () => {
    const elsewhere: WorkbookSnapshot = { ...workbook([], { sheet: 'Autre' }), sheets: [{ name: 'Saisie', top: 1, left: 1, values: [] }, { name: 'Autre', top: 3, left: 1, values: OURS }] };
    const set = changes(elsewhere, {}, ESSAI);
    expect(firstBlock(set)?.kind).toBe('table');
    expect(set.outcome.createdTables).toEqual(['CLS_Essai']);
  });

  it('a plain range at the planned place holding only what the plan writes is made the table as planned', () => {
    const set = changes(workbook(OURS, null), {}, withAdopt('A3:B4'));
    expect(firstBlock(set)).toMatchObject({ kind: 'table', area: { top: 3, left: 1, bottom: 4, right: 2 } });
    expect(set.outcome.adoptedRanges).toEqual([]);
    // Emptied since the preview: nothing of the user's is left there, the table is made as planned too.
    expect(firstBlock(changes(workbook([], null), {}, withAdopt('A3:B4')))).toMatchObject({ kind: 'table', area: { top: 3, left: 1, bottom: 4, right: 2 } });
  });

  it.each<[string, string, WorkbookSnapshot['sheets'][number]['values']]>([
    ['a cell the user typed', 'A3:B4', [['Nom', 'Montant (€)'], ['b', 1]]],
    ['the same values elsewhere', 'A4:B5', [[null], ['Nom', 'Montant (€)'], ['a', 1]]],
    ['the same values a column to the right', 'B3:C4', [[null, 'Nom', 'Montant (€)'], [null, 'a', 1]]],
  ])('any other plain range is the user’s, adopted as it is: %s', (_label, range, rows) => {
    const set = changes(workbook(rows, null), {}, withAdopt(range));
    expect(firstBlock(set)).toMatchObject({ kind: 'adopt', range });
    expect(set.outcome.adoptedRanges).toEqual([`Saisie!${range} → CLS_Essai`]);
  });

  it.each<[string, WorkbookSnapshot['sheets'][number]['values']]>([
    ['a header emptied', [['Nom', ''], ['zzz', 5]]],
    ['a header of spaces', [['Nom', '  '], ['zzz', 5]]],
    ['a header repeated', [['Nom', ' nom'], ['zzz', 5]]],
    ['no header of the table', [['Prénom', 'Âge'], ['zzz', 5]]],
  ])('a range changed since the preview is refused: %s', (_label, rows) => {
    const set = changes(workbook(rows, null), {}, withAdopt('A3:B4'));
    expect(set.refusals).toEqual([{ kind: 'changed-since-preview', where: 'Saisie!A3:B4' }]);
    expect(set.sheets.find((s) => s.name === 'Saisie')?.blocks).toEqual([]);
  });
});

describe('a user sheet: protection and the tables already there', () => {
  const RANGE_ONLY: WorkbookPlan = { sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'range', anchor: 'A1', values: [['Titre', 'Sous-titre']] }] }], names: [] };
  const protectedAll = (snapshot: WorkbookSnapshot): Partial<Inventory> => ({ sheets: inventoryOfSnapshot(snapshot).sheets.map((s) => ({ ...s, protected: true })) });

  it('a protected sheet whose planned cells the user already filled is not refused: nothing would be written', () => {
    const filled = saisie([['Le mien', 'Aussi']]);
    expect(changes(filled, protectedAll(filled), RANGE_ONLY).refusals).toEqual([]);
    const halfFilled = saisie([['Le mien']]);
    expect(changes(halfFilled, protectedAll(halfFilled), RANGE_ONLY).refusals).toEqual([{ kind: 'sheet-protected', sheet: 'Saisie' }]);
  });

  it('a table of another sheet at the planned place does not move ours; one of this sheet does', () => {
    const TABLE_ONLY: WorkbookPlan = { sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'table', name: 'CLS_Essai', anchor: 'A3', columns: [{ header: 'Nom', width: 10 }], rows: [['a']], style: 'TableStyleLight1' }] }], names: [] };
    const withTableOn = (sheet: string): WorkbookSnapshot => ({
      sheets: [
        { name: 'Saisie', top: 1, left: 1, values: [] },
        { name: 'Autre', top: 1, left: 1, values: [] },
      ],
      tables: [{ name: 'Ventes', sheet, top: 3, left: 1, bottom: 4, right: 1, hasHeaderRow: true }],
      names: [],
    });
    const areaOf = (snapshot: WorkbookSnapshot) => changes(snapshot, {}, TABLE_ONLY).sheets.find((s) => s.name === 'Saisie')?.blocks[0];
    expect(areaOf(withTableOn('Autre'))).toMatchObject({ kind: 'table', area: { top: 3, left: 1, bottom: 4, right: 1 } });
    // Below the table in the way, one blank row apart.
    expect(areaOf(withTableOn('saisie'))).toMatchObject({ kind: 'table', area: { top: 6, left: 1, bottom: 7, right: 1 } });
  });
});

describe('a sheet bearing one of our names', () => {
  const listes = (sheet: Partial<WorkbookSnapshot['sheets'][number]>, extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot => ({
    sheets: [{ name: 'Listes', top: 1, left: 1, values: [], ...sheet }],
    tables: [],
    names: [],
    ...extra,
  });
  const fateOf = (snapshot: WorkbookSnapshot) => changes(snapshot).sheets.find((s) => s.name === 'Listes');

  it.each<[string, WorkbookSnapshot, string]>([
    ['blank and unmarked: an interrupted Créer’s, rebuilt', listes({}), 'rebuild'],
    ['unmarked, holding a value: the user’s, skipped', listes({ values: [['mes listes']] }), 'skip'],
    ['unmarked, holding a chart: the user’s, skipped', listes({ drawings: 1 }), 'skip'],
    ['unmarked, holding a table: the user’s, skipped', listes({}, { tables: [{ name: 'Vieux', sheet: 'listes', top: 1, left: 1, bottom: 2, right: 1, hasHeaderRow: true }] }), 'skip'],
    ['marked, holding a value: ours, rebuilt', listes({ values: [['x']] }, { names: [{ name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }] }), 'rebuild'],
  ])('%s', (_label, snapshot, fate) => {
    const set = changes(snapshot);
    expect(set.sheets.find((s) => s.name === 'Listes')?.fate ?? (set.outcome.skippedSheets?.includes('Listes') ? 'skip' : 'none')).toBe(fate);
  });

  it('rebuilding our sheet deletes the tables on it, and only those', () => {
    const snapshot = listes(
      { values: [['x']] },
      {
        names: [{ name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }],
        tables: [
          { name: 'Vieux', sheet: 'Listes', top: 1, left: 1, bottom: 2, right: 1, hasHeaderRow: true },
          { name: 'Autre', sheet: 'Saisie', top: 1, left: 1, bottom: 2, right: 1, hasHeaderRow: true },
        ],
      },
    );
    expect(fateOf({ ...snapshot, sheets: [...snapshot.sheets, { name: 'Saisie', top: 1, left: 1, values: [] }] })?.tablesToDelete).toEqual(['Vieux']);
  });

  it('a contract table on the sheet it rebuilds is not extended there: it is deleted with the sheet and made anew where planned', () => {
    const snapshot = listes(
      { values: [['x']] },
      { names: [{ name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' }], tables: [{ name: 'CLS_Essai', sheet: 'Listes', top: 3, left: 1, bottom: 4, right: 2, hasHeaderRow: true }] },
    );
    const set = changes({ ...snapshot, sheets: [...snapshot.sheets, { name: 'Saisie', top: 1, left: 1, values: [] }] });
    expect(set.sheets.find((s) => s.name === 'Listes')?.tablesToDelete).toEqual(['CLS_Essai']);
    expect(set.sheets.find((s) => s.name === 'Saisie')?.blocks.map((b) => b.kind)).toEqual(['range', 'table']);
    expect(set.additions).toEqual([]);
  });
});

describe('a contract table already in the workbook is extended where it is, never moved nor overwritten', () => {
  const column = (header: string, numberFormat?: string) => ({ header, width: 10, ...(numberFormat === undefined ? {} : { numberFormat }) });
  const essai = (columns: readonly ReturnType<typeof column>[], rows: PlanCell[][]): WorkbookPlan => ({
    sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'table', name: 'CLS_Essai', anchor: 'A3', columns: [...columns], rows, style: 'TableStyleLight1' }] }],
    names: [],
  });
  const NOM_MONTANT_STATUT = essai([column('Nom'), column('Montant (€)', '0.00'), column('Statut')], [['a', 1, 'Prévu'], ['b', 2, null], ['c', 3, null]]);
  /** CLS_Essai on A3:B6: header, two data rows (the user typed x in A4 and 5 in B5), and a totals row. */
  const withTable = (extra: WorkbookSnapshot['sheets'][number]['values'] = []): WorkbookSnapshot => ({
    sheets: [{ name: 'Saisie', top: 1, left: 1, values: [['Titre'], [], ['Nom', 'Montant (€)'], ['x', null], [null, 5], ['Total', 5], ...extra] }],
    tables: [{ name: 'CLS_Essai', sheet: 'Saisie', top: 3, left: 1, bottom: 6, right: 2, hasHeaderRow: true }],
    names: [],
  });
  const TOTALS = (snapshot: WorkbookSnapshot): Partial<Inventory> => ({ tables: inventoryOfSnapshot(snapshot).tables.map((t) => ({ ...t, showTotals: true })) });

  it('reads the data rows the plan would fill, not the totals row, and what lies on the right', () => {
    const snapshot = withTable();
    const requests = readRequests(NOM_MONTANT_STATUT, { ...inventoryOfSnapshot(snapshot), ...TOTALS(snapshot) });
    expect(requests.filter((r) => r.kind === 'cells')).toEqual([{ kind: 'cells', sheet: 'Saisie', area: { top: 4, left: 1, bottom: 5, right: 2 } }]);
    expect(requests).toContainEqual({ kind: 'occupied', sheet: 'Saisie', area: { top: 3, left: 3, bottom: 6, right: 66 } });
    expect(requests).toContainEqual({ kind: 'columns', table: 'CLS_Essai' });
  });

  it('adds the missing column for the data rows, keeps and counts the cells the user filled, and writes no row', () => {
    const snapshot = withTable();
    const set = changes(snapshot, TOTALS(snapshot), NOM_MONTANT_STATUT);
    expect(set.refusals).toEqual([]);
    expect(set.additions).toEqual([{ table: 'CLS_Essai', sheet: 'Saisie', columns: [column('Statut')], dataRows: 2 }]);
    expect(set.outcome.addedColumns).toEqual(['CLS_Essai[Statut]']);
    expect(set.outcome.createdTables).toEqual([]);
    // « a » over the user's x and 2 over their 5; the third planned row has no data row to go to.
    expect(set.outcome.keptCells).toBe(2);
    expect(set.sheets.find((s) => s.name === 'Saisie')?.blocks).toEqual([]);
  });

  it('without a totals row, the last row is a data row', () => {
    const set = changes(withTable(), {}, NOM_MONTANT_STATUT);
    expect(set.additions[0]?.dataRows).toBe(3);
    // Now the third planned row goes over « Total » and 5 too.
    expect(set.outcome.keptCells).toBe(4);
  });

  it('adds nothing when no column is missing', () => {
    const snapshot = withTable();
    const set = changes(snapshot, TOTALS(snapshot), essai([column('nom'), column('Montant(€)')], [['a', 1]]));
    expect(set.additions).toEqual([]);
    expect(set.outcome.addedColumns).toEqual([]);
    expect(set.outcome.blockedColumns).toEqual([]);
  });

  type Grid = WorkbookSnapshot['sheets'][number]['values'];
  const farRight = (column: number) => (values: Grid): Grid => [[...Array<null>(column - 1).fill(null), 'loin'], ...values.slice(1)];
  it.each<[string, (values: Grid) => Grid, boolean]>([
    ['a note beside a row of the table', (values) => values.map((row, r) => (r === 4 ? [null, 5, 'ma note'] : row)), true],
    // The band is the 64 columns right of the table (C to BN): BO is past it, and the sheet's used range reaches it.
    ['a value above the table, past the band (BO1)', farRight(67), true],
    ['a value above the table, in the last column of the band (BN1)', farRight(66), false],
  ])('a column is added only when nothing would be shifted: %s', (_label, edit, blocked) => {
    const base = withTable();
    const snapshot: WorkbookSnapshot = { ...base, sheets: [{ ...base.sheets[0]!, values: edit(base.sheets[0]!.values) }] };
    const set = changes(snapshot, TOTALS(snapshot), NOM_MONTANT_STATUT);
    expect(set.additions).toEqual(blocked ? [] : [{ table: 'CLS_Essai', sheet: 'Saisie', columns: [column('Statut')], dataRows: 2 }]);
    expect(set.outcome.blockedColumns).toEqual(blocked ? ['CLS_Essai[Statut]'] : []);
  });

  it('a table with only its header row: nothing to read or keep, the column still added', () => {
    const headerOnly: WorkbookSnapshot = { ...withTable(), tables: [{ name: 'CLS_Essai', sheet: 'Saisie', top: 3, left: 1, bottom: 3, right: 2, hasHeaderRow: true }] };
    const requests = readRequests(NOM_MONTANT_STATUT, inventoryOfSnapshot(headerOnly));
    expect(requests.filter((r) => r.kind === 'cells')).toEqual([]);
    const set = changes(headerOnly, {}, NOM_MONTANT_STATUT);
    expect(set.additions).toEqual([{ table: 'CLS_Essai', sheet: 'Saisie', columns: [column('Statut')], dataRows: 0 }]);
    expect(set.outcome.keptCells).toBe(0);
  });

  it('a table without a header row is left as it is: no column names to match', () => {
    const noHeader: WorkbookSnapshot = { ...withTable(), tables: [{ name: 'CLS_Essai', sheet: 'Saisie', top: 4, left: 1, bottom: 6, right: 2, hasHeaderRow: false }] };
    const requests = readRequests(NOM_MONTANT_STATUT, inventoryOfSnapshot(noHeader));
    expect(requests.filter((r) => r.kind === 'cells' || r.kind === 'occupied')).toEqual([]);
    const set = changes(noHeader, {}, NOM_MONTANT_STATUT);
    expect(set.additions).toEqual([]);
    expect(set.outcome).toMatchObject({ keptCells: 0, blockedColumns: [], addedColumns: [] });
  });

  it("a user's own table is not read for its columns", () => {
    const snapshot: WorkbookSnapshot = { ...withTable(), tables: [...withTable().tables, { name: 'Ventes', sheet: 'Saisie', top: 10, left: 1, bottom: 12, right: 2, hasHeaderRow: true }] };
    const columns = readRequests(NOM_MONTANT_STATUT, inventoryOfSnapshot(snapshot)).filter((r) => r.kind === 'columns');
    expect(columns).toEqual([{ kind: 'columns', table: 'CLS_Essai' }]);
  });
});

describe("a user's range made into the table", () => {
  const ADOPT = essaiPlan('D3:E6');
  const range = (header: readonly (string | null)[]): WorkbookSnapshot => ({
    sheets: [{ name: 'Saisie', top: 3, left: 4, values: [[...header], ['x', 'y'], ['z', 't'], ['u', 'v']] }],
    tables: [],
    names: [],
  });

  it('keeps the columns of its own beside those of the contract, and adds the missing ones for its rows', () => {
    const set = changes(range(['Nom', 'Remarque']), {}, ADOPT);
    expect(set.refusals).toEqual([]);
    expect(set.sheets.find((s) => s.name === 'Saisie')?.blocks).toEqual([{ kind: 'adopt', range: 'D3:E6', block: ADOPT.sheets[0]!.blocks[0] }]);
    expect(set.additions).toEqual([{ table: 'CLS_Essai', sheet: 'Saisie', columns: [{ header: 'Montant (€)', width: 10 }], dataRows: 3 }]);
    expect(set.outcome.addedColumns).toEqual(['CLS_Essai[Montant (€)]']);
  });

  it("reads its header row and the band on its right; the plan's own place only when the range starts there", () => {
    const layout = inventoryOfSnapshot(range(['Nom', 'Remarque']));
    const used = { kind: 'used', sheet: 'Saisie' };
    expect(readRequests(ADOPT, layout)).toEqual([
      used,
      { kind: 'cells', sheet: 'Saisie', area: { top: 3, left: 4, bottom: 3, right: 5 } },
      { kind: 'occupied', sheet: 'Saisie', area: { top: 3, left: 6, bottom: 6, right: 69 } },
    ]);
    // Same column as the planned A3, two rows lower: not where an interrupted Créer writes.
    expect(readRequests(essaiPlan('A5:B8'), layout)).toEqual([
      used,
      { kind: 'cells', sheet: 'Saisie', area: { top: 5, left: 1, bottom: 5, right: 2 } },
      { kind: 'occupied', sheet: 'Saisie', area: { top: 5, left: 3, bottom: 8, right: 66 } },
    ]);
    expect(readRequests(essaiPlan('A3:B4'), layout)).toEqual([
      used,
      { kind: 'cells', sheet: 'Saisie', area: { top: 3, left: 1, bottom: 3, right: 2 } },
      { kind: 'occupied', sheet: 'Saisie', area: { top: 3, left: 3, bottom: 4, right: 66 } },
      { kind: 'cells', sheet: 'Saisie', area: { top: 3, left: 1, bottom: 4, right: 2 } },
      { kind: 'merges', sheet: 'Saisie', area: { top: 1, left: 1, bottom: 1_048_576, right: 2 } },
    ]);
  });

  it('a table planned inside the adopted range goes below it, though those cells are empty', () => {
    const adoptAndAnother: WorkbookPlan = {
      sheets: [
        {
          name: 'Saisie',
          owned: false,
          blocks: [...essaiPlan('D3:E8').sheets[0]!.blocks, { kind: 'table', name: 'CLS_Autre', anchor: 'D7', columns: [{ header: 'X', width: 10 }], rows: [['b']], style: 'TableStyleLight1' }],
        },
      ],
      names: [],
    };
    const set = changes(range(['Nom', 'Remarque']), {}, adoptAndAnother);
    // The user's values end on row 6, the adopted range on row 8: one blank row, then the table from row 10.
    expect(set.sheets[0]?.blocks[1]).toMatchObject({ kind: 'table', area: { top: 10, left: 4, bottom: 11, right: 4 } });
  });

  it('an empty header cell since the preview refuses it, and nothing is planned there', () => {
    const set = changes(range(['Nom', null]), {}, ADOPT);
    expect(set.refusals).toEqual([{ kind: 'changed-since-preview', where: 'Saisie!D3:E6' }]);
    expect(set.sheets[0]?.blocks).toEqual([]);
    expect(set.additions).toEqual([]);
  });

  it('on a sheet the workbook no longer has, the table is created as planned', () => {
    const set = changes(EMPTY, {}, ADOPT);
    expect(set.refusals).toEqual([]);
    expect(set.sheets[0]?.fate).toBe('create');
    expect(set.sheets[0]?.blocks).toMatchObject([{ kind: 'table', area: { top: 3, left: 1, bottom: 4, right: 2 } }]);
    expect(set.outcome.adoptedRanges).toEqual([]);
  });
});

describe('cells compared with what the plan writes there', () => {
  const ESSAI = essaiPlan('A3:B4');
  const at = (row: readonly unknown[]): WorkbookSnapshot => ({ sheets: [{ name: 'Saisie', top: 3, left: 1, values: [['Nom', 'Montant (€)'], row as never] }], tables: [], names: [] });

  it.each<[string, readonly unknown[], string]>([
    ['the planned values', ['a', 1], 'table'],
    ['the planned text in another case', ['A', 1], 'table'],
    ['another number', ['a', 2], 'adopt'],
    ['the number typed as text', ['a', '1'], 'adopt'],
    ['a number where the plan has text', [7, 1], 'adopt'],
  ])('%s: %s', (_label, row, kind) => {
    const block = changes(at(row), {}, ESSAI).sheets.find((s) => s.name === 'Saisie')?.blocks[0];
    expect(block?.kind).toBe(kind);
  });
});

describe('number formats of a free block', () => {
  const rangePlan = (numberFormats: Extract<WorkbookPlan['sheets'][number]['blocks'][number], { kind: 'range' }>['numberFormats']): WorkbookPlan => ({
    sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'range', anchor: 'B2', values: [[1, 2], [3, null]], ...(numberFormats === undefined ? {} : { numberFormats }) }] }],
    names: [],
  });
  const formatsOf = (plan: WorkbookPlan, values: WorkbookSnapshot['sheets'][number]['values'] = []) => {
    const block = changes(saisie(values), {}, plan).sheets[0]?.blocks[0];
    return block?.kind === 'range' ? block.formats : undefined;
  };

  it.each<[string, Parameters<typeof rangePlan>[0], (string | null)[][]]>([
    ['none', undefined, [[null, null], [null, null]]],
    ['one for the whole block', '0.00', [['0.00', '0.00'], ['0.00', null]]],
    ['per cell, with a row missing', [[null, '0 %']], [[null, '0 %'], [null, null]]],
  ])('%s', (_label, numberFormats, expected) => {
    expect(formatsOf(rangePlan(numberFormats))).toEqual(expected);
  });

  it('a user value where the plan writes nothing is not counted as kept', () => {
    const set = changes(saisie([[], [null, null, 'à moi'], [null, 'aussi', 'encore']]), {}, rangePlan(undefined));
    // C3 is the plan's empty cell; B2 free, C2 and B3 the user's.
    expect(set.outcome.keptCells).toBe(2);
    const block = set.sheets[0]?.blocks[0];
    expect(block?.kind === 'range' ? block.cells : undefined).toEqual([[1, null], [null, null]]);
  });
});

describe("structured references in the plan's formulas", () => {
  /** A total in Saisie!A1 over `reference`, above the planned table CLS_Essai. */
  const totalOver = (reference: string): WorkbookPlan => ({
    sheets: [
      {
        name: 'Saisie',
        owned: false,
        blocks: [{ kind: 'range', anchor: 'A1', values: [[{ formula: `SUM(${reference})` }]] }, ...essaiPlan().sheets[0]!.blocks],
      },
    ],
    names: [],
  });
  /** The coordinator's own CLS_Financements, on a sheet the plan does not touch. */
  const FUNDINGS: WorkbookSnapshot = {
    sheets: [{ name: 'Financements', top: 1, left: 1, values: [['Financeur', 'Montant (€)'], ['ARS', 100]] }],
    tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: 2, right: 2, hasHeaderRow: true }],
    names: [],
  };
  const total = (set: ChangeSet): PlanCell | undefined => {
    const block = set.sheets.find((s) => s.name === 'Saisie')?.blocks[0];
    return block?.kind === 'range' ? block.cells[0]?.[0] : undefined;
  };

  it('a contract table the workbook already has, elsewhere, is spelled as the workbook spells it, table and column', () => {
    const set = changes(FUNDINGS, {}, totalOver('cls_financements[MONTANT (€)]'));
    expect(set.refusals).toEqual([]);
    expect(total(set)).toEqual({ formula: 'SUM(CLS_Financements[Montant (€)])' });
  });

  it("the plan's own table, by its planned headers", () => {
    const set = changes(EMPTY, {}, totalOver('cls_essai[montant(€)]'));
    expect(set.refusals).toEqual([]);
    expect(total(set)).toEqual({ formula: 'SUM(CLS_Essai[Montant (€)])' });
  });

  it('a contract table the workbook lacks is refused by its name', () => {
    expect(changes(EMPTY, {}, totalOver('CLS_Financements[Montant (€)]')).refusals).toEqual([{ kind: 'missing-table', table: 'CLS_Financements' }]);
  });

  it('a column the table lacks is refused as the formula spells it, once however often it is named', () => {
    expect(changes(FUNDINGS, {}, totalOver('CLS_Financements[Montant versé (€)]')).refusals).toEqual([
      { kind: 'missing-column', table: 'CLS_Financements', column: 'Montant versé (€)' },
    ]);
    expect(changes(FUNDINGS, {}, totalOver('CLS_Financements[Montant versé (€)]+CLS_Financements[montant versé (€)]')).refusals).toHaveLength(1);
  });

  it("a table of the user's that is not a contract table is left as written", () => {
    const set = changes(EMPTY, {}, totalOver('Ventes[total]'));
    expect(set.refusals).toEqual([]);
    expect(total(set)).toEqual({ formula: 'SUM(Ventes[total])' });
  });
});

describe('the sheets whose charts are read before anything is decided', () => {
  it('each sheet of ours the plan may rebuild, marked or not yet, as the workbook spells it; never a user sheet nor one to create', () => {
    const both: WorkbookSnapshot = {
      sheets: [
        { name: 'listes', top: 1, left: 1, values: [['mes listes']] },
        { name: 'Saisie', top: 1, left: 1, values: [['x']] },
      ],
      tables: [],
      names: [],
    };
    // Unmarked and holding a value, « listes » may still be the user's: whether it is blank is read next, with its charts.
    expect(sheetsToRebuild(PLAN, inventoryOfSnapshot(both))).toEqual(['listes']);
    expect(sheetsToRebuild(PLAN, inventoryOfSnapshot({ ...both, names: [{ name: 'CLS_Feuille_Listes', ref: 'listes!$A$1' }] }))).toEqual(['listes']);
    expect(sheetsToRebuild(PLAN, inventoryOfSnapshot(EMPTY))).toEqual([]);
  });
});
