/**
 * Reads an .xlsx file into a WorkbookSnapshot: values as Excel holds them, number formats, merges, tables and
 * defined names. Our own reader over the zip and the XML (no exceljs here): sizes checked before inflating, parts
 * streamed slice by slice with a pause between (a page stays responsive), only the cells that exist kept. Browser-safe: no Node APIs here (see read-file.ts).
 */
import { parseRange } from '../domain/values/a1';
import { fold } from '../domain/values/text';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { ReadLimits } from './limits';
import { READ_LIMITS } from './limits';
import { readRelationships } from './package';
import type { Relationship } from './package';
import { damaged, UnusableWorkbookError } from './read-errors';
import { buildSheet } from './sheet-grid';
import type { SheetContext } from './sheet-part';
import { readSheetPart } from './sheet-part';
import { readSharedStrings } from './strings';
import { readCellFormats } from './styles';
import { readTablePart } from './table-part';
import type { TablePart } from './table-part';
import { readWorkbookPart } from './workbook-part';
import { ZipArchive } from './zip';

export { UnusableWorkbookError } from './read-errors';
export type { UnusableReason, UnusableDetail } from './read-errors';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CONTENT_TYPES = '[Content_Types].xml';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/**
 * Reads a workbook held in memory (a file picked in the browser, a buffer read from disk).
 * @throws UnusableWorkbookError when the bytes are not a readable .xlsx workbook, are damaged, or exceed `limits`.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes);
  return readPackage(ZipArchive.open(bytes, limits), limits);
}

/** Rejects what is recognisably not an .xlsx before handing bytes to the zip reader. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnusableWorkbookError('empty');
  // Encrypted .xlsx files and legacy .xls files are both OLE compound documents.
  if (bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new UnusableWorkbookError('encrypted-or-xls');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnusableWorkbookError('not-zip');
}

/** The workbook part the package points to (`xl/workbook.xml` in every file Excel writes). */
async function workbookPartOf(archive: ZipArchive): Promise<string> {
  const main = (await readRelationships(archive, '')).find((r) => r.kind === 'officeDocument')?.part;
  const part = main !== undefined && archive.has(main) ? main : archive.has(DEFAULT_WORKBOOK) ? DEFAULT_WORKBOOK : undefined;
  // A binary workbook (.xlsb) or a zip of something else: not what we read.
  if (part === undefined || !part.toLowerCase().endsWith('.xml')) throw new UnusableWorkbookError('not-xlsx');
  return part;
}

async function readPackage(archive: ZipArchive, limits: ReadLimits): Promise<WorkbookSnapshot> {
  const workbookPart = await workbookPartOf(archive);
  if (!archive.has(CONTENT_TYPES)) throw damaged({ kind: 'content-types' });
  const workbook = await readWorkbookPart(archive, workbookPart);
  const relationships = new Map((await readRelationships(archive, workbookPart)).map((r) => [r.id, r]));
  const related = (kind: string): Relationship | undefined => [...relationships.values()].find((r) => r.kind === kind);
  // Chart sheets and dialog sheets hold no cells.
  const worksheets = workbook.sheets.flatMap((entry) => {
    const relationship = relationships.get(entry.relationship);
    return relationship?.kind === 'worksheet' ? [{ name: entry.name, part: relationship.part }] : [];
  });
  const strings = related('sharedStrings');
  const styles = related('styles');
  archive.checkBudget([...worksheets.map((w) => w.part), ...[strings, styles].flatMap((r) => (r ? [r.part] : []))]);
  const context: SheetContext = {
    sharedStrings: strings && archive.has(strings.part) ? await readSharedStrings(archive, strings.part) : undefined,
    formats: await readCellFormats(archive, styles?.part),
    date1904: workbook.date1904,
    limits,
    cellsRead: 0,
    missingStrings: 0,
  };
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const worksheet of worksheets) {
    const part = await readSheetPart(archive, worksheet.part, worksheet.name, context);
    const sheet = buildSheet(worksheet.name, part);
    sheets.push(sheet);
    tables.push(...(await readSheetTables(archive, worksheet.part, part.tables, sheet)));
  }
  // One damage, named once, rather than every column of every table "missing".
  if (context.missingStrings > 0) throw damaged({ kind: 'shared-strings', cells: context.missingStrings });
  if (sheets.length === 0) throw new UnusableWorkbookError('not-xlsx');
  return { sheets, tables, names: workbook.names };
}

async function readSheetTables(archive: ZipArchive, sheetPart: string, ids: readonly string[], sheet: SheetSnapshot): Promise<TableSnapshot[]> {
  if (ids.length === 0) return [];
  const relationships = new Map((await readRelationships(archive, sheetPart)).map((r) => [r.id, r]));
  const tables: TableSnapshot[] = [];
  for (const id of ids) {
    const relationship = relationships.get(id);
    if (relationship?.kind !== 'table') continue;
    const part = await readTablePart(archive, relationship.part);
    const table = part && tableSnapshot(part, sheet);
    if (table) tables.push(table);
  }
  return tables;
}

function tableSnapshot(part: TablePart, sheet: SheetSnapshot): TableSnapshot | undefined {
  const range = parseRange(part.ref);
  if (!range) return undefined;
  // A totals row is not data: the range handed to the domain stops above it.
  const bottom = part.totalsRows > 0 && range.bottom - part.totalsRows >= range.top ? range.bottom - part.totalsRows : range.bottom;
  return {
    name: part.name,
    sheet: sheet.name,
    top: range.top,
    left: range.left,
    bottom,
    right: range.right,
    hasHeaderRow: part.headerRows > 0 || holdsColumnNames(part, sheet, range.top, range.left),
  };
}

/**
 * exceljs round trips write tables back with `headerRowCount="0"` although their first row still holds the column
 * names: such a row is a header row when it holds most of them.
 */
function holdsColumnNames(part: TablePart, sheet: SheetSnapshot, top: number, left: number): boolean {
  if (part.columns.length === 0) return false;
  const row = sheet.values[top - sheet.top];
  if (!row) return false;
  let matches = 0;
  part.columns.forEach((name, i) => {
    const cell = row[left - sheet.left + i];
    if (typeof cell === 'string' && fold(cell) === fold(name)) matches++;
  });
  return matches * 2 > part.columns.length;
}
