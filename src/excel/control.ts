/** The `Contrôle` sheet (ours, rebuilt on each run) and cell selection. */
import type { ControlRow } from '../domain/port';
import { a1, quoteSheet } from '../domain/values/a1';
import { isOwnedSheet, markerRef, ownedSheetName } from '../domain/generate/ownership';
import { fold } from '../domain/values/text';
import { CONTROL_HEADERS, CONTROL_TABLE_NAME, OWNED_SHEET_MARKERS, OWNED_SHEETS } from '../domain/workbook/contract';
import type { WriteValue } from './cells';
import { TEXT_FORMAT, clearSheetInPlace, needsTextFormat, widthInPoints } from './cells';
import { gridBytes, packByBudget, syncEach } from './chunks';
import { ExcelAdapterError, runExcel } from './run';
import { excel as en } from '../texts/en/excel';
import { excel as fr } from '../texts/fr/excel';

const CONTROL_WIDTHS = [10, 30, 22, 10, 70, 24, 50] as const;

const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** `=HYPERLINK("#'Plan d''action'!B3","B3")`; plain text when the row names no cell. */
export function cellLink(row: ControlRow): WriteValue {
  if (row.cell === '') return '';
  return `=HYPERLINK(${formulaText(`#${quoteSheet(row.sheet)}!${row.cell}`)},${formulaText(row.cell)})`;
}

/** Rebuilds `Contrôle` in place with table `CLS_Controle`, one row per finding (two syncs, one more per ~1 MB of rows). @throws ExcelAdapterError */
export function writeControlSheet(rows: readonly ControlRow[]): Promise<void> {
  return runExcel('writeControl', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    // Ours is the sheet our marker points at; a user's own `Contrôle` is left alone and ours goes beside it.
    const known = names.items.map((item) => ({ name: item.name, ref: item.formula as string }));
    const sheetName = ownedSheetName(OWNED_SHEETS.control, { sheets: worksheets.items.map((ws) => ({ name: ws.name })), names: known });
    const existing = worksheets.items.find((ws) => fold(ws.name) === fold(sheetName) && isOwnedSheet(ws.name, known));
    // Every table on our sheet goes (as the whole sheet went before), so the new one fits at A1; we put no chart there.
    const onOurs = existing ? tables.items.filter((t) => fold(t.worksheet.name) === fold(existing.name)).map((t) => t.name) : [];
    // Our table name may sit elsewhere (a copied sheet): free the name, keep the cells.
    tables.items.filter((t) => fold(t.name) === fold(CONTROL_TABLE_NAME) && !onOurs.includes(t.name)).forEach((t) => t.convertToRange());
    // Cleared in place, not replaced: user formulas and hyperlinks into it stay valid, and no rename meets office-js #3218 (Excel on the web).
    if (existing) clearSheetInPlace(existing, onOurs, []);
    const sheet = existing ?? worksheets.add(sheetName);
    const marker = OWNED_SHEET_MARKERS[OWNED_SHEETS.control] ?? '';
    const markerItem = names.items.find((item) => fold(item.name) === fold(marker));
    if (markerItem) markerItem.formula = `=${markerRef(sheetName)}`;
    else context.workbook.names.add(marker, `=${markerRef(sheetName)}`, 'Feuille produite par Tableaux CLS');

    // One line per finding (an empty one when there is none, so the table has a body), written in row blocks within budget.
    const lines = [
      { values: [...CONTROL_HEADERS] as WriteValue[], formats: CONTROL_HEADERS.map(() => null) as (string | null)[] },
      ...(rows.length > 0 ? rows.map(controlLine) : [{ values: CONTROL_HEADERS.map(() => null) as WriteValue[], formats: CONTROL_HEADERS.map(() => null) as (string | null)[] }]),
    ];
    const height = lines.length;
    let top = 1;
    const blocks = packByBudget(lines, (line) => ({ request: gridBytes([line.values]) + gridBytes([line.formats]), response: 0 })).map((block) => {
      const at = top;
      top += block.length;
      return { at, block };
    });
    await syncEach(context, blocks, ({ at, block }, index) => {
      const range = sheet.getRange(`A${at}:${a1(at + block.length - 1, CONTROL_HEADERS.length)}`);
      range.numberFormat = block.map((line) => line.formats);
      range.formulas = block.map((line) => line.values);
      if (index < blocks.length - 1) return;
      const address = `A1:${a1(height, CONTROL_HEADERS.length)}`;
      const created = sheet.tables.add(address, true);
      created.name = CONTROL_TABLE_NAME;
      created.style = 'TableStyleMedium2';
      CONTROL_WIDTHS.forEach((width, column) => {
        sheet.getRange(`${a1(1, column + 1)}:${a1(height, column + 1)}`).format.columnWidth = widthInPoints(width);
      });
      sheet.getRange(`E2:E${height}`).format.wrapText = true;
      sheet.freezePanes.freezeRows(1);
    });
  });
}

/** A finding's line: texts as text (`@` where Excel would reinterpret them), the cell as a hyperlink. */
function controlLine(row: ControlRow): { values: WriteValue[]; formats: (string | null)[] } {
  const texts = [row.severity, row.rule, row.sheet, row.cell, row.message, row.value, row.suggestion];
  return {
    values: texts.map((text, column) => (column === 3 ? cellLink(row) : text)),
    formats: texts.map((text, column) => (column !== 3 && needsTextFormat(text) ? TEXT_FORMAT : null)),
  };
}

/** Shows a cell to the user: activates its sheet and selects it (two syncs). @throws ExcelAdapterError when the sheet is gone. */
export function selectCell(sheetName: string, cell: string): Promise<void> {
  return runExcel('select', async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) {
      throw new ExcelAdapterError('select', fr.sheetMissing(sheetName), en.sheetMissing(sheetName));
    }
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
