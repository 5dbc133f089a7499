/** The `Contrôle` sheet (ours, rebuilt on each run) and cell selection. */
import type { ControlRow } from '../domain/port';
import { a1, quoteSheet } from '../domain/values/a1';
import { isOwnedSheet, markerRef, ownedSheetName } from '../domain/generate/ownership';
import { fold } from '../domain/values/text';
import { CONTROL_HEADERS, CONTROL_TABLE_NAME, OWNED_SHEET_MARKERS, OWNED_SHEETS } from '../domain/workbook/contract';
import type { WriteValue } from './cells';
import { TEXT_FORMAT, grid, needsTextFormat, swapSheet, widthInPoints } from './cells';
import { ExcelAdapterError, runExcel } from './run';

const CONTROL_WIDTHS = [10, 30, 22, 10, 70, 24, 50] as const;

const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** `=HYPERLINK("#'Plan d''action'!B3","B3")`; plain text when the row names no cell. */
export function cellLink(row: ControlRow): WriteValue {
  if (row.cell === '') return '';
  return `=HYPERLINK(${formulaText(`#${quoteSheet(row.sheet)}!${row.cell}`)},${formulaText(row.cell)})`;
}

/** Rebuilds `Contrôle` with table `CLS_Controle`, one row per finding (two syncs). @throws ExcelAdapterError */
export function writeControlSheet(rows: readonly ControlRow[]): Promise<void> {
  return runExcel('writeControl', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name,items/position');
    const table = context.workbook.tables.getItemOrNullObject(CONTROL_TABLE_NAME);
    table.load('name');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    // Ours is the sheet our marker points at; a user's own `Contrôle` is left alone and ours goes beside it.
    const known = names.items.map((item) => ({ name: item.name, ref: item.formula as string }));
    const sheetName = ownedSheetName(OWNED_SHEETS.control, { sheets: worksheets.items.map((ws) => ({ name: ws.name })), names: known });
    const existing = worksheets.items.find((ws) => fold(ws.name) === fold(sheetName) && isOwnedSheet(ws.name, known));
    // Our table name may sit elsewhere (a copied sheet): free the name, keep the cells.
    if (!table.isNullObject) table.convertToRange();
    const taken = new Set(worksheets.items.map((ws) => fold(ws.name)));
    const sheet = existing ? swapSheet(worksheets, existing, existing.position, sheetName, taken, '~CLS Contrôle') : worksheets.add(sheetName);
    const marker = OWNED_SHEET_MARKERS[OWNED_SHEETS.control] ?? '';
    const markerItem = names.items.find((item) => fold(item.name) === fold(marker));
    if (markerItem) markerItem.formula = `=${markerRef(sheetName)}`;
    else context.workbook.names.add(marker, `=${markerRef(sheetName)}`, 'Feuille produite par Tableaux CLS');

    const height = Math.max(1, rows.length) + 1;
    const values: WriteValue[][] = grid(height, CONTROL_HEADERS.length, null);
    const formats: (string | null)[][] = grid(height, CONTROL_HEADERS.length, null);
    values[0] = [...CONTROL_HEADERS];
    rows.forEach((row, index) => {
      const texts = [row.severity, row.rule, row.sheet, row.cell, row.message, row.value, row.suggestion];
      values[index + 1] = texts.map((text, column) => (column === 3 ? cellLink(row) : text));
      formats[index + 1] = texts.map((text, column) => (column !== 3 && needsTextFormat(text) ? TEXT_FORMAT : null));
    });
    const address = `A1:${a1(height, CONTROL_HEADERS.length)}`;
    const range = sheet.getRange(address);
    range.numberFormat = formats;
    range.formulas = values;
    const created = sheet.tables.add(address, true);
    created.name = CONTROL_TABLE_NAME;
    created.style = 'TableStyleMedium2';
    CONTROL_WIDTHS.forEach((width, column) => {
      sheet.getRange(`${a1(1, column + 1)}:${a1(height, column + 1)}`).format.columnWidth = widthInPoints(width);
    });
    sheet.getRange(`E2:E${height}`).format.wrapText = true;
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
}

/** Shows a cell to the user: activates its sheet and selects it (two syncs). @throws ExcelAdapterError when the sheet is gone. */
export function selectCell(sheetName: string, cell: string): Promise<void> {
  return runExcel('select', async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) {
      throw new ExcelAdapterError('select', `la feuille « ${sheetName} » est introuvable.`, `sheet "${sheetName}" not found.`);
    }
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
