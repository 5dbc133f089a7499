/**
 * The apply engine's decisions on small hand-made plans and workbooks: what it refuses, which names it repoints,
 * which document properties it fills, which sheets it hides, where a range writes on a user sheet.
 */
import { planChanges, readRequests } from '../../../src/domain/apply/engine';
import { answersFromSnapshot, inventoryOfSnapshot } from '../../../src/domain/apply/snapshot-facts';
import type { Inventory } from '../../../src/domain/apply/facts';
import type { ChangeSet } from '../../../src/domain/apply/changes';
import type { WorkbookPlan } from '../../../src/domain/generate/plan';
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

describe('an interrupted Créer is recognised, and only it', () => {
  const ESSAI: WorkbookPlan = {
    sheets: [{ name: 'Saisie', owned: false, blocks: [{ kind: 'table', name: 'CLS_Essai', anchor: 'A3', columns: [{ header: 'Nom', width: 10 }, { header: 'Montant (€)', width: 10 }], rows: [['a', 1]], style: 'TableStyleLight1' }] }],
    names: [],
  };
  const withAdopt = (range: string): WorkbookPlan => ({
    ...ESSAI,
    sheets: [{ ...ESSAI.sheets[0]!, blocks: [{ ...(ESSAI.sheets[0]!.blocks[0] as Extract<WorkbookPlan['sheets'][number]['blocks'][number], { kind: 'table' }>), adoptRange: range }] }],
  });
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
});
