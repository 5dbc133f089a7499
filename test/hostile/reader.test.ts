/**
 * The .xlsx reader on hand-written OOXML (scripts/hostile-xlsx.js, scripts/hostile-zip.js — neither our writer nor
 * exceljs): limits just below, at and above, damage named, values as Excel stores them, memory following the cells.
 */
import { readWorkbookBuffer, UnusableWorkbookError } from '../../src/xlsx/read';
import type { ReadLimits } from '../../src/xlsx/limits';
import { READ_LIMITS } from '../../src/xlsx/limits';
import { plainDecoder } from '../../src/xlsx/text-decoder';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { storedRows } from '../../src/domain/workbook/snapshot';

interface ZipEntry {
  name: string;
  data?: Buffer;
  crc?: number;
  size?: number;
}
interface Model {
  sheets: { name: string; rows: unknown[][]; cells?: { row: number; column: number; value: unknown }[]; merges?: string[]; tables?: unknown[] }[];
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { packWorkbook, cell } = require('../../scripts/hostile-xlsx.js') as {
  packWorkbook(model: Model, options?: Record<string, unknown>): ZipEntry[];
  cell: Record<string, (...args: unknown[]) => unknown>;
};
const { writeZip } = require('../../scripts/hostile-zip.js') as { writeZip(entries: ZipEntry[], options?: Record<string, unknown>): Buffer };
/* eslint-enable @typescript-eslint/no-require-imports */

const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const one = (rows: unknown[][], extra: Partial<Model['sheets'][number]> = {}): Model => ({ sheets: [{ name: 'Feuille', rows, ...extra }] });
const xlsx = (model: Model, options?: Record<string, unknown>): Buffer => writeZip(packWorkbook(model, options));
const read = (bytes: Buffer, limits: ReadLimits = READ_LIMITS): Promise<WorkbookSnapshot> => readWorkbookBuffer(new Uint8Array(bytes), limits);
const sheet = (snapshot: WorkbookSnapshot): SheetSnapshot => snapshot.sheets[0]!;
const at = (s: SheetSnapshot, row: number, column: number): unknown => s.values[row - s.top]?.[column - s.left] ?? null;
const refusal = async (bytes: Buffer, limits?: ReadLimits): Promise<UnusableWorkbookError> => {
  const error = await read(bytes, limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnusableWorkbookError);
  return error as UnusableWorkbookError;
};
const limits = (over: Partial<ReadLimits>): ReadLimits => ({ ...READ_LIMITS, ...over });
const numbers = (rows: number, columns: number): number[][] => Array.from({ length: rows }, (_v, r) => Array.from({ length: columns }, (_w, c) => r * columns + c + 1));

describe('read limits, just below, at and above', () => {
  it('counts filled cells per sheet: 12 at a limit of 12 read, 13 refused as too large, naming the sheet', async () => {
    await expect(read(xlsx(one(numbers(3, 4))), limits({ cellsPerSheet: 12 }))).resolves.toBeTruthy();
    const error = await refusal(xlsx(one(numbers(3, 4).concat([[13]]))), limits({ cellsPerSheet: 12 }));
    expect(error.reason).toBe('too-large');
    expect(error.localized('fr')).toBe('le fichier : classeur trop volumineux : la feuille « Feuille » a plus de 12 cellules remplies ; découpez-le ou supprimez les feuilles inutiles');
    expect(error.localized('en')).toBe('the file: workbook too large (sheet "Feuille" has more than 12 filled cells); split it or delete the sheets you do not need');
  });

  it('counts filled cells of the whole workbook', async () => {
    const model: Model = { sheets: [{ name: 'A', rows: numbers(2, 5) }, { name: 'B', rows: numbers(2, 5) }] };
    await expect(read(xlsx(model), limits({ cells: 20 }))).resolves.toBeTruthy();
    expect((await refusal(xlsx(model), limits({ cells: 19 }))).localized('fr')).toContain('plus de 19 cellules remplies en tout');
  });

  it('does not count styled empty cells', async () => {
    const empty = [Array.from({ length: 30 }, () => cell.raw!('s="1"', ''))];
    await expect(read(xlsx(one([[1], ...empty])), limits({ cellsPerSheet: 1 }))).resolves.toBeTruthy();
  });

  it('counts the files of the archive before reading any', async () => {
    const entries = packWorkbook(one([[1]]));
    await expect(read(writeZip(entries), limits({ entries: entries.length }))).resolves.toBeTruthy();
    const error = await refusal(writeZip(entries), limits({ entries: entries.length - 1 }));
    expect(error.localized('fr')).toContain(`l'archive contient ${entries.length} fichiers (au plus ${entries.length - 1})`);
  });

  it('refuses a part by its declared size, and the parts together by theirs, before inflating', async () => {
    const entries = packWorkbook(one([['x'.repeat(5000)]]));
    const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml')!.data!.length;
    await expect(read(writeZip(entries), limits({ partBytes: strings }))).resolves.toBeTruthy();
    expect((await refusal(writeZip(entries), limits({ partBytes: strings - 1 }))).detail).toEqual({ kind: 'part', part: 'xl/sharedStrings.xml', bytes: strings, limit: strings - 1 });
    expect((await refusal(writeZip(entries), limits({ totalBytes: strings }))).detail).toEqual({ kind: 'total', limit: strings });
  });

  it('refuses the file by its own size first', async () => {
    const bytes = xlsx(one([[1]]));
    expect((await refusal(bytes, limits({ fileBytes: bytes.length - 1 }))).detail).toEqual({ kind: 'file', bytes: bytes.length, limit: bytes.length - 1 });
  });
});

describe('damage named once, as the file’s', () => {
  const edit = (change: (e: ZipEntry) => ZipEntry | null): Buffer => writeZip(packWorkbook(one([['Financeur'], ['ARS']])).flatMap((e) => change(e) ?? []));

  it.each<[string, (e: ZipEntry) => ZipEntry | null, object]>([
    ['a bad CRC', (e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, crc: 1 } : e), { kind: 'crc', part: 'xl/worksheets/sheet1.xml' }],
    ['a size that lies', (e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: 10 } : e), { kind: 'size', part: 'xl/worksheets/sheet1.xml' }],
    ['no [Content_Types].xml', (e) => (e.name === '[Content_Types].xml' ? null : e), { kind: 'content-types' }],
    ['no shared strings for two cells', (e) => (e.name === 'xl/sharedStrings.xml' ? null : e), { kind: 'shared-strings', cells: 2 }],
    ['a DOCTYPE', (e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: Buffer.from(e.data!.toString().replace('<worksheet', '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet')) } : e), { kind: 'doctype', part: 'xl/worksheets/sheet1.xml' }],
  ])('%s', async (_label, change, detail) => {
    const error = await refusal(edit(change));
    expect(error.reason).toBe('damaged');
    expect(error.detail).toEqual(detail);
    expect(error.localized('fr')).toMatch(/^le fichier est un classeur endommagé \(.+\) : rouvrez-le dans Excel/);
  });
});

