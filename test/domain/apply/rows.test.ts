/**
 * The row sync of an import into an existing workbook, decided on small hand-made snapshots: which rows it fills,
 * updates, clears or adds, which user values it keeps, and what it remembers for the next import. The same promises
 * run end to end through the fake Excel in test/import/in-workbook.test.ts; here each one is one pure call.
 */
import { planRowSync, writesNothing } from '../../../src/domain/apply/rows';
import type { RowSync } from '../../../src/domain/apply/rows';
import type { PlanCell } from '../../../src/domain/generate/plan';
import { comparable, identityOf } from '../../../src/domain/import/contract-rows';
import type { KeyedRow, TableRows } from '../../../src/domain/import/contract-rows';
import type { ImportMapping } from '../../../src/domain/import/mapping';
import { fingerprint } from '../../../src/domain/import/record';
import type { ImportRecord, RowPrints } from '../../../src/domain/import/record';
import { FUNDERS_TABLE, FUNDINGS_TABLE } from '../../../src/domain/workbook/contract';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

const MAPPING: ImportMapping = {
  version: 1,
  year: null,
  areas: [],
  funders: {},
  values: { fundingStatus: {}, fundingNature: {}, fundingObject: {}, actionStatus: {}, evaluationTool: {} },
};

/** `CLS_Financements` at B2 with the contract columns a coordinator kept, and one of their own (Contact, in I). */
const HEADERS = ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Contact'];
const TABLE = 'CLS_Financements';
const SHEET = 'Financements';
const AMOUNT = '#,##0.00 "€"';

type Line = readonly CellValue[];

/** The workbook: a title in A1, the table's header row in row 2, its rows from row 3, then `spare` blank rows. */
function workbook(lines: readonly Line[], spare = 0, asTable = true): WorkbookSnapshot {
  const values: CellValue[][] = [['Financements du CLS'], [null, ...HEADERS], ...lines.map((line) => [null, ...line])];
  const bottom = 2 + lines.length + spare;
  return {
    sheets: [{ name: SHEET, top: 1, left: 1, values }],
    tables: asTable ? [{ name: TABLE, sheet: SHEET, top: 2, left: 2, bottom, right: 9, hasHeaderRow: true }] : [],
  };
}

interface Funding {
  readonly object: string;
  readonly action: string | null;
  readonly funder: string;
  readonly nature: string;
  readonly year: number;
  readonly amount: number;
  readonly status: string | null;
  readonly paid?: number | null;
}

const values = (f: Funding): Record<string, PlanCell> => ({
  object: f.object,
  actionNumber: f.action,
  funder: f.funder,
  nature: f.nature,
  year: f.year,
  amount: f.amount,
  status: f.status,
  paid: f.paid ?? null,
  comment: null,
});

/** The row as the import gives it, found again by what it funds (object, action, partner, year, nature). */
function keyed(f: Funding): KeyedRow {
  const v = values(f);
  return { key: `${identityOf(TABLE, (key) => comparable(v[key]))}#1`, values: v };
}

/** The row as it stands in the table (Contact left empty unless given). */
const line = (f: Funding, contact: string | null = null): Line => [f.object, f.action, f.funder, f.nature, f.year, f.amount, f.status, contact];

const fundings = (rows: readonly Funding[]): TableRows => ({ spec: FUNDINGS_TABLE, rows: rows.map(keyed), appendOnly: false });

/** What the previous import wrote for a row: the fingerprint of each comparable value, written out here. */
const printed = (comparables: Readonly<Record<string, string>>): RowPrints => Object.fromEntries(Object.entries(comparables).map(([k, v]) => [k, fingerprint(v)]));

const A: Funding = { object: 'Action', action: '1.1', funder: 'ARS', nature: 'Subvention', year: 2025, amount: 12000.5, status: 'Acquis', paid: 500 };
const B: Funding = { object: 'Action', action: '1.1', funder: 'Commune', nature: 'Valorisation', year: 2025, amount: 3000, status: 'Prévu' };
const C: Funding = { object: 'Coordination', action: null, funder: 'ARS', nature: 'Subvention', year: 2026, amount: 25000, status: 'Acquis' };

