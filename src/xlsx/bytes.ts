/** The one way our exceljs workbooks become .xlsx bytes: checked first, so no cell holds NaN or Infinity. Browser-safe. */
import { ValueType } from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';

/** The number a cell would store as its value or its formula's cached result (a date as its time), if any. */
function storedNumber(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return undefined;
}

/**
 * Throws when a cell holds NaN, ±Infinity or an invalid date: exceljs would write `<v>NaN</v>`, which
 * Excel repairs away and other readers misread. Such a value is a bug upstream, never user data.
 * @throws RangeError naming the sheet and the cell.
 */
export function assertFiniteCells(workbook: Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs drops a NaN result from `cell.value`, yet writes it; `cell.result` still holds it.
        const n = storedNumber(cell.value) ?? (cell.type === ValueType.Formula ? storedNumber(cell.result) : undefined);
        if (n !== undefined && !Number.isFinite(n)) {
          throw new RangeError(`nombre invalide (${String(cell.value instanceof Date ? 'date' : n)}) en '${sheet.name}'!${cell.address} : le classeur n'est pas écrit`);
        }
      });
    });
  });
}

/** The .xlsx bytes of a workbook whose cells all hold finite numbers. @throws RangeError (see assertFiniteCells). */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  assertFiniteCells(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
