/** The snapshot's helpers: stored rows and cells of a sparse sheet, Excel errors. Each expectation written out by hand. */
import { isExcelError, storedCells, storedRows, uncalculated, UNCALCULATED, type CellValue, type SheetSnapshot } from '../../../src/domain/workbook/snapshot';

/** A sheet whose used range starts at C5 (row 5, column 3). */
function sheetAt(values: (readonly CellValue[])[]): SheetSnapshot {
  return { name: 'Feuil1', top: 5, left: 3, values };
}

/** Rows stored at the given 0-based indices (one cell each), holes elsewhere, as an adapter reads a sparse sheet. */
function sparse(length: number, stored: number[]): SheetSnapshot {
  const values: CellValue[][] = [];
  values.length = length;
  for (const i of stored) values[i] = [`r${i}`];
  return sheetAt(values);
}

describe('Excel errors and formulas saved without their result', () => {
  it('keeps the formula of an uncalculated cell, and none for a shared formula’s followers', () => {
    expect(UNCALCULATED).toBe('#UNCALCULATED');
    expect(uncalculated('SUM(A1:A3)')).toEqual({ kind: 'error', code: '#UNCALCULATED', formula: 'SUM(A1:A3)' });
    expect(uncalculated('')).toStrictEqual({ kind: 'error', code: '#UNCALCULATED' });
  });

  it.each<[CellValue | undefined, boolean]>([
    [{ kind: 'error', code: '#REF!' }, true],
    [null, false],
    [undefined, false],
    ['#REF!', false],
    [0, false],
    [false, false],
  ])('%p is an Excel error: %p', (value, expected) => {
    expect(isExcelError(value)).toBe(expected);
  });

  it('is not fooled by an object of another kind', () => {
    expect(isExcelError({ kind: 'rich', code: '#REF!' } as unknown as CellValue)).toBe(false);
  });
});

describe('storedRows: the rows holding something between two rows, inclusive', () => {
  const sheet = sheetAt([['a'], [], ['c'], ['d', 'e'], [], ['f']]); // rows 5 to 10; 6 and 9 empty

  it.each<[number, number, number[]]>([
    [1, 100, [5, 7, 8, 10]],
    [5, 10, [5, 7, 8, 10]],
    [6, 9, [7, 8]],
    [7, 7, [7]],
    [6, 6, []],
    [8, 7, []],
    [1, 4, []],
    [11, 20, []],
    [10, 10, [10]],
  ])('from %p to %p: %p', (from, to, expected) => {
    expect(storedRows(sheet, from, to)).toEqual(expected);
  });

  it('skips the holes of a sparse sheet, in a short range as in a long one', () => {
    const stored = [0, 3, 4095, 4096, 4097, 9999];
    const tall = sparse(10_000, stored);
    expect(storedRows(tall, 5, 5 + 9999)).toEqual(stored.map((i) => 5 + i));
    expect(storedRows(tall, 5 + 3, 5 + 4097)).toEqual([8, 4100, 4101, 4102]);
    expect(storedRows(tall, 5 + 4, 5 + 4094)).toEqual([]);
    expect(storedRows(tall, 5 + 1, 5 + 4096)).toEqual([8, 4100, 4101]);
    expect(storedRows(tall, 5 + 4096, 5 + 9999)).toEqual([4101, 4102, 10_004]);
    expect(storedRows(tall, 5 + 4097, 5 + 9998)).toEqual([4102]);
  });

  it('counts a row of empty cells as stored (the cells are there), an empty row as not', () => {
    expect(storedRows(sheetAt([[null], []]), 5, 6)).toEqual([5]);
  });
});

describe('storedCells: the cells of a row holding something between two columns, inclusive', () => {
  // Row 5 from column 3 (C): C holds 1, D nothing, E 'x', F false, G a hole, H 0.
  const row: CellValue[] = [1, null, 'x', false];
  row[5] = 0;
  const sheet = sheetAt([row, ['y']]);

  it.each<[number, number, number, [number, CellValue][]]>([
    [5, 1, 100, [[3, 1], [5, 'x'], [6, false], [8, 0]]],
    [5, 3, 8, [[3, 1], [5, 'x'], [6, false], [8, 0]]],
    [5, 4, 7, [[5, 'x'], [6, false]]],
    [5, 5, 5, [[5, 'x']]],
    [5, 4, 4, []],
    [5, 9, 20, []],
    [6, 1, 100, [[3, 'y']]],
    [4, 1, 100, []],
    [7, 1, 100, []],
  ])('row %p, columns %p to %p: %p', (r, left, right, expected) => {
    expect(storedCells(sheet, r, left, right)).toEqual(expected);
  });
});
