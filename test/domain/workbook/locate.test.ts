/**
 * Finding a contract table (CONTRACT §1): by table name, else on a sheet of the same name, taking as header row the
 * first row that holds most of the required headers; a plain range ends at two blank rows in a row.
 */
import { locateTable } from '../../../src/domain/workbook/locate';
import type { LocatedTable } from '../../../src/domain/workbook/locate';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDINGS_TABLE, PARAMETERS_TABLE } from '../../../src/domain/workbook/contract';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

const sheetOf = (name: string, values: CellValue[][], tables: TableSnapshot[] = []): WorkbookSnapshot => ({ sheets: [{ name, top: 1, left: 1, values }], tables });

/** What a located table is, in short: where, which columns (key@column), which data rows, which blank rows. */
function shape(table: LocatedTable | undefined) {
  if (!table) return undefined;
  return {
    name: table.name,
    source: table.source,
    headerRow: table.headerRow,
    bounds: table.bounds,
    columns: table.columns.map((c) => `${c.key}@${c.column}`),
    rows: table.rows.map((r) => r.row),
    blankRows: table.blankRows,
    missing: table.missingColumns.map((c) => c.header),
    duplicates: table.duplicateHeaders.map((c) => `${c.header}@${c.column}`),
  };
}

describe('the header row of a plain range: the first row holding most of the required headers', () => {
  // CLS_Financements has six required columns (Objet, Financeur, Nature, Année, Montant (€), Statut): four make most.
  it('four of six required headers, under a title and a blank row', () => {
    const located = locateTable(
      sheetOf('Financements', [
        ['Financements du CLS'],
        [],
        ['Objet', 'Financeur', 'Nature', 'Année', 'Commentaire'],
        ['Action', 'ARS', 'Financier', 2026, 'ok'],
      ]),
      FUNDINGS_TABLE,
    );
    expect(shape(located)).toEqual({
      name: 'CLS_Financements',
      source: 'range',
      headerRow: 3,
      bounds: { top: 3, left: 1, bottom: 4, right: 5 },
      columns: ['object@1', 'funder@2', 'nature@3', 'year@4', 'comment@5'],
      rows: [4],
      blankRows: [],
      missing: ['Montant (€)', 'Statut'],
      duplicates: [],
    });
  });

  it('three of six are not enough: no table', () => {
    expect(locateTable(sheetOf('Financements', [['Objet', 'Financeur', 'Nature', 'Commentaire'], ['Action', 'ARS', 'Financier', '']]), FUNDINGS_TABLE)).toBeUndefined();
  });

  it('a header repeated counts once', () => {
    expect(locateTable(sheetOf('Financements', [['Objet', 'Financeur', 'Nature', 'Nature']]), FUNDINGS_TABLE)).toBeUndefined();
    expect(locateTable(sheetOf('Financements', [['Objet', 'Financeur', 'Nature', ' nature ', 'Année']]), FUNDINGS_TABLE)?.headerRow).toBe(1);
  });

  it('the first such row wins; optional headers do not count', () => {
    const located = locateTable(
      sheetOf('Financements', [
        ['N° action', 'Commentaire', 'Montant versé (€)', 'Objet'],
        ['Objet', 'Financeur', 'Nature', 'Année'],
        ['Objet', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut'],
      ]),
      FUNDINGS_TABLE,
    );
    expect(located?.headerRow).toBe(2);
  });

  it('CLS_Parametres needs both of its two required headers', () => {
    expect(locateTable(sheetOf('Paramètres', [['Paramètre', 'Note'], ['Nom du CLS', 'x']]), PARAMETERS_TABLE)).toBeUndefined();
    expect(locateTable(sheetOf('Paramètres', [['Paramètre', 'Valeur'], ['Nom du CLS', 'x']]), PARAMETERS_TABLE)?.rows.map((r) => r.row)).toEqual([2]);
  });

  it('looks at the first 201 rows of the sheet, not further', () => {
    const header = ['Paramètre', 'Valeur'];
    const at = (row: number): CellValue[][] => [...Array.from({ length: row - 1 }, () => ['x']), header, ['Nom du CLS', 'CLS']];
    expect(locateTable(sheetOf('Paramètres', at(201)), PARAMETERS_TABLE)?.headerRow).toBe(201);
    expect(locateTable(sheetOf('Paramètres', at(202)), PARAMETERS_TABLE)).toBeUndefined();
  });

  it('takes the headers next to the matched ones up to a blank cell, on both sides', () => {
    const located = locateTable(
      sheetOf('Paramètres', [
        ['Hors tableau', null, 'Remarque', 'Paramètre', 'Valeur', 'Source', null, 'Loin'],
        [null, null, 'à voir', 'Nom du CLS', 'CLS', 'ARS', null, 'x'],
      ]),
      PARAMETERS_TABLE,
    );
    expect(shape(located)?.columns).toEqual(['user:remarque@3', 'name@4', 'value@5', 'user:source@6']);
    expect(located?.bounds).toEqual({ top: 1, left: 3, bottom: 2, right: 6 });
  });

  it('the sheet is found by its name with the same tolerance as headers', () => {
    expect(locateTable(sheetOf(' paramètres ', [['Paramètre', 'Valeur']]), PARAMETERS_TABLE)?.sheet).toBe(' paramètres ');
    expect(locateTable(sheetOf('Paramètres 2', [['Paramètre', 'Valeur']]), PARAMETERS_TABLE)).toBeUndefined();
  });
});

describe('the end of a plain range: two blank rows in a row, or the end of the sheet', () => {
  const grid = (rows: CellValue[][]): CellValue[][] => [['Paramètre', 'Valeur'], ...rows];
  it('one blank row is a hole inside the table; two end it', () => {
    const located = locateTable(
      sheetOf('Paramètres', grid([['Nom du CLS', 'A'], [null, null], ['Territoire', 'B'], [null, null], [null, null], ['Coordinateur', 'C']])),
      PARAMETERS_TABLE,
    );
    expect(shape(located)).toMatchObject({ bounds: { top: 1, left: 1, bottom: 4, right: 2 }, rows: [2, 4], blankRows: [3] });
  });

  it('a row blank only between the range’s columns is blank: what lies right of it is not the table’s', () => {
    const located = locateTable(
      sheetOf('Paramètres', grid([['Nom du CLS', 'A'], [null, null, 'note'], ['   ', '', 'note'], ['Territoire', 'B']])),
      PARAMETERS_TABLE,
    );
    expect(shape(located)).toMatchObject({ bounds: { bottom: 2 }, rows: [2], blankRows: [] });
  });

  it('a row holding only its last column is a data row', () => {
    const located = locateTable(sheetOf('Paramètres', grid([['Nom du CLS', 'A'], [null, 'B'], [null, null], [null, null], ['Territoire', 'C']])), PARAMETERS_TABLE);
    expect(shape(located)).toMatchObject({ bounds: { bottom: 3 }, rows: [2, 3], blankRows: [] });
  });

  it('runs to the end of the sheet when no two blank rows come', () => {
    const located = locateTable(sheetOf('Paramètres', grid([['Nom du CLS', 'A'], [null, null], ['Territoire', 'B']])), PARAMETERS_TABLE);
    expect(shape(located)).toMatchObject({ bounds: { bottom: 4 }, rows: [2, 4], blankRows: [3] });
  });
});

describe('tables found by name', () => {
  it('an Excel table of the contract name, case aside; trailing blank rows are spare, not holes', () => {
    const snapshot = sheetOf(
      'Feuil1',
      [['Paramètre', 'Valeur', 'Paramètre'], ['Nom du CLS', 'A', 'x'], [null, null], ['Territoire', 'B'], [null, null], [null, null]],
      [{ name: 'cls_parametres', sheet: 'Feuil1', top: 1, left: 1, bottom: 6, right: 3, hasHeaderRow: true }],
    );
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toEqual({
      name: 'cls_parametres',
      source: 'table',
      headerRow: 1,
      bounds: { top: 1, left: 1, bottom: 6, right: 3 },
      columns: ['name@1', 'value@2'],
      rows: [2, 4],
      blankRows: [3],
      missing: [],
      duplicates: ['Paramètre@3'],
    });
  });

  it('a table saved without its header row: the headers just above, or on its first row', () => {
    const above = sheetOf('P', [['Paramètre', 'Valeur'], ['Nom du CLS', 'A']], [{ name: 'CLS_Parametres', sheet: 'P', top: 2, left: 1, bottom: 2, right: 2, hasHeaderRow: false }]);
    expect(shape(locateTable(above, PARAMETERS_TABLE))).toMatchObject({ headerRow: 1, rows: [2] });
    const onTop = sheetOf('P', [['Paramètre', 'Valeur'], ['Nom du CLS', 'A']], [{ name: 'CLS_Parametres', sheet: 'P', top: 1, left: 1, bottom: 2, right: 2, hasHeaderRow: false }]);
    expect(shape(locateTable(onTop, PARAMETERS_TABLE))).toMatchObject({ headerRow: 1, rows: [2] });
  });

  it('on the fallback sheet, an Excel table under another name holding the headers is the table', () => {
    const snapshot = sheetOf('Paramètres', [['Titre'], ['Paramètre', 'Valeur'], ['Nom du CLS', 'A']], [
      { name: 'Tableau1', sheet: 'Paramètres', top: 2, left: 1, bottom: 3, right: 2, hasHeaderRow: true },
    ]);
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toMatchObject({ name: 'Tableau1', source: 'table', headerRow: 2, rows: [3] });
  });

  it('the owner may be a one-column table holding only the header row’s first cell', () => {
    const snapshot = sheetOf('Paramètres', [['Titre'], ['Paramètre', 'Valeur'], ['Nom du CLS', 'A']], [
      { name: 'Tableau1', sheet: 'Paramètres', top: 2, left: 1, bottom: 2, right: 1, hasHeaderRow: true },
    ]);
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toMatchObject({ name: 'Tableau1', source: 'table', headerRow: 2, columns: ['name@1'], rows: [] });
  });

  it('a table at the same place on another sheet is not the owner', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: 'Paramètres', top: 1, left: 1, values: [['Paramètre', 'Valeur'], ['Nom du CLS', 'A']] }, { name: 'Autre', top: 1, left: 1, values: [] }],
      tables: [{ name: 'Tableau1', sheet: 'Autre', top: 1, left: 1, bottom: 2, right: 2, hasHeaderRow: true }],
    };
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toMatchObject({ name: 'CLS_Parametres', source: 'range' });
  });

  it('a table whose sheet is missing from the snapshot gives way to the fallback sheet', () => {
    const snapshot = sheetOf('Paramètres', [['Paramètre', 'Valeur'], ['Nom du CLS', 'A']], [
      { name: 'CLS_Parametres', sheet: 'Disparue', top: 1, left: 1, bottom: 2, right: 2, hasHeaderRow: true },
    ]);
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toMatchObject({ name: 'CLS_Parametres', source: 'range', rows: [2] });
  });

  it('a table elsewhere on the sheet is not the owner of a range whose headers lie outside it', () => {
    const snapshot = sheetOf('Paramètres', [['Paramètre', 'Valeur', null, 'Autre'], ['Nom du CLS', 'A', null, 'x']], [
      { name: 'Tableau1', sheet: 'Paramètres', top: 1, left: 4, bottom: 2, right: 4, hasHeaderRow: true },
    ]);
    expect(shape(locateTable(snapshot, PARAMETERS_TABLE))).toMatchObject({ name: 'CLS_Parametres', source: 'range' });
  });
});