const PRINTS_A = printed({ object: 's:Action', actionNumber: 's:1.1', funder: 's:ARS', nature: 's:Subvention', year: 'n:2025', amount: 'n:12000.5', status: 's:Acquis' });
const PRINTS_B = printed({ object: 's:Action', actionNumber: 's:1.1', funder: 's:Commune', nature: 's:Valorisation', year: 'n:2025', amount: 'n:3000', status: 's:Prévu' });
const PRINTS_C = printed({ object: 's:Coordination', actionNumber: '', funder: 's:ARS', nature: 's:Subvention', year: 'n:2026', amount: 'n:25000', status: 's:Acquis' });

/** A row write the sync should plan in the table at B2: its row, what it writes, what it expects there, the formats it sets. */
const rowWrite = (row: number, kind: 'fill' | 'update' | 'clear', cells: PlanCell[], expected: string[], formats: (string | null)[]) =>
  ({ table: TABLE, sheet: SHEET, row, left: 2, cells, expected, formats, kind });
const BLANK = ['', '', '', '', '', '', '', ''];
const NO_FORMAT = [null, null, null, null, null, null, null, null];

const record = (rows: Readonly<Record<string, RowPrints>>, mapping: ImportMapping = MAPPING): ImportRecord => ({ version: 1, mapping, rows: { [TABLE]: rows } });
const AFTER_FIRST_IMPORT = record({ [keyed(A).key]: PRINTS_A, [keyed(B).key]: PRINTS_B, [keyed(C).key]: PRINTS_C });

const sync = (snapshot: WorkbookSnapshot, rows: readonly Funding[], previous: ImportRecord | null): RowSync => planRowSync(snapshot, [fundings(rows)], previous, MAPPING);
const report = (result: RowSync) => result.tables.find((t) => t.table === TABLE);
const NOTHING_ELSE = { added: 0, updatedRows: 0, updatedCells: 0, unchanged: 0, cleared: 0, deletedByUser: 0, keptGone: 0 };

describe('a first import into an empty table', () => {
  // Planned inside each test, not when the suite is collected: StrykerJS activates a mutant only while tests run.
  const planned = (): RowSync => sync(workbook([], 2), [A, B, C], null);

  it('fills the blank rows of the table first, top to bottom, leaving the user column alone', () => {
    const result = planned();
    // Spare rows carry the column formats already: only `1.1`, which Excel would read as a number, is forced to text.
    const actionAsText = [null, '@', null, null, null, null, null, null];
    expect(result.writes).toEqual([
      rowWrite(3, 'fill', ['Action', '1.1', 'ARS', 'Subvention', 2025, 12000.5, 'Acquis', null], BLANK, actionAsText),
      rowWrite(4, 'fill', ['Action', '1.1', 'Commune', 'Valorisation', 2025, 3000, 'Prévu', null], BLANK, actionAsText),
    ]);
  });

  it('adds the rest below the table with the formats of their columns', () => {
    const result = planned();
    expect(result.appends).toEqual([
      {
        table: TABLE,
        sheet: SHEET,
        left: 2,
        bottom: 4,
        rows: [['Coordination', null, 'ARS', 'Subvention', 2026, 25000, 'Acquis', null]],
        // No action number: its cell stays empty and unformatted; the year as a plain number, the amount in euros.
        formats: [[null, null, null, null, '0', AMOUNT, null, null]],
      },
    ]);
    expect(writesNothing(result)).toBe(false);
  });

  it('says which contract columns the table lacks, only when the source has a value for them', () => {
    const result = planned();
    // A paid 500 €; nobody has a comment: « Commentaire » is not worth a word.
    expect(report(result)).toEqual({ table: TABLE, ...NOTHING_ELSE, added: 3, missingColumns: ['Montant versé (€)'] });
    const unpaid = sync(workbook([], 2), [{ ...A, paid: null }], null);
    expect(report(unpaid)?.missingColumns).toEqual([]);
  });

  it('remembers what it wrote in the columns the table has, and nothing for the others', () => {
    const result = planned();
    expect(result.record).toEqual(AFTER_FIRST_IMPORT);
    expect(result.recordChanged).toBe(true);
    expect(result.kept).toEqual([]);
    expect(result.missingTables).toEqual([]);
  });

  it('with no blank row left, adds every row below the table', () => {
    const full = sync(workbook([], 0), [A, B], null);
    expect(full.writes).toEqual([]);
    expect(writesNothing(full)).toBe(false);
    expect(full.appends).toHaveLength(1);
    expect(full.appends[0]?.bottom).toBe(2);
    expect(full.appends[0]?.rows).toEqual([
      ['Action', '1.1', 'ARS', 'Subvention', 2025, 12000.5, 'Acquis', null],
      ['Action', '1.1', 'Commune', 'Valorisation', 2025, 3000, 'Prévu', null],
    ]);
    expect(full.appends[0]?.formats).toEqual([
      [null, '@', null, null, '0', AMOUNT, null, null],
      [null, '@', null, null, '0', AMOUNT, null, null],
    ]);
  });

  it('fills a blank row between two rows the user typed before the spare rows below them', () => {
    const gap = sync(workbook([line(B), [null, null, null, null, null, null, null, null], line(C)], 1), [A], null);
    expect(gap.writes.map((w) => [w.row, w.kind])).toEqual([[4, 'fill']]);
  });
});

