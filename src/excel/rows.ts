/**
 * Writes an import's rows into the contract tables, all or nothing at the check: every cell to write is read
 * again first, and if one no longer holds what the plan read (the user typed meanwhile), or a table grew or
 * moved, nothing is written. Two syncs for a few hundred rows (one read, one write), more in budgeted blocks.
 *
 * Office.js facts relied on:
 * - `null` in a `values`/`numberFormat` array leaves that cell as it is; `''` clears it
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 * - `TableRowCollection.add(index, values)` (ExcelApi 1.4 for several rows) adds rows at the end when `index` is -1, shifting
 *   the cells below the table down as Excel does when a user adds a row
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
 * - Custom XML parts (ExcelApi 1.5) hold the import record; the old part is deleted in the same sync the new one is added.
 */
import { ApplyRefusedError } from '../domain/apply/refusals';
import type { RowAppend, RowSync, RowWrite } from '../domain/apply/rows';
import { comparable } from '../domain/import/contract-rows';
import type { ImportRecord } from '../domain/import/record';
import { chunkNamespaces, RECORD_NAMESPACE, RECORD_PART_MAX_BYTES, recordFromParts, recordParts } from '../domain/import/record';
import type { RowSyncOutcome } from '../domain/port';
import { columnLetter } from '../domain/values/a1';
import type { CellValue } from '../domain/workbook/snapshot';
import { toWriteValue } from './cells';
import { RANGE_ACTION_BYTES, SYNC_BUDGET_BYTES, gridBytes, packByBudget, syncEach, textBytes } from './chunks';
import { runExcel } from './run';

const rowAddress = (left: number, width: number, top: number, height = 1): string =>
  `${columnLetter(left)}${top}:${columnLetter(left + width - 1)}${top + height - 1}`;

/** Office.js returns errors as `#REF!` strings and empty cells as `''`: the snapshot's comparable forms. */
const officeComparable = (value: unknown): string => (value === '' || value === undefined ? '' : comparable(value as CellValue));

const writeCost = (write: RowWrite) => ({ request: RANGE_ACTION_BYTES * 2 + gridBytes([write.cells]) + gridBytes([write.formats]), response: gridBytes([write.cells]) + 64 });
const appendCost = (append: RowAppend) => ({ request: RANGE_ACTION_BYTES * 3 + gridBytes(append.rows) * 2 + gridBytes(append.formats), response: 64 });

/** An append cut into blocks that each fit a sync: block k's rows go below the rows of the blocks before it. */
function appendBlocks(append: RowAppend): RowAppend[] {
  const blocks: RowAppend[] = [];
  let start = 0;
  while (start < append.rows.length) {
    let end = start + 1;
    // Grow while the block stays within half the budget (its sync also carries the writes packed with it).
    while (end < append.rows.length && appendCost({ ...append, rows: append.rows.slice(start, end + 1), formats: append.formats.slice(start, end + 1) }).request < SYNC_BUDGET_BYTES / 2) end = Math.min(append.rows.length, end + Math.max(1, Math.floor((end - start) / 2)));
    blocks.push({ ...append, bottom: append.bottom + start, rows: append.rows.slice(start, end), formats: append.formats.slice(start, end) });
    start = end;
  }
  return blocks;
}

/** The first cell of a write that no longer holds what was read, as `Sheet!A1`, or null. */
function changedCell(write: RowWrite, values: unknown[][]): string | null {
  const row = values[0] ?? [];
  for (let i = 0; i < write.cells.length; i++) {
    if (write.cells[i] === null && write.kind !== 'fill') continue;
    if (officeComparable(row[i]) !== (write.expected[i] ?? '')) return `${write.sheet}!${columnLetter(write.left + i)}${write.row}`;
  }
  return null;
}

function queueWrite(range: Excel.Range, cells: readonly (readonly unknown[])[], formats: readonly (readonly (string | null)[])[]): void {
  if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats.map((row) => [...row]);
  range.values = cells.map((row) => row.map((cell) => toWriteValue(cell as Parameters<typeof toWriteValue>[0]))) as unknown[][];
}

const indexPart = (context: Excel.RequestContext): Excel.CustomXmlPart => context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).getOnlyItemOrNullObject().load('id');

/**
 * Writes the record last: a run interrupted before leaves rows without a record, and the next import finds them by
 * identity. A large record goes first to new uniquely named chunk parts; then, in one sync, the old index and its
 * chunks are deleted and the new index added.
 */
async function writeRecord(context: Excel.RequestContext, record: ImportRecord, old: Excel.CustomXmlPart): Promise<void> {
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const parts = recordParts(record, RECORD_PART_MAX_BYTES, token);
  const oldXml = old.isNullObject ? null : old.getXml();
  await syncEach(context, packByBudget(parts.chunks, (c) => ({ request: textBytes(c.xml) + 400, response: 0 })), (group) => {
    group.forEach((c) => context.workbook.customXmlParts.add(c.xml));
  });
  if (oldXml !== null && parts.chunks.length === 0) await context.sync();
  const oldChunks = oldXml === null ? [] : chunkNamespaces(oldXml.value).map((namespace) => context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject().load('id'));
  if (oldChunks.length > 0) await context.sync();
  if (!old.isNullObject) old.delete();
  oldChunks.forEach((part) => {
    if (!part.isNullObject) part.delete();
  });
  context.workbook.customXmlParts.add(parts.index);
  await context.sync();
}