describe('headers matched with the header tolerance (CONTRACT §1)', () => {
  it('N° spellings, missing spaces before a parenthesis, case, accents and non-breaking spaces', () => {
    const headers = ['Nº axe', 'axe strategique', 'N°objectif général', 'N ° objectif spécifique', 'N°\u00a0action', ' Intitule de l’action ', 'THEMATIQUE', 'pilote', 'debut', 'FIN', 'statut', 'Budget prévisionnel(€)', 'Avancement ( % )'];
    const located = locateTable(sheetOf("Plan d'action", [headers]), ACTIONS_TABLE);
    expect(located?.columns.map((c) => c.key)).toEqual([
      'axisNumber', 'axis', 'goalNumber', 'objectiveNumber', 'actionNumber', 'title', 'theme', 'pilot', 'start', 'end', 'status', 'budget', 'progress',
    ]);
    expect(located?.missingColumns).toEqual([]);
  });

  it('the yearly measure columns, one or two digits', () => {
    const headers = ['N° action', 'Indicateur', "Type d'indicateur", 'Nature', "Outil d'évaluation", 'Qui évalue', 'Quand évaluer', 'Réalisé année 1', 'realise annee 2', 'Réalisé année 12', 'Réalisé année 123', 'Réalisé 3'];
    const located = locateTable(sheetOf('Évaluation', [headers]), EVALUATION_TABLE);
    expect(located?.columns.slice(7).map((c) => c.key)).toEqual(['measure1', 'measure2', 'measure12', 'user:realise annee 123', 'user:realise 3']);
  });
});

