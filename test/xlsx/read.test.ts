import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookBuffer, UnusableWorkbookError } from '../../src/xlsx/read';
import type { UnusableReason } from '../../src/xlsx/read';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { ACTION_HEADERS, buildCleanWorkbook, buildWorkbookBuffer, FUNDING_HEADERS, SHEETS } from '../fixtures/cls-workbooks';
import type { VariantId } from '../fixtures/cls-workbooks';

/** Excel serial of a calendar day, computed independently of src/. */
const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const read = async (variant: VariantId): Promise<WorkbookSnapshot> => readWorkbookBuffer(await buildWorkbookBuffer(variant));

const sheet = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** Value at an A1-style 1-based position, through the sheet's offset. */
const at = (s: SheetSnapshot, row: number, column: number): unknown => s.values[row - s.top]?.[column - s.left];
const formatAt = (s: SheetSnapshot, row: number, column: number): unknown => s.formats?.[row - s.top]?.[column - s.left];
const col = (header: string): number => ACTION_HEADERS.indexOf(header) + 1;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cls-read-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('readWorkbookBuffer on the clean CLS', () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbookBuffer(await buildCleanWorkbook());
  });

  it('lists every sheet in workbook order', () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      'Paramètres',
      "Plan d'action",
      'Financements',
      'Évaluation',
      'Suivi des rencontres',
      'Instances',
      'Listes',
    ]);
  });

  it.each([
    ['CLS_Parametres', 'Paramètres', 1, 1, 15, 2],
    ['CLS_Financeurs', 'Paramètres', 1, 4, 12, 6],
    ['CLS_Actions', "Plan d'action", 1, 1, 7, 24],
    ['CLS_Financements', 'Financements', 1, 1, 26, 8],
    ['CLS_Evaluation', 'Évaluation', 1, 1, 13, 13],
    ['CLS_Suivi', 'Suivi des rencontres', 1, 1, 3, 6],
  ])('reads table %s on sheet %s with its range', (name, sheetName, top, left, bottom, right) => {
    expect(snapshot.tables.find((t) => t.name === name)).toEqual({ name, sheet: sheetName, top, left, bottom, right, hasHeaderRow: true });
  });

  it('gives a dense grid from the top-left used cell, values as Excel holds them', () => {
    const plan = sheet(snapshot, SHEETS.actions);
    expect([plan.top, plan.left, plan.values.length]).toEqual([1, 1, 7]);
    expect(plan.values.every((row) => row.length === 24)).toBe(true);
    expect(plan.values[0]).toEqual(ACTION_HEADERS);
    expect(at(plan, 2, col('N° axe'))).toBe(1);
    expect(at(plan, 2, col('N° objectif spécifique'))).toBe('1.1');
    expect(at(plan, 2, col('N° action'))).toBe('1.1.1');
    expect(at(plan, 2, col('Commentaires / difficultés'))).toBeNull();
    expect(at(plan, 4, col('Budget prévisionnel (€)'))).toBe(18_500.5);
  });

  it.each([
    ['Début', 2, serial(2025, 5, 1), 'dd/mm/yyyy'],
    ['Fin', 2, serial(2026, 6, 30), 'dd/mm/yyyy'],
    ['Mise à jour le', 7, serial(2026, 11, 20), 'dd/mm/yyyy'],
    ['Avancement (%)', 3, 0.4, '0%'],
    ['Statut', 2, 'Réalisée', null],
  ])('reads %s of row %i as %p with format %p', (header, row, value, format) => {
    const plan = sheet(snapshot, SHEETS.actions);
    expect(at(plan, row, col(header))).toBe(value);
    expect(formatAt(plan, row, col(header))).toBe(format);
  });

  it('keeps the amount format and integer years', () => {
    const fundings = sheet(snapshot, SHEETS.fundings);
    expect(fundings.values[0]).toEqual(FUNDING_HEADERS);
    expect(at(fundings, 2, 6)).toBe(25_000);
    expect(String(formatAt(fundings, 2, 6))).toContain('€');
    expect(at(fundings, 2, 5)).toBe(2025);
  });

  it('reads a parameter date and the month/year forms of "Quand évaluer"', () => {
    const params = sheet(snapshot, SHEETS.parameters);
    expect(at(params, 6, 1)).toBe('Date de signature');
    expect(at(params, 6, 2)).toBe(serial(2025, 3, 15));
    const evaluation = sheet(snapshot, SHEETS.evaluation);
    expect(at(evaluation, 2, 13)).toBe('06/2026');
    expect(at(evaluation, 4, 13)).toBe('juin 2027');
    expect(at(evaluation, 6, 13)).toBe(serial(2027, 12, 1));
    expect(formatAt(evaluation, 6, 13)).toBe('mm/yyyy');
  });

  it('reads the workbook-scoped defined names', () => {
    expect(snapshot.names).toEqual([
      { name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$6' },
      { name: 'Liste_Financeurs', ref: "'Paramètres'!$D$2:$D$12" },
    ]);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await buildCleanWorkbook();
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromArrayBuffer = await readWorkbookBuffer(copy);
    expect(fromArrayBuffer.sheets.map((s) => s.values)).toEqual(snapshot.sheets.map((s) => s.values));
  });
});

