import { validateWorkbook } from '../../src/domain/validate';
import { createFilePort } from '../../src/web/file-port';
import type { Xlsx, XlsxLoader } from '../../src/web/xlsx-loader';
import { loadXlsx } from '../../src/web/xlsx-loader';
import { readWorkbookBuffer, UnusableWorkbookError } from '../../src/xlsx/read';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';

const AS_OF = '2026-11-23';
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The real adapter, counting how often it is loaded. */
function countingLoader(): { load: XlsxLoader; calls: () => number } {
  let calls = 0;
  return {
    load: async (): Promise<Xlsx> => {
      calls += 1;
      return loadXlsx();
    },
    calls: () => calls,
  };
}

describe('createFilePort', () => {
  it('is a read-only file port: no apply, select, highlight or writeControl', () => {
    const port = createFilePort({ name: 'cls.xlsx', bytes: new ArrayBuffer(0) });
    expect(port.kind).toBe('file');
    expect(port.fileName).toBe('cls.xlsx');
    expect([port.apply, port.select, port.highlight, port.clearHighlights, port.writeControl]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads the picked bytes into the same snapshot the .xlsx reader gives, once', async () => {
    const bytes = await buildWorkbookBuffer('invertedDates');
    const { load, calls } = countingLoader();
    const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(bytes) }, load);
    const first = await port.read();
    const second = await port.read();
    expect(second).toBe(first);
    expect(calls()).toBe(1);
    const direct = await readWorkbookBuffer(bytes);
    expect(validateWorkbook(first, { asOf: AS_OF })).toEqual(validateWorkbook(direct, { asOf: AS_OF }));
    expect(validateWorkbook(first, { asOf: AS_OF }).findings.map((f) => [f.rule, f.cell])).toEqual(
      expect.arrayContaining([['action.dates-inverted', expect.any(String)], ['funding.funder-unknown', expect.any(String)]]),
    );
  });

  it.each([
    ['text renamed .xlsx', new TextEncoder().encode('Montant;Financeur\n25000;ARS\n'), 'not-zip', "budget.xlsx n'est pas un classeur .xlsx"],
    ['empty file', new Uint8Array(0), 'empty', 'budget.xlsx est vide'],
    ['password-protected or .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'encrypted-or-xls', 'budget.xlsx est protégé par un mot de passe'],
    ['truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'corrupt', 'budget.xlsx est un classeur .xlsx tronqué ou corrompu'],
  ])('rejects a %s with an UnusableWorkbookError named after the file', async (_label, bytes, reason, french) => {
    const port = createFilePort({ name: 'budget.xlsx', bytes: toArrayBuffer(bytes) });
    const error = await port.read().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UnusableWorkbookError);
    const unusable = error as UnusableWorkbookError;
    expect(unusable.reason).toBe(reason);
    expect(unusable.message).toContain(french);
    expect(unusable.localized('en')).toContain('budget.xlsx');
  });
});
