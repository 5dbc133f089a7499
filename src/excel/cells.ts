/** Conversions between plan data and what Office.js writes: values, formats, rectangles, widths. */

import type { Area } from '../domain/values/a1';

export { TEXT_FORMAT, grid, needsTextFormat, toWriteValue } from '../domain/apply/cells';
export type { WriteValue } from '../domain/apply/cells';

/** Rectangle from a range loaded with rowIndex/columnIndex/rowCount/columnCount (0-based in Office.js). */
export const rectOfLoaded = (range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Area => ({
  top: range.rowIndex + 1,
  left: range.columnIndex + 1,
  bottom: range.rowIndex + range.rowCount,
  right: range.columnIndex + range.columnCount,
});

/** Excel column width in points from a width in characters of the default font (8.43 characters = 48 points). */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/**
 * Empties one of our sheets in place: its charts, tables, cells, formats, conditional formats, validations and panes.
 * Never renamed or deleted: user formulas pointing into it stay valid, and no rename meets office-js #3218
 * (https://github.com/OfficeDev/office-js/issues/3218, renaming a sheet from an add-in on Excel on the web).
 */
export function clearSheetInPlace(worksheet: Excel.Worksheet, tables: readonly string[], charts: readonly Excel.Chart[]): void {
  for (const chart of charts) chart.delete();
  for (const table of tables) worksheet.tables.getItem(table).delete();
  const all = worksheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All');
  worksheet.freezePanes.unfreeze();
}
