/** Reads the whole workbook into a snapshot in two syncs, whatever its size. */
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { runExcel } from './run';

/** Office.js cell value + its value type → snapshot value: errors become values, empty text becomes null. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { kind: 'error', code: typeof value === 'string' ? value : JSON.stringify(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export interface ReadOptions {
  /** Reads merged areas too (ExcelApi 1.13); queued in the same batch, so the sync count does not change. */
  readonly withMerges: boolean;
}

/** @throws ExcelAdapterError when Excel fails. */
export function readWorkbook(options: ReadOptions): Promise<WorkbookSnapshot> {
  return runExcel('read', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name,items/showHeaders');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    const sheetReads = worksheets.items.map((worksheet) => {
      // valuesOnly: formatting applied to whole columns must not inflate the payload.
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
      const merges = options.withMerges ? worksheet.getRange().getMergedAreasOrNullObject() : null;
      merges?.load('address');
      return { name: worksheet.name, used, merges };
    });
    const tableReads = tables.items.map((table) => {
      const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
      const worksheet = table.worksheet.load('name');
      return { name: table.name, hasHeaderRow: table.showHeaders, range, worksheet };
    });
    await context.sync();

    const sheets = sheetReads.map(({ name, used, merges }): SheetSnapshot => {
      const mergeList = merges && !merges.isNullObject ? splitAreas(merges.address) : [];
      const withMerges = mergeList.length > 0 ? { merges: mergeList } : {};
      if (used.isNullObject) return { name, top: 1, left: 1, values: [], formats: [], ...withMerges };
      const rawValues = used.values as unknown[][];
      const types = used.valueTypes as string[][];
      const values = rawValues.map((row, r) => row.map((value, c) => toCellValue(value, types[r]?.[c])));
      const formats = (used.numberFormat as unknown[][]).map((row) => row.map((format) => (typeof format === 'string' ? format : null)));
      return { name, top: used.rowIndex + 1, left: used.columnIndex + 1, values, formats, ...withMerges };
    });
    const tableSnapshots = tableReads.map(({ name, hasHeaderRow, range, worksheet }): TableSnapshot => ({
      name,
      sheet: worksheet.name,
      top: range.rowIndex + 1,
      left: range.columnIndex + 1,
      bottom: range.rowIndex + range.rowCount,
      right: range.columnIndex + range.columnCount,
      hasHeaderRow,
    }));
    const namedItems = names.items.map((item) => {
      const formula = String(item.formula as unknown);
      return { name: item.name, ref: formula.startsWith('=') ? formula.slice(1) : formula };
    });
    return { sheets, tables: tableSnapshots, names: namedItems };
  });
}

/** `Feuil1!A1:B2, Feuil1!D4:E4` → `['A1:B2', 'D4:E4']` (each area ends with its cell reference, whatever the sheet name holds). */
export function splitAreas(address: string): string[] {
  const areas = address.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=\s*(?:,|$))/g) ?? [];
  return areas.map((area) => area.replace(/\$/g, ''));
}
