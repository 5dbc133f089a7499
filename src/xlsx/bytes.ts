/**
 * The one way our exceljs workbooks become .xlsx bytes: checked first, so no cell holds NaN or Infinity, and control
 * characters escaped the way Excel stores them (`_x001B_`), since exceljs would write them raw into invalid XML. Browser-safe.
 */
import { ValueType } from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';

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

/** Control characters XML cannot hold (C0 but tab and newline), CR (XML would turn it into a newline), C1 and bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = new RegExp('[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029\\ufffe\\uffff]', 'g');

/** Text with its control characters as Excel's `_xHHHH_` escapes, which Excel, LibreOffice and our reader decode back. */
export const escapeControls = (text: string): string =>
  text.replace(ESCAPED, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

const hasControls = (text: unknown): text is string => typeof text === 'string' && text.search(ESCAPED) >= 0;

/** The cell value with every text it holds escaped (rich text runs, hyperlink text, a formula's cached text); itself when none needs it. */
function escapedValue(value: CellValue): CellValue {
  if (hasControls(value)) return escapeControls(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value && value.richText.some((run) => hasControls(run.text))) {
    return { ...value, richText: value.richText.map((run) => ({ ...run, text: escapeControls(run.text) })) };
  }
  if ('hyperlink' in value && hasControls(value.text)) return { ...value, text: escapeControls(value.text) };
  // A formula cannot escape a control character (a link to a file named with one): its cached result stands in for it.
  if ('formula' in value && hasControls(value.formula)) return typeof value.result === 'string' ? escapeControls(value.result) : (value.result ?? null);
  if ('formula' in value && hasControls(value.result)) return { ...value, result: escapeControls(value.result) };
  return value;
}

/** Table column names are written as attributes, from the tables' own model. */
function escapeTableColumns(sheet: Worksheet): void {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: { columns?: { name?: unknown }[] } } | undefined> }).tables ?? {};
  for (const entry of Object.values(tables)) {
    for (const column of entry?.table?.columns ?? []) if (hasControls(column.name)) column.name = escapeControls(column.name);
  }
}

/** Escapes the control characters of every stored text, in place, just before writing. */
export function escapeControlCharacters(workbook: Workbook): void {
  workbook.eachSheet((sheet) => {
    escapeTableColumns(sheet);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ValueType.Merge) return;
        const escaped = escapedValue(cell.value);
        if (escaped !== cell.value) cell.value = escaped;
      });
    });
  });
}

/** The .xlsx bytes of a workbook whose cells all hold finite numbers. @throws RangeError (see assertFiniteCells). */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  assertFiniteCells(workbook);
  escapeControlCharacters(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