describe('values as Excel stores them', () => {
  let s: SheetSnapshot;
  beforeAll(async () => {
    s = sheet(
      await read(
        xlsx(
          one([
            [cell.formula!('3000+3000', undefined, 'amount'), cell.error!('#REF!', 'date'), 'ARS_x001B_[2J'.replace('_x001B_', '\u001b'), true, cell.date!(serial(2025, 1, 15)), 45_000],
          ]),
          { date1904: true, phonetic: true },
        ),
      ),
    );
  });

  it.each([
    ['a formula without its result is marked uncalculated, with its formula', 1, { kind: 'error', code: '#UNCALCULATED', formula: '3000+3000' }],
    ['an error wins over a date format', 2, { kind: 'error', code: '#REF!' }],
    ['an escaped control character is read as that character (made visible only when printed)', 3, 'ARS\u001b[2J'],
    ['a boolean', 4, true],
    ['a 1904-system date moves to the 1900 serial', 5, serial(2025, 1, 15)],
    ['a plain number in a 1904 workbook stays the number', 6, 45_000],
  ])('%s', (_label, column, value) => {
    expect(at(s, 1, column)).toEqual(value);
  });

  it.each([
    ['cells without r', { refs: 'no-cell' }],
    ['rows and cells without r', { refs: 'none' }],
    ['a prefixed namespace', { prefix: 'x' }],
    ['UTF-16 parts', { encoding: 'utf-16le' }],
    ['CDATA strings', { strings: 'cdata' }],
    ['ISO date cells', { isoDates: true }],
    ['strict namespaces', { strict: true }],
  ])('reads %s as the plain file', async (_label, options) => {
    const model = one([['Financeur', null, 'Montant'], ['Conseil départemental', null, cell.amount!(1234.5)], [null, cell.date!(serial(2026, 3, 1))]]);
    const plain = sheet(await read(xlsx(model)));
    const odd = sheet(await read(xlsx(model, options)));
    expect({ values: odd.values, formats: odd.formats }).toEqual({ values: plain.values, formats: plain.formats });
    expect(at(plain, 2, 3)).toBe(1234.5);
  });
});