describe('importing the same source again', () => {
  it('writes nothing and keeps the record as it is, whatever the order of its keys', () => {
    const imported = workbook([line(A), line(B), line(C)], 0);
    const result = sync(imported, [A, B, C], AFTER_FIRST_IMPORT);
    expect(result.writes).toEqual([]);
    expect(result.appends).toEqual([]);
    expect(writesNothing(result)).toBe(true);
    expect(report(result)).toEqual({ table: TABLE, ...NOTHING_ELSE, unchanged: 3, missingColumns: ['Montant versé (€)'] });
    expect(result.recordChanged).toBe(false);

    // The same record read back with its keys in another order (the stored form sorts them its own way).
    const reversed = (prints: RowPrints): RowPrints => Object.fromEntries(Object.entries(prints).reverse());
    const shuffled: ImportRecord = {
      rows: { [TABLE]: { [keyed(C).key]: reversed(PRINTS_C), [keyed(B).key]: reversed(PRINTS_B), [keyed(A).key]: reversed(PRINTS_A) } },
      mapping: { values: MAPPING.values, funders: {}, areas: [], year: null, version: 1 },
      version: 1,
    };
    expect(sync(imported, [A, B, C], shuffled).recordChanged).toBe(false);
  });

  it('a changed mapping is a changed record, even when no cell changes', () => {
    const imported = workbook([line(A), line(B), line(C)], 0);
    expect(sync(imported, [A, B, C], record(AFTER_FIRST_IMPORT.rows[TABLE] ?? {}, { ...MAPPING, year: 2025 })).recordChanged).toBe(true);
    const otherArea = { ...MAPPING, areas: [{ kind: 'actionList', sheet: 'Actions', headerRow: 1, columns: {} }] } as unknown as ImportMapping;
    expect(sync(imported, [A, B, C], record(AFTER_FIRST_IMPORT.rows[TABLE] ?? {}, otherArea)).recordChanged).toBe(true);
  });

  it('finds its rows again after the user sorted the table', () => {
    const sorted = workbook([line(C), line(B), line(A)], 0);
    const result = sync(sorted, [A, B, C], AFTER_FIRST_IMPORT);
    expect(writesNothing(result)).toBe(true);
    expect(result.recordChanged).toBe(false);
  });
});