describe('a used range that does not start at A1, sparse rows, formats and odd header cells', () => {
  const HEADERS = ['Objet', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut'];

  it('reads cells and their formats at their sheet address when the used range starts at C5', () => {
    const values: CellValue[][] = [['Financements'], [], HEADERS, ['Action', 'ARS', 'Financier', 2026, 1200, 'Acquis']];
    const formats = [[], [], [], [null, null, null, '0', '# ##0,00 €', null]];
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Financements', top: 5, left: 3, values, formats }], tables: [] };
    const located = locateTable(snapshot, FUNDINGS_TABLE);
    expect(shape(located)).toMatchObject({ headerRow: 7, bounds: { top: 7, left: 3, bottom: 8, right: 8 }, rows: [8] });
    const amount = located?.rows[0]?.cell('amount');
    expect([amount?.value, amount?.format, amount?.address]).toEqual([1200, '# ##0,00 €', 'G8']);
    expect(located?.rows[0]?.cell('object')?.format).toBeNull();
    expect(located?.rows[0]?.cell('paid')).toBeUndefined();
  });

  it('a row whose formats are not stored reads no format', () => {
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Financements', top: 1, left: 1, values: [HEADERS, ['Action', 'ARS']], formats: [[]] }], tables: [] };
    expect(locateTable(snapshot, FUNDINGS_TABLE)?.rows[0]?.cell('funder')?.format).toBeNull();
  });

  it('a row not stored inside a plain range (a sparse sheet) is a blank row, as is a row of spaces', () => {
    const values: CellValue[][] = [HEADERS, ['Action', 'ARS'], ['   ', ' '], ['Action', 'Ville']];
    values[5] = ['Action', 'CPAM'];
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Financements', top: 1, left: 1, values }], tables: [] };
    expect(shape(locateTable(snapshot, FUNDINGS_TABLE))).toMatchObject({ rows: [2, 4, 6], blankRows: [3, 5], bounds: { bottom: 6 } });
  });

  it('headers are read trimmed; an error or an empty cell in a table’s header row is a user column named by its letter', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: 'Financements', top: 1, left: 1, values: [[' Objet ', 'Financeur', { kind: 'error', code: '#REF!' }, null, 'Nature', 4, 'Année', 'd'], ['Action', 'ARS', 1, 2, 'Financier', 3, 2026]] }],
      tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: 2, right: 8, hasHeaderRow: true }],
    };
    const located = locateTable(snapshot, FUNDINGS_TABLE);
    expect(located?.columns.map((c) => [c.key, c.header, c.column])).toEqual([
      ['object', 'Objet', 1],
      ['funder', 'Financeur', 2],
      ['user:C', '', 3],
      // An empty header is named by its column letter, which no typed header can take (« d » is not « D »).
      ['user:D', '', 4],
      ['nature', 'Nature', 5],
      ['user:4', '4', 6],
      ['year', 'Année', 7],
      ['user:d', 'd', 8],
    ]);
    expect(shape(located)?.duplicates).toEqual([]);
  });

  it.each<[string, TableSnapshot]>([
    ['below the headers', { name: 'Tableau1', sheet: 'Financements', top: 3, left: 1, bottom: 4, right: 6, hasHeaderRow: true }],
    ['above the headers', { name: 'Tableau1', sheet: 'Financements', top: 1, left: 1, bottom: 1, right: 6, hasHeaderRow: true }],
    ['left of the headers', { name: 'Tableau1', sheet: 'Financements', top: 1, left: 1, bottom: 4, right: 1, hasHeaderRow: true }],
  ])('a table %s on the same sheet is not the owner of the range', (_where, table) => {
    const values: CellValue[][] = [['Note'], [null, ...HEADERS], [null, 'Action', 'ARS'], ['x']];
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Financements', top: 1, left: 1, values }], tables: [table] };
    expect(shape(locateTable(snapshot, FUNDINGS_TABLE))).toMatchObject({ name: 'CLS_Financements', source: 'range', headerRow: 2, rows: [3] });
  });
});