describe('readWorkbookBuffer on the variants coordinators make', () => {
  it('keeps raw header texts (accents, case, non-breaking and surrounding spaces)', async () => {
    const plan = sheet(await read('looseHeaders'), SHEETS.actions);
    expect(plan.values[0]).toEqual(expect.arrayContaining(['debut', 'FIN', 'N°\u00a0action', ' Intitule de l’action ', 'thematique']));
  });

  it('reads reordered columns where they are', async () => {
    const plan = sheet(await read('reorderedColumns'), SHEETS.actions);
    expect(plan.values[0]).toEqual([...ACTION_HEADERS].reverse());
    expect(plan.values[1]?.[0]).toBe(serial(2026, 11, 2));
  });

  it('keeps user columns', async () => {
    const snapshot = await read('extraColumns');
    expect(sheet(snapshot, SHEETS.actions).values[0]).toContain('Remarques internes');
    expect(snapshot.tables.find((t) => t.name === 'CLS_Financements')?.right).toBe(9);
  });

  it('reads a range pasted under a title and a blank row, with its merge, and no table', async () => {
    const snapshot = await read('pastedRange');
    const fundings = sheet(snapshot, SHEETS.fundings);
    expect(snapshot.tables.map((t) => t.name)).not.toContain('CLS_Financements');
    expect(fundings.top).toBe(1);
    expect(fundings.values[0]).toEqual(['Financements du CLS 2025-2027', null, null, null, null, null, null, null]);
    expect(fundings.values[1]).toEqual([null, null, null, null, null, null, null, null]);
    expect(fundings.values[2]).toEqual(FUNDING_HEADERS);
    expect(fundings.values[3]?.slice(0, 6)).toEqual(['Coordination', null, 'ARS', 'Financier', 2025, 25_000]);
    expect(fundings.merges).toEqual(['A1:H1']);
  });

  it('keeps amounts typed as text as raw strings', async () => {
    const fundings = sheet(await read('amountsAsText'), SHEETS.fundings);
    expect([at(fundings, 2, 6), at(fundings, 3, 6), at(fundings, 17, 6)]).toEqual(['25 000 €', '25 000,00 €', '7 500,50']);
  });

  it('gives the cached #REF! of a formula as an Excel error value', async () => {
    const plan = sheet(await read('refError'), SHEETS.actions);
    expect(at(plan, 4, col('Budget prévisionnel (€)'))).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('keeps dates typed as text as text', async () => {
    const plan = sheet(await read('datesAsText'), SHEETS.actions);
    expect([at(plan, 5, col('Début')), at(plan, 5, col('Fin'))]).toEqual(['15/01/2026', '15/12/2027']);
  });

  it('reads a missing sheet as missing', async () => {
    const snapshot = await read('missingSheet');
    expect(snapshot.sheets.map((s) => s.name)).not.toContain(SHEETS.evaluation);
    expect(snapshot.tables.map((t) => t.name)).not.toContain('CLS_Evaluation');
  });

  // Excel omits headerRowCount for the usual table, which exceljs reads as "no header row".
  it.each<VariantId>(['excelAuthoredTables', 'exceljsRoundTrip'])('sees the header row of tables saved as in %s', async (variant) => {
    const snapshot = await read(variant);
    expect(snapshot.tables).toHaveLength(7);
    expect(snapshot.tables.every((t) => t.hasHeaderRow)).toBe(true);
  });
});

describe('cell mapping', () => {
  let s: SheetSnapshot;
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    const workbook = new Workbook();
    const ws = workbook.addWorksheet('Cellules');
    ws.getCell('C3').value = { richText: [{ text: 'Santé ' }, { font: { bold: true }, text: 'mentale' }] };
    ws.getCell('C4').value = { text: 'site ARS', hyperlink: 'https://www.ars.sante.fr' };
    ws.getCell('C5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('C6').value = { error: '#N/A' };
    ws.getCell('C7').value = true;
    ws.getCell('C8').value = { formula: 'D8*2', result: 10 };
    ws.getCell('C9').value = { sharedFormula: 'C8', result: 12 };
    ws.getCell('C10').value = { formula: 'D10' };
    ws.getCell('C11').value = new Date(Date.UTC(2026, 2, 15, 12));
    ws.getCell('C11').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('C12').value = '  texte brut  ';
    ws.getCell('D13').value = 0;
    ws.addTable({
      name: 'SansEntete',
      ref: 'F3',
      headerRow: false,
      columns: [{ name: 'A' }, { name: 'B' }],
      rows: [[1, 2], [3, 4]],
    });
    ws.addTable({
      name: 'AvecTotal',
      ref: 'F8',
      headerRow: true,
      totalsRow: true,
      columns: [{ name: 'Montant', totalsRowFunction: 'sum' }, { name: 'Libellé' }],
      rows: [[10, 'a'], [20, 'b']],
    });
    snapshot = await readWorkbookBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    s = sheet(snapshot, 'Cellules');
  });

  it('starts the grid at the top-left used cell', () => {
    expect([s.top, s.left]).toEqual([3, 3]);
  });

  it.each([
    ['rich text → plain text', 3, 3, 'Santé mentale'],
    ['hyperlink → its text', 4, 3, 'site ARS'],
    ['formula error → Excel error', 5, 3, { kind: 'error', code: '#DIV/0!' }],
    ['error value → Excel error', 6, 3, { kind: 'error', code: '#N/A' }],
    ['boolean', 7, 3, true],
    ['shared formula master → cached result', 8, 3, 10],
    ['shared formula → cached result', 9, 3, 12],
    ['formula without cached result → marked uncalculated, with its formula', 10, 3, { kind: 'error', code: '#UNCALCULATED', formula: 'D10' }],
    ['date with a time → serial with a fraction', 11, 3, serial(2026, 3, 15) + 0.5],
    ['string kept raw, not trimmed', 12, 3, '  texte brut  '],
    ['zero is a value', 13, 4, 0],
    ['empty → null', 13, 3, null],
  ])('%s', (_label, row, column, expected) => {
    expect(at(s, row, column)).toEqual(expected);
  });

  it('reports a table without header row as such', () => {
    expect(snapshot.tables.find((t) => t.name === 'SansEntete')).toMatchObject({ top: 3, bottom: 4, hasHeaderRow: false });
  });

  it('stops a table above its totals row', () => {
    expect(snapshot.tables.find((t) => t.name === 'AvecTotal')).toMatchObject({ top: 8, left: 6, bottom: 10, right: 7, hasHeaderRow: true });
  });
});

describe('unusable inputs', () => {
  const zipOf = async (files: Record<string, string>): Promise<Uint8Array> => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: 'uint8array' });
  };

  const cases: [string, () => Promise<Uint8Array>, UnusableReason, RegExp][] = [
    ['an empty file', async () => new Uint8Array(0), 'empty', /est vide/],
    ['a text file', async () => new TextEncoder().encode('Nom;Montant\nARS;25000\n'), 'not-zip', /n'est pas un classeur \.xlsx/],
    ['a truncated zip', async () => (await buildCleanWorkbook()).slice(0, 4_000), 'corrupt', /tronqué ou corrompu/],
    [
      'an OLE compound file (encrypted .xlsx or .xls)',
      async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
      'encrypted-or-xls',
      /mot de passe.*\.xls\)/,
    ],
    ['a zip that is not a workbook', () => zipOf({ 'lisezmoi.txt': 'bonjour' }), 'not-xlsx', /pas un classeur \.xlsx/],
  ];

  it.each(cases)('rejects %s with a typed, one-line French error', async (_label, bytes, reason, message) => {
    const path = join(tmp, `${reason}.xlsx`);
    await writeFile(path, await bytes());
    const error = await readWorkbookFile(path, 'classeur.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableWorkbookError);
    const unusable = error as UnusableWorkbookError;
    expect(unusable.reason).toBe(reason);
    expect(unusable.message).toMatch(message);
    expect(unusable.message.startsWith('classeur.xlsx')).toBe(true);
    expect(unusable.message).not.toMatch(/\n|at .*\.js|Error:/);
    expect(unusable.localized('en')).toMatch(/^classeur\.xlsx/);
  });

  it('rejects buffers the same way, without a file name', async () => {
    const error = await readWorkbookBuffer(new Uint8Array(0)).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'empty', message: 'le fichier est vide (0 octet) : ce n\'est pas un classeur .xlsx' });
    expect((error as UnusableWorkbookError).localized('en')).toBe('the file is empty (0 bytes): not an .xlsx workbook');
  });

  it.each([
    ['a missing file', () => join(tmp, 'absent.xlsx'), 'missing'],
    ['a folder', () => tmp, 'not-a-file'],
  ])('rejects %s', async (_label, path, reason) => {
    await expect(readWorkbookFile(path())).rejects.toMatchObject({ reason });
  });

  it('says in English what is wrong with an OLE file', () => {
    expect(new UnusableWorkbookError('encrypted-or-xls', 'a.xlsx').localized('en')).toBe(
      'a.xlsx is password-protected (encrypted) or in the Excel 97-2003 format (.xls): save it without a password as .xlsx',
    );
  });
});

describe('read.ts stays browser-safe', () => {
  it('imports no Node API', async () => {
    const source = await readFile(join(__dirname, '../../src/xlsx/read.ts'), 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs|path|os)/);
    expect(source).not.toMatch(/\bBuffer\./);
  });
});
