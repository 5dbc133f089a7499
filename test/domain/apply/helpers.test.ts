/**
 * The apply engine's small parts, each expectation written out by hand: cells as written (and when text needs the `@`
 * format), read requests and their answers from a snapshot, and structured references respelt as the user's tables.
 */
import type { WorkbookPlan } from '../../../src/domain/generate/plan';
import { forcedFormat, grid, needsTextFormat, toWriteValue } from '../../../src/domain/apply/cells';
import { Answers, areaAddress, intersects, isFilled, requestKey } from '../../../src/domain/apply/facts';
import type { ReadRequest } from '../../../src/domain/apply/facts';
import { answersFromSnapshot, inventoryOfSnapshot } from '../../../src/domain/apply/snapshot-facts';
import { columnsOf, escapeColumn, respellReferences } from '../../../src/domain/apply/structured-refs';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

describe('cells as an adapter writes them', () => {
  it.each<[string, boolean]>([
    ['=SUM(A1)', true],
    ['+33 6 12', true],
    ['-', true],
    ['@home', true],
    ['12', true],
    [' 1 234,50 € ', true],
    ['12/03', true],
    ['45 %', true],
    ['$12', true],
    ['vrai', true],
    [' FALSE ', true],
    ['1.1', true],
    ['Action 1', false],
    ['12 ans', false],
    ['a=b', false],
    ['truely', false],
    ['pas faux', false],
    ['', false],
    ['T1 2026', false],
  ])('%p needs the text format: %p', (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });

  it('writes formulas with their =, dates as serials, and nothing for an empty cell', () => {
    expect(toWriteValue(undefined)).toBeNull();
    expect(toWriteValue(null)).toBeNull();
    expect(toWriteValue({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(toWriteValue({ date: 46_096 })).toBe(46_096);
    expect(toWriteValue('Acquis')).toBe('Acquis');
    expect(toWriteValue(0)).toBe(0);
    expect(toWriteValue(false)).toBe(false);
    expect(toWriteValue('')).toBe('');
  });

  it('forces `@` only on text Excel would reinterpret', () => {
    expect(forcedFormat('1.1')).toBe('@');
    expect(forcedFormat('Action')).toBeNull();
    expect(forcedFormat(1.1)).toBeNull();
    expect(forcedFormat({ formula: 'A1' })).toBeNull();
    expect(forcedFormat(undefined)).toBeNull();
  });

  it('grid fills rows × columns', () => {
    expect(grid(2, 3, 0)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const g = grid(2, 1, null);
    expect(g[0]).not.toBe(g[1]);
  });
});

describe('read requests and their answers', () => {
  it('keys requests by kind, folded sheet or table, and A1 area', () => {
    const area = { top: 2, left: 1, bottom: 4, right: 3 };
    expect(requestKey({ kind: 'used', sheet: 'Données' })).toBe('used|donnees');
    expect(requestKey({ kind: 'drawings', sheet: 'Données' })).toBe('drawings|donnees');
    expect(requestKey({ kind: 'columns', table: 'CLS_Actions' })).toBe('columns|cls_actions');
    expect(requestKey({ kind: 'cells', sheet: 'Feuil1', area })).toBe('cells|feuil1|A2:C4');
    expect(requestKey({ kind: 'occupied', sheet: 'Feuil1', area: { top: 2, left: 1, bottom: 2, right: 1 } })).toBe('occupied|feuil1|A2');
    expect(requestKey({ kind: 'merges', sheet: 'Feuil1', area: { top: 2, left: 1, bottom: 2, right: 3 } })).toBe('merges|feuil1|A2:C2');
    expect(areaAddress({ top: 2, left: 1, bottom: 3, right: 1 })).toBe('A2:A3');
  });

  it('an answer missing is the adapter’s bug, named by its key', () => {
    const answers = new Answers();
    expect(() => answers.used('Feuil1')).toThrow('No answer for read request used|feuil1');
    answers.set({ kind: 'occupied', sheet: 'Feuil1', area: { top: 1, left: 1, bottom: 1, right: 1 } }, 'yes' as unknown as boolean);
    expect(answers.occupied('feuil1', { top: 1, left: 1, bottom: 1, right: 1 })).toBe(false);
  });

  it.each<[string, { top: number; left: number; bottom: number; right: number }, boolean]>([
    ['the same', { top: 2, left: 2, bottom: 4, right: 4 }, true],
    ['touching its right column', { top: 2, left: 4, bottom: 2, right: 6 }, true],
    ['just right of it', { top: 2, left: 5, bottom: 4, right: 6 }, false],
    ['touching its left column', { top: 3, left: 1, bottom: 3, right: 2 }, true],
    ['just left of it', { top: 2, left: 1, bottom: 4, right: 1 }, false],
    ['touching its bottom row', { top: 4, left: 3, bottom: 9, right: 3 }, true],
    ['just below it', { top: 5, left: 2, bottom: 6, right: 4 }, false],
    ['touching its top row', { top: 1, left: 3, bottom: 2, right: 3 }, true],
    ['just above it', { top: 1, left: 2, bottom: 1, right: 4 }, false],
  ])('B2:D4 and an area %s intersect: %p', (_label, area, expected) => {
    const b2d4 = { top: 2, left: 2, bottom: 4, right: 4 };
    expect([intersects(b2d4, area), intersects(area, b2d4)]).toEqual([expected, expected]);
  });

  it.each<[unknown, boolean]>([
    [null, false],
    [undefined, false],
    ['', false],
    [' ', true],
    [0, true],
    [false, true],
  ])('%p is filled: %p', (value, expected) => {
    expect(isFilled(value)).toBe(expected);
  });
});

describe('answers from a snapshot', () => {
  // Feuil1's used range starts at C5: C5 'a', E6 0, F8 'z' (row 7 not stored), a merge D10:E10 and two charts.
  const snapshot: WorkbookSnapshot = {
    sheets: [
      { name: 'Feuil1', top: 5, left: 3, values: [['a', null, ''], [null, null, 0], [], [null, null, null, 'z']], merges: ['D10:E10', 'A1:B1'], drawings: 2 },
      { name: 'Vide', top: 1, left: 1, values: [[null, ''], []] },
      { name: 'Tableaux', top: 1, left: 1, values: [['Objet', { kind: 'error', code: '#REF!' }, null, 7], ['x', 'y', 'z', 'w']] },
    ],
    tables: [
      { name: 'Avec', sheet: 'tableaux', top: 1, left: 1, bottom: 2, right: 4, hasHeaderRow: true },
      { name: 'Sans', sheet: 'Tableaux', top: 2, left: 2, bottom: 2, right: 3, hasHeaderRow: false },
    ],
  };
  const answer = (request: ReadRequest) => answersFromSnapshot(snapshot, [request]);

  it('cells by sheet address, null where nothing is stored, on a sheet named in another case', () => {
    expect(answer({ kind: 'cells', sheet: 'feuil1', area: { top: 4, left: 3, bottom: 6, right: 5 } }).cells('feuil1', { top: 4, left: 3, bottom: 6, right: 5 })).toEqual([
      [null, null, null],
      ['a', null, ''],
      [null, null, 0],
    ]);
    expect(answer({ kind: 'cells', sheet: 'Absente', area: { top: 1, left: 1, bottom: 1, right: 2 } }).cells('Absente', { top: 1, left: 1, bottom: 1, right: 2 })).toEqual([[null, null]]);
  });

  it.each<[string, { top: number; left: number; bottom: number; right: number }, boolean]>([
    ['Feuil1', { top: 5, left: 3, bottom: 5, right: 3 }, true],
    ['Feuil1', { top: 1, left: 1, bottom: 4, right: 100 }, false],
    ['Feuil1', { top: 5, left: 4, bottom: 5, right: 5 }, false],
    ['Feuil1', { top: 6, left: 5, bottom: 6, right: 5 }, true],
    ['Feuil1', { top: 6, left: 1, bottom: 7, right: 4 }, false],
    ['Feuil1', { top: 7, left: 1, bottom: 8, right: 5 }, false],
    ['Feuil1', { top: 8, left: 6, bottom: 100, right: 6 }, true],
    ['Feuil1', { top: 1, left: 7, bottom: 100, right: 100 }, false],
    ['Feuil1', { top: 9, left: 1, bottom: 100, right: 100 }, false],
    ['Vide', { top: 1, left: 1, bottom: 10, right: 10 }, false],
    ['Absente', { top: 1, left: 1, bottom: 10, right: 10 }, false],
  ])('%s: any cell of %j filled: %p', (sheet, area, expected) => {
    expect(answer({ kind: 'occupied', sheet, area }).occupied(sheet, area)).toBe(expected);
  });

  it('the used range of values only; none on a blank or missing sheet', () => {
    expect(answer({ kind: 'used', sheet: 'Feuil1' }).used('Feuil1')).toEqual({ top: 5, left: 3, bottom: 8, right: 6 });
    expect(answer({ kind: 'used', sheet: 'Vide' }).used('Vide')).toBeNull();
    expect(answer({ kind: 'used', sheet: 'Absente' }).used('Absente')).toBeNull();
    const single: WorkbookSnapshot = { sheets: [{ name: 'S', top: 3, left: 2, values: [[null, 'x']] }], tables: [] };
    expect(answersFromSnapshot(single, [{ kind: 'used', sheet: 'S' }]).used('S')).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    const spread: WorkbookSnapshot = { sheets: [{ name: 'S', top: 1, left: 1, values: [[null, null, 'c'], ['a'], [null, 'b']] }], tables: [] };
    expect(answersFromSnapshot(spread, [{ kind: 'used', sheet: 'S' }]).used('S')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
  });

  it('the merges crossing an area, the drawings, and none of either on a sheet without', () => {
    const band = { top: 1, left: 4, bottom: 100, right: 4 };
    expect(answer({ kind: 'merges', sheet: 'Feuil1', area: band }).merges('Feuil1', band)).toEqual([{ top: 10, left: 4, bottom: 10, right: 5 }]);
    expect(answer({ kind: 'merges', sheet: 'Vide', area: band }).merges('Vide', band)).toEqual([]);
    expect(answer({ kind: 'merges', sheet: 'Absente', area: band }).merges('Absente', band)).toEqual([]);
    expect(answer({ kind: 'drawings', sheet: 'Feuil1' }).drawings('Feuil1')).toBe(2);
    expect(answer({ kind: 'drawings', sheet: 'Vide' }).drawings('Vide')).toBe(0);
    expect(answer({ kind: 'drawings', sheet: 'Absente' }).drawings('Absente')).toBe(0);
  });

  it('a table’s column names as Excel gives them: its header texts, ColonneN where there is none', () => {
    expect(answer({ kind: 'columns', table: 'AVEC' }).columns('AVEC')).toEqual(['Objet', 'Colonne2', 'Colonne3', '7']);
    expect(answer({ kind: 'columns', table: 'Sans' }).columns('Sans')).toEqual(['Colonne1', 'Colonne2']);
    expect(answer({ kind: 'columns', table: 'Aucune' }).columns('Aucune')).toEqual([]);
  });

  it('the inventory: sheets in order, tables with their header row, nothing protected', () => {
    const inventory = inventoryOfSnapshot({ ...snapshot, names: [{ name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$5' }] });
    expect(inventory.sheets).toEqual([
      { name: 'Feuil1', position: 0, protected: false },
      { name: 'Vide', position: 1, protected: false },
      { name: 'Tableaux', position: 2, protected: false },
    ]);
    expect(inventory.tables[1]).toEqual({ name: 'Sans', sheet: 'Tableaux', area: { top: 2, left: 2, bottom: 2, right: 3 }, showHeaders: false, showTotals: false });
    expect(inventory.names).toEqual([{ name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$5' }]);
    expect([inventory.workbookProtected, inventory.readOnly, inventory.properties]).toEqual([false, false, { title: '', author: '' }]);
    expect(inventoryOfSnapshot(snapshot).names).toEqual([]);
  });
});

describe('structured references respelt as the user’s tables have them', () => {
  const tableNames = new Map([
    ['cls_financements', 'CLS_Financements'],
    ['cls_actions', 'CLS_Actions'],
  ]);
  const columns = new Map([['cls_financements', columnsOf(['Montant(€)', 'N°action', "Note #1 [interne] l'an"])]]);
  const respell = (formula: string) => {
    const plan = { sheets: [{ name: 'S', blocks: [{ kind: 'range', cells: [[{ formula }]] }] }], names: [] } as unknown as WorkbookPlan;
    const out = respellReferences(plan, columns, tableNames);
    const sheets = out.plan.sheets as unknown as { blocks: { cells: { formula: string }[][] }[] }[];
    return { formula: sheets[0]?.blocks[0]?.cells[0]?.[0]?.formula, missing: out.missing };
  };

  it.each<[string, string]>([
    ['cls_financements[Montant (€)]', 'CLS_Financements[Montant(€)]'],
    ['SUM(CLS_Financements[montant (€)])+1', 'SUM(CLS_Financements[Montant(€)])+1'],
    ['COUNTIFS(CLS_Financements[N° action],A2)', 'COUNTIFS(CLS_Financements[N°action],A2)'],
    ["CLS_Financements[note '#1 '[interne'] l''an]", "CLS_Financements[Note '#1 '[interne'] l''an]"],
    ['XCLS_Financements[Montant (€)]', 'XCLS_Financements[Montant (€)]'],
    ['Feuil1.CLS_Financements[Montant (€)]', 'Feuil1.CLS_Financements[Montant (€)]'],
    ['Autre[Montant (€)]', 'Autre[Montant (€)]'],
    ['CLS_Financements[[#Totals],[Montant (€)]]', 'CLS_Financements[[#Totals],[Montant (€)]]'],
    ['CLS_Financements[]', 'CLS_Financements[]'],
  ])('%s → %s', (formula, expected) => {
    expect(respell(formula).formula).toBe(expected);
  });

  it('reports a column the table lacks, and a table whose columns are not known, once each', () => {
    expect(respell('CLS_Financements[Statut]&CLS_Financements[Statut]').missing).toEqual([{ table: 'CLS_Financements', column: 'Statut' }]);
    expect(respell('CLS_Actions[Statut]+cls_actions[Pilote]').missing).toEqual([{ table: 'CLS_Actions' }]);
    expect(respell('CLS_Financements[Montant (€)]').missing).toEqual([]);
  });

  it('rewrites only formulas and name references, anywhere in the plan', () => {
    const plan = {
      sheets: [{ name: 'CLS_Financements[Montant (€)]', blocks: [{ kind: 'table', columns: [{ header: 'CLS_Financements[Montant (€)]', formula: 'CLS_Financements[Montant (€)]' }], rows: [[1, null, true]] }] }],
      names: [{ name: 'Total', ref: 'CLS_Financements[Montant (€)]' }],
    } as unknown as WorkbookPlan;
    expect(respellReferences(plan, columns, tableNames).plan).toEqual({
      sheets: [{ name: 'CLS_Financements[Montant (€)]', blocks: [{ kind: 'table', columns: [{ header: 'CLS_Financements[Montant (€)]', formula: 'CLS_Financements[Montant(€)]' }], rows: [[1, null, true]] }] }],
      names: [{ name: 'Total', ref: 'CLS_Financements[Montant(€)]' }],
    });
  });

  it('escapes what Excel escapes in a column name', () => {
    expect(escapeColumn("a'b#c[d]e")).toBe("a''b'#c'[d']e");
  });
});