describe('memory follows the cells, not the used range', () => {
  it('keeps a stray value in XFD1048576 as one more stored row, not a million empty ones', async () => {
    const s = sheet(await read(xlsx(one([['Financeur'], ['ARS']], { cells: [{ row: 1_048_576, column: 16_384, value: 'égaré' }] }))));
    expect(s.values).toHaveLength(1_048_576);
    expect(Object.keys(s.values)).toEqual(['0', '1', '1048575']);
    expect(storedRows(s, 1, 1_048_576)).toEqual([1, 2, 1_048_576]);
    expect(at(s, 1_048_576, 16_384)).toBe('égaré');
    expect(at(s, 500_000, 8000)).toBeNull();
  });

  it('keeps a compact sheet dense, empty cells as nulls', async () => {
    const s = sheet(await read(xlsx(one([['a', null, 'c'], [], ['g']]))));
    expect(s.values).toEqual([['a', null, 'c'], [null, null, null], ['g', null, null]]);
  });

  it('clips a merge of the whole sheet to the used area, and keeps an ordinary merge as written', async () => {
    const s = sheet(await read(xlsx(one([['Titre', null, null], ['a', 'b', 'c']], { merges: ['A1:XFD1048576', 'A1:C1'] }))));
    expect(s.merges).toEqual(['A1:C2', 'A1:C1']);
  });
});

describe('the plain decoder (where the platform has no TextDecoder)', () => {
  it('joins a UTF-8 character split between two chunks and drops the byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Évaluation 25 000 € 🤔', 'utf8')]);
    const decoder = plainDecoder('utf-8');
    const text = [1, 5, 13, 20, bytes.length].reduce((out, end, i, ends) => out + decoder.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], end), { stream: true }), '') + decoder.decode();
    expect(text).toBe('Évaluation 25 000 € 🤔');
  });

  it('joins a UTF-16 code unit split between two chunks', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Paramètres', 'utf16le')]);
    const decoder = plainDecoder('utf-16le');
    expect(decoder.decode(bytes.subarray(0, 5), { stream: true }) + decoder.decode(bytes.subarray(5), { stream: true }) + decoder.decode()).toBe('Paramètres');
  });

  it('replaces a broken sequence with U+FFFD', () => {
    expect(plainDecoder('utf-8').decode(Buffer.from([0x41, 0xc3, 0x28, 0x42]))).toBe('A\ufffd(B');
  });
});
