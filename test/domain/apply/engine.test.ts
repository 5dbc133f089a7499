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