describe('a source that changed since the last import', () => {
  // The source now says 13 000 € for A, with no status, and 3 200 € for B; the user had typed 3 500 € for B.
  const now = workbook([line(A, 'Mme Durand'), line({ ...B, amount: 3500 }), line(C)], 0);
  const planned = (): RowSync => sync(now, [{ ...A, amount: 13000, status: null }, { ...B, amount: 3200 }, C], AFTER_FIRST_IMPORT);

  it('updates only the cells that still hold what the last import wrote, emptying what the source emptied', () => {
    const result = planned();
    expect(result.writes).toEqual([
      rowWrite(3, 'update', [null, null, null, null, null, 13000, '', null], ['', '', '', '', '', 'n:12000.5', 's:Acquis', ''], NO_FORMAT),
    ]);
    expect(result.appends).toEqual([]);
    expect(writesNothing(result)).toBe(false);
  });

  it("keeps the amount the user typed and says so, with the source's figure", () => {
    const result = planned();
    expect(result.kept).toEqual([{ table: TABLE, sheet: SHEET, cell: 'G4', header: 'Montant (€)', current: 'n:3500', imported: 'n:3200', reason: 'edited' }]);
  });

  it('counts one row updated (two cells) and two unchanged', () => {
    const result = planned();
    expect(report(result)).toEqual({ table: TABLE, ...NOTHING_ELSE, updatedRows: 1, updatedCells: 2, unchanged: 2, missingColumns: ['Montant versé (€)'] });
  });

  it('remembers the new values it wrote, and the old print where the user kept their own', () => {
    const result = planned();
    const rows = result.record.rows[TABLE] ?? {};
    expect(rows[keyed(A).key]).toEqual({ ...PRINTS_A, ...printed({ amount: 'n:13000', status: '' }) });
    // B's amount is still the user's: the next import compares with 3 000 €, what it wrote, and keeps the 3 500 €.
    expect(rows[keyed(B).key]).toEqual(PRINTS_B);
    expect(rows[keyed(C).key]).toEqual(PRINTS_C);
    expect(result.recordChanged).toBe(true);
  });

  it('a text that Excel would misread is written as text when it replaces an imported one', () => {
    const texts = sync(workbook([line(A)], 0), [{ ...A, status: '2025' }], record({ [keyed(A).key]: PRINTS_A }));
    expect(texts.writes).toHaveLength(1);
    expect(texts.writes[0]?.cells).toEqual([null, null, null, null, null, null, '2025', null]);
    expect(texts.writes[0]?.formats).toEqual([null, null, null, null, null, null, '@', null]);
  });
});

describe('rows the user typed or deleted', () => {
  it("a row the user typed with an imported row's identity is never touched: its differences are listed", () => {
    const typed = workbook([line({ ...A, amount: 11000 })], 0);
    const result = sync(typed, [A], null);
    expect(result.writes).toEqual([]);
    expect(result.appends).toEqual([]);
    expect(result.kept).toEqual([{ table: TABLE, sheet: SHEET, cell: 'G3', header: 'Montant (€)', current: 'n:11000', imported: 'n:12000.5', reason: 'user-row' }]);
    expect(report(result)).toMatchObject({ unchanged: 1, updatedRows: 0, added: 0 });
    // Not remembered: it stays the user's, so that a later import never takes it for its own.
    expect(result.record.rows).toEqual({});
  });

  it('a row the user typed exactly as the source has it becomes ours', () => {
    const result = sync(workbook([line(A)], 0), [A], null);
    expect(writesNothing(result)).toBe(true);
    expect(result.kept).toEqual([]);
    expect(result.record.rows).toEqual({ [TABLE]: { [keyed(A).key]: PRINTS_A } });
  });

  it('a row the user deleted is not brought back, and stays remembered as deleted', () => {
    const withoutB = workbook([line(A), line(C)], 0);
    const result = sync(withoutB, [A, B, C], AFTER_FIRST_IMPORT);
    expect(writesNothing(result)).toBe(true);
    expect(report(result)).toMatchObject({ deletedByUser: 1, unchanged: 2, added: 0 });
    expect(result.record).toEqual(AFTER_FIRST_IMPORT);
    expect(result.recordChanged).toBe(false);
  });
});

describe('rows gone from the source', () => {
  // B and C left the source; the user has since changed C's status. B's print also names a column the table lost.
  const previous = record({ [keyed(A).key]: PRINTS_A, [keyed(B).key]: { ...PRINTS_B, ...printed({ paid: 'n:100' }) }, [keyed(C).key]: PRINTS_C });
  const planned = (): RowSync => sync(workbook([line(A), line(B), line({ ...C, status: 'Versé' })], 0), [A], previous);

  it('clears a row nobody edited, where it still holds what was imported', () => {
    const result = planned();
    const importedB = ['s:Action', 's:1.1', 's:Commune', 's:Valorisation', 'n:2025', 'n:3000', 's:Prévu', ''];
    expect(result.writes).toEqual([rowWrite(4, 'clear', ['', '', '', '', '', '', '', null], importedB, NO_FORMAT)]);
  });

  it('leaves a row the user edited since, and forgets both', () => {
    const result = planned();
    expect(report(result)).toEqual({ table: TABLE, ...NOTHING_ELSE, unchanged: 1, cleared: 1, keptGone: 1, missingColumns: ['Montant versé (€)'] });
    expect(result.record.rows).toEqual({ [TABLE]: { [keyed(A).key]: PRINTS_A } });
  });

  it('clears only the cells that hold something', () => {
    const noAction = sync(workbook([line(A), line(C)], 0), [A], record({ [keyed(A).key]: PRINTS_A, [keyed(C).key]: PRINTS_C }));
    expect(noAction.writes.map((w) => [w.row, w.cells, w.expected])).toEqual([
      [4, ['', null, '', '', '', '', '', null], ['s:Coordination', '', 's:ARS', 's:Subvention', 'n:2026', 'n:25000', 's:Acquis', '']],
    ]);
  });

  it('a row gone from both the source and the table is simply forgotten', () => {
    const gone = sync(workbook([line(A)], 0), [A], AFTER_FIRST_IMPORT);
    expect(writesNothing(gone)).toBe(true);
    expect(report(gone)).toMatchObject({ cleared: 0, keptGone: 0, deletedByUser: 0 });
    expect(gone.record.rows).toEqual({ [TABLE]: { [keyed(A).key]: PRINTS_A } });
  });
});

