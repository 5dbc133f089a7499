import { validateWorkbook } from '../../src/domain/validate';
import type { FileHandle, ReadOutcome } from '../../src/web/file-port';
import { createFilePort, FileRereadError } from '../../src/web/file-port';
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

  describe('checks after the first one', () => {
    const file = (bytes: Uint8Array, lastModified: number): File => new File([bytes as Uint8Array<ArrayBuffer>], 'cls.xlsx', { lastModified });

    /** A handle whose file the test replaces or breaks. */
    function disk(first: File): { handle: FileHandle; reads: () => number; save: (f: File) => void; fail: () => void } {
      let current = first;
      let broken = false;
      let reads = 0;
      return {
        handle: {
          getFile: () => {
            reads += 1;
            return broken ? Promise.reject(new DOMException('gone', 'NotFoundError')) : Promise.resolve(current);
          },
        },
        reads: () => reads,
        save: (f) => {
          current = f;
        },
        fail: () => {
          broken = true;
        },
      };
    }

    it('the page’s reads and the first check use the bytes as opened; later ones read the handle, and again only when the file changed', async () => {
      const defects = await buildWorkbookBuffer('invertedDates');
      const clean = await buildWorkbookBuffer('clean');
      const onDisk = disk(file(defects, 1_000));
      const { load, calls } = countingLoader();
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(defects), handle: onDisk.handle, lastModified: 1_000 }, load);
      const told: ReadOutcome[] = [];
      port.subscribe((outcome) => told.push(outcome));
      expect(port.rereads).toBe(true);

      const opened = await port.current();
      expect(await port.read()).toBe(opened);
      expect(await port.current()).toBe(opened);
      expect({ reads: onDisk.reads(), told, parses: calls() }).toEqual({ reads: 0, told: [], parses: 1 });

      expect(await port.read()).toBe(opened);
      expect(told).toEqual([{ kind: 'unchanged', lastModified: 1_000 }]);
      expect(calls()).toBe(1);

      onDisk.save(file(clean, 2_000));
      const fixed = await port.read();
      expect(fixed).not.toBe(opened);
      expect(validateWorkbook(fixed, { asOf: AS_OF })).toEqual(validateWorkbook(await readWorkbookBuffer(clean), { asOf: AS_OF }));
      expect(told[1]).toEqual({ kind: 'reread', size: clean.byteLength, lastModified: 2_000 });
      // The page's own views follow the file read again.
      expect(await port.current()).toBe(fixed);
    });

    it('a file of the same date but another size is read again', async () => {
      const defects = await buildWorkbookBuffer('invertedDates');
      const clean = await buildWorkbookBuffer('clean');
      expect(clean.byteLength).not.toBe(defects.byteLength);
      const onDisk = disk(file(defects, 1_000));
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(defects), handle: onDisk.handle, lastModified: 1_000 });
      const opened = await port.read();
      onDisk.save(file(clean, 1_000));
      expect(await port.read()).not.toBe(opened);
    });

    it('without a handle every later check says it is of the file as opened', async () => {
      const bytes = await buildWorkbookBuffer('clean');
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(bytes) });
      const told: ReadOutcome[] = [];
      const stop = port.subscribe((outcome) => told.push(outcome));
      expect(port.rereads).toBe(false);
      const first = await port.read();
      expect(told).toEqual([]);
      expect(await port.read()).toBe(first);
      expect(told).toEqual([{ kind: 'as-opened' }]);
      stop();
      await port.read();
      expect(told).toHaveLength(1);
    });

    it('a handle that no longer reads gives a FileRereadError in both languages; the last snapshot stays', async () => {
      const bytes = await buildWorkbookBuffer('clean');
      const onDisk = disk(file(bytes, 1_000));
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(bytes), handle: onDisk.handle, lastModified: 1_000 });
      const opened = await port.read();
      onDisk.fail();
      const error = await port.read().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(FileRereadError);
      expect((error as FileRereadError).localized('fr')).toBe('« cls.xlsx » n’a pas pu être relu sur le disque (déplacé, renommé ou supprimé ?) : déposez à nouveau le fichier modifié sur la page.');
      expect((error as FileRereadError).localized('en')).toBe('“cls.xlsx” could not be read again from disk (moved, renamed or deleted?): drop the modified file on the page again.');
      expect(await port.current()).toBe(opened);
    });

    it('a file saved broken is named as unusable; the last good snapshot stays and the next check tries again', async () => {
      const bytes = await buildWorkbookBuffer('clean');
      const onDisk = disk(file(bytes, 1_000));
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(bytes), handle: onDisk.handle, lastModified: 1_000 });
      const opened = await port.read();
      onDisk.save(file(new TextEncoder().encode('pas un classeur'), 2_000));
      const error = await port.read().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UnusableWorkbookError);
      expect((error as UnusableWorkbookError).message).toContain("cls.xlsx n'est pas un classeur .xlsx");
      expect(await port.current()).toBe(opened);
      onDisk.save(file(bytes, 3_000));
      const again = await port.read();
      expect(validateWorkbook(again, { asOf: AS_OF })).toEqual(validateWorkbook(opened, { asOf: AS_OF }));
    });

    it('checks asked at once are answered in order, each with the file as it was when its turn came', async () => {
      const defects = await buildWorkbookBuffer('invertedDates');
      const clean = await buildWorkbookBuffer('clean');
      const onDisk = disk(file(defects, 1_000));
      const port = createFilePort({ name: 'cls.xlsx', bytes: toArrayBuffer(defects), handle: onDisk.handle, lastModified: 1_000 });
      await port.read();
      onDisk.save(file(clean, 2_000));
      const [a, b] = await Promise.all([port.read(), port.read()]);
      expect(b).toBe(a);
      expect(await port.current()).toBe(a);
    });
  });
});