/** @throws ApplyRefusedError when the workbook changed since the sync was planned; ExcelAdapterError otherwise. */
export function applyRows(sync: RowSync): Promise<RowSyncOutcome> {
  return runExcel('import', async (context) => {
    const sheet = (name: string) => context.workbook.worksheets.getItem(name);
    const reads: { write: RowWrite; range: Excel.Range }[] = [];
    const tables = sync.appends.map((append) => ({ append, range: context.workbook.tables.getItem(append.table).getRange().load('rowIndex,rowCount,columnIndex') }));
    const old = indexPart(context);
    // Protection and read-only first: Excel would refuse a write halfway through the batch (AccessDenied).
    const targets = [...new Set([...sync.writes.map((w) => w.sheet), ...sync.appends.map((a) => a.sheet)])];
    const protections = targets.map((name) => ({ name, protection: sheet(name).protection.load('protected') }));
    context.workbook.load('readOnly');
    const readGroups = packByBudget(sync.writes, writeCost);
    if (readGroups.length === 0) await context.sync();
    await syncEach(context, readGroups, (group) => {
      for (const write of group) reads.push({ write, range: sheet(write.sheet).getRange(rowAddress(write.left, write.cells.length, write.row)).load('values') });
    });
    const changed = reads.map(({ write, range }) => changedCell(write, range.values as unknown[][])).find((cell) => cell !== null);
    const moved = tables.find(({ append, range }) => range.rowIndex + range.rowCount !== append.bottom || range.columnIndex + 1 !== append.left);
    if (context.workbook.readOnly) throw new ApplyRefusedError([{ kind: 'read-only' }], 'import');
    const locked = protections.filter((p) => p.protection.protected).map((p) => ({ kind: 'sheet-protected' as const, sheet: p.name }));
    if (locked.length > 0) throw new ApplyRefusedError(locked, 'import');
    if (changed) throw new ApplyRefusedError([{ kind: 'rows-changed', cell: changed }], 'import');
    if (moved) throw new ApplyRefusedError([{ kind: 'rows-changed', table: moved.append.table }], 'import');

    const steps: { bytes: number; queue: () => void }[] = [
      ...reads.map(({ write, range }) => ({ bytes: writeCost(write).request, queue: () => queueWrite(range, [write.cells], [write.formats]) })),
      ...sync.appends.flatMap(appendBlocks).map((append) => ({
        bytes: appendCost(append).request,
        queue: () => {
          const width = append.rows[0]?.length ?? 0;
          // Rows added empty, then written with their formats first: `1.1.1` typed into a General cell would become a date.
          context.workbook.tables.getItem(append.table).rows.add(-1, append.rows.map((row) => row.map(() => '')));
          queueWrite(sheet(append.sheet).getRange(rowAddress(append.left, width, append.bottom + 1, append.rows.length)), append.rows, append.formats);
        },
      })),
    ];
    await syncEach(context, packByBudget(steps, (step) => ({ request: step.bytes, response: 0 })), (group) => {
      group.forEach((step) => step.queue());
    });
    if (sync.recordChanged) await writeRecord(context, sync.record, old);
    return { writtenRows: sync.writes.length, addedRows: sync.appends.reduce((n, a) => n + a.rows.length, 0), recordWritten: sync.recordChanged };
  });
}

/** The last import's record, or null when none or unreadable. Two syncs, more for a large record. */
export function readImportRecord(): Promise<ImportRecord | null> {
  return runExcel('read', async (context) => {
    const index = indexPart(context);
    await context.sync();
    if (index.isNullObject) return null;
    const xml = index.getXml();
    await context.sync();
    // A ClientResult: its value is there after the sync (the lint rule knows proxies, not results).
    // eslint-disable-next-line office-addins/load-object-before-read
    const indexXml = xml.value;
    const chunks = chunkNamespaces(indexXml).map((namespace) => context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject().load('id'));
    if (chunks.length === 0) return recordFromParts(indexXml);
    await context.sync();
    const texts: (string | null)[] = [];
    // One sync per ~1 MB of parts: each part's XML is asked for in the sync that brings it back.
    await syncEach(context, packByBudget(chunks, () => ({ request: 300, response: RECORD_PART_MAX_BYTES * 1.2 })), (group) => {
      const results = group.map((part) => (part.isNullObject ? null : part.getXml()));
      return () => results.forEach((result) => texts.push(result === null ? null : result.value));
    });
    return recordFromParts(indexXml, texts);
  });
}