describe('the partner list: only missing partners are added', () => {
  const PARTNERS = 'CLS_Financeurs';
  const partners: WorkbookSnapshot = {
    sheets: [{ name: 'Paramètres', top: 1, left: 1, values: [['Financeur', 'Catégorie', 'Signataire'], ['ARS', 'État', 'Oui'], ['Commune', 'Collectivité', 'Oui']] }],
    tables: [{ name: PARTNERS, sheet: 'Paramètres', top: 1, left: 1, bottom: 3, right: 3, hasHeaderRow: true }],
  };
  const partner = (funder: string, category: string): KeyedRow => ({ key: `${funder.toLowerCase()}#1`, values: { funder, category, signatory: 'Non' } });
  const incoming: TableRows = { spec: FUNDERS_TABLE, rows: [partner('ARS', 'Autre'), partner('CPAM', 'Autre'), partner('Département', 'Autre')], appendOnly: true };
  // The last import added the Département, which the user has since removed; it also added the Commune, now gone from the source.
  const previous: ImportRecord = { version: 1, mapping: MAPPING, rows: { [PARTNERS]: { 'departement#1': printed({ funder: 's:Département' }), 'commune#1': printed({ funder: 's:Commune' }) } } };
  const planned = (): RowSync => planRowSync(partners, [incoming], previous, MAPPING);

  it("never changes a partner already listed, nor lists the user's differences", () => {
    const result = planned();
    expect(result.writes).toEqual([]);
    expect(result.kept).toEqual([]);
  });

  it('adds the missing partners, again one the user removed', () => {
    const result = planned();
    expect(result.appends).toEqual([
      {
        table: PARTNERS,
        sheet: 'Paramètres',
        left: 1,
        bottom: 3,
        rows: [
          ['CPAM', 'Autre', 'Non'],
          ['Département', 'Autre', 'Non'],
        ],
        formats: [
          [null, null, null],
          [null, null, null],
        ],
      },
    ]);
    expect(result.tables).toEqual([
      { table: PARTNERS, added: 2, updatedRows: 0, updatedCells: 0, unchanged: 1, cleared: 0, deletedByUser: 0, keptGone: 0, missingColumns: [] },
    ]);
  });
});

describe('tables the workbook lacks', () => {
  it('are named when the import has rows for them, and nothing is planned there', () => {
    const none: WorkbookSnapshot = { sheets: [{ name: 'Feuil1', top: 1, left: 1, values: [['Mes notes']] }], tables: [] };
    const result = sync(none, [A], null);
    expect(result.missingTables).toEqual([TABLE]);
    expect(result.tables).toEqual([]);
    expect(writesNothing(result)).toBe(true);
    expect(result.record.rows).toEqual({});
  });

  it('are not named when the import has no row for them', () => {
    const none: WorkbookSnapshot = { sheets: [], tables: [] };
    expect(sync(none, [], null).missingTables).toEqual([]);
  });

  it('a table kept as a plain range, without a ListObject to grow, counts as missing', () => {
    const range = workbook([line(B)], 0, false);
    const result = sync(range, [A], null);
    expect(result.missingTables).toEqual([TABLE]);
    expect(result.writes).toEqual([]);
  });
});
