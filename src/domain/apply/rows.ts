/**
 * Row-level part of the apply engine, for imports into an existing workbook: which rows of the contract tables
 * to fill, update, clear or add so that they hold what the source holds now — and nothing more. Decided here,
 * executed by the ports. Promises:
 * - a row is found again by its identity (contract-rows.ts), never by its position: sorting a table is harmless;
 * - a cell is updated only when it still holds what the previous import wrote there (its fingerprint in the
 *   record); a value the user typed is kept and listed, and a row the user typed is never touched;
 * - a row the user deleted is not brought back; a row gone from the source is cleared only if nobody edited it;
 * - importing the same source twice writes nothing.
 */
import { columnNumberFormat } from '../generate/formats';
import type { PlanCell } from '../generate/plan';
import type { ImportMapping } from '../import/mapping';
import type { KeyedRow, TableRows } from '../import/contract-rows';
import { comparable, identityOf, withRanks } from '../import/contract-rows';
import type { ImportRecord, RowPrints } from '../import/record';
import { fingerprint, RECORD_VERSION } from '../import/record';
import { a1 } from '../values/a1';
import type { LocatedColumn, LocatedTable, TableRow } from '../workbook/locate';
import { locateTable } from '../workbook/locate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { forcedFormat } from './cells';

/** Cells of one table row to write; `null` leaves a cell. Written only where the cell still holds `expected`. */
export interface RowWrite {
  readonly table: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 1-based sheet column of `cells[0]` (the table's first column). */
  readonly left: number;
  readonly cells: readonly PlanCell[];
  /** The comparable value each written cell must still hold (`''`: empty). */
  readonly expected: readonly string[];
  readonly formats: readonly (string | null)[];
  /** `fill`: a new row in a blank row of the table; `update`: changed values; `clear`: a row gone from the source. */
  readonly kind: 'fill' | 'update' | 'clear';
}

/** Rows added at the bottom of a table (Excel shifts what is below the table down, as when a user adds a row). */
export interface RowAppend {
  readonly table: string;
  readonly sheet: string;
  readonly left: number;
  /** The table's last row when planned: the new rows go just below it. */
  readonly bottom: number;
  readonly rows: readonly (readonly PlanCell[])[];
  readonly formats: readonly (readonly (string | null)[])[];
}

/** A user's value kept where the import had another. */
export interface KeptCell {
  readonly table: string;
  readonly sheet: string;
  readonly cell: string;
  readonly header: string;
  /** Comparable forms (`s:…`, `n:…`). */
  readonly current: string;
  readonly imported: string;
  /** `edited`: the user changed the imported value; `user-row`: a row the user typed with the same identity. */
  readonly reason: 'edited' | 'user-row';
}

export interface TableSyncReport {
  readonly table: string;
  readonly added: number;
  readonly updatedRows: number;
  readonly updatedCells: number;
  readonly unchanged: number;
  readonly cleared: number;
  /** Imported before, no longer in the table: the user deleted it (or changed its identity); not brought back. */
  readonly deletedByUser: number;
  /** Gone from the source but edited by the user since: left as it is. */
  readonly keptGone: number;
  /** Contract columns the table lacks: their imported values cannot be written. */
  readonly missingColumns: readonly string[];
}

export interface RowSync {
  readonly writes: readonly RowWrite[];
  readonly appends: readonly RowAppend[];
  readonly kept: readonly KeptCell[];
  readonly tables: readonly TableSyncReport[];
  /** Contract tables the workbook lacks (create them first). */
  readonly missingTables: readonly string[];
  readonly record: ImportRecord;
  /** False when the record would be written as it is. */
  readonly recordChanged: boolean;
}

const prints = (values: Readonly<Record<string, PlanCell>>, keys: readonly string[]): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, fingerprint(comparable(values[key]))]));

/** The comparable value of a table row's cell. */
const currentOf = (row: TableRow, key: string): string => comparable(row.cell(key)?.value);

/** JSON with sorted keys: two records are the same when this is. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

interface TablePlanState {
  readonly writes: RowWrite[];
  readonly appendRows: PlanCell[][];
  readonly appendFormats: (string | null)[][];
  readonly kept: KeptCell[];
  readonly prints: Record<string, RowPrints>;
}

/** One table's sync, given where it is. */
function syncTable(located: LocatedTable, incoming: TableRows, previous: Readonly<Record<string, RowPrints>>): { state: TablePlanState; report: TableSyncReport } {
  const table = located.name;
  const { left, right } = located.bounds;
  const width = right - left + 1;
  const columnOf = new Map(located.columns.map((c) => [c.key, c]));
  const missingColumns = incoming.spec.columns.filter((c) => !columnOf.has(c.key) && incoming.rows.some((r) => (r.values[c.key] ?? null) !== null));
  const currentRows = new Map(
    withRanks(located.rows, (row) => identityOf(incoming.spec.name, (key) => currentOf(row, key))).map(({ item, key }) => [key, item] as const),
  );
  const state: TablePlanState = { writes: [], appendRows: [], appendFormats: [], kept: [], prints: {} };
  const counts = { added: 0, updatedRows: 0, updatedCells: 0, unchanged: 0, cleared: 0, deletedByUser: 0, keptGone: 0 };
  const blankRows = blankRowsOf(located);
  /** The keys the table has a column for, with that column. */
  const columnsOf = (keys: readonly string[]): (readonly [string, LocatedColumn])[] =>
    keys.flatMap((key) => {
      const column = columnOf.get(key);
      return column === undefined ? [] : [[key, column] as const];
    });
  const keysOf = (row: KeyedRow): string[] => columnsOf(Object.keys(row.values)).map(([key]) => key);

  const emptyRow = (): { cells: PlanCell[]; expected: string[]; formats: (string | null)[] } => ({
    cells: Array<PlanCell>(width).fill(null),
    expected: Array<string>(width).fill(''),
    formats: Array<string | null>(width).fill(null),
  });

  const newRow = (row: KeyedRow): void => {
    const line = emptyRow();
    for (const [key, column] of columnsOf(Object.keys(row.values))) {
      const value = row.values[key] ?? null;
      if (value === null) continue;
      const at = column.column - left;
      line.cells[at] = value;
      line.formats[at] = forcedFormat(value) ?? (column.spec ? (columnNumberFormat(column.spec) ?? null) : null);
    }
    const blank = blankRows.shift();
    if (blank === undefined) {
      state.appendRows.push(line.cells);
      state.appendFormats.push(line.formats);
    } else {
      // Spare rows carry the column's format already; only text Excel would misread needs one.
      state.writes.push({ table, sheet: located.sheet, row: blank, left, cells: line.cells, expected: line.expected, formats: line.cells.map(forcedFormat), kind: 'fill' });
    }
    state.prints[row.key] = prints(row.values, keysOf(row));
    counts.added++;
  };

  const existingRow = (row: KeyedRow, current: TableRow): void => {
    const before = previous[row.key];
    const line = emptyRow();
    const kept: KeptCell[] = [];
    let changed = 0;
    const recorded: Record<string, string> = {};
    for (const [key, column] of columnsOf(Object.keys(row.values))) {
      const now = currentOf(current, key);
      const next = comparable(row.values[key]);
      if (now === next) {
        recorded[key] = fingerprint(next);
        continue;
      }
      if (before !== undefined && before[key] === fingerprint(now) && !incoming.appendOnly) {
        const at = column.column - left;
        // `''` clears a cell the source emptied.
        line.cells[at] = row.values[key] ?? '';
        line.expected[at] = now;
        line.formats[at] = forcedFormat(row.values[key]);
        recorded[key] = fingerprint(next);
        changed++;
      } else {
        kept.push({ table, sheet: located.sheet, cell: a1(current.row, column.column), header: column.header, current: now, imported: next, reason: before === undefined ? 'user-row' : 'edited' });
        if (before?.[key] !== undefined) recorded[key] = before[key];
      }
    }
    if (changed > 0) {
      state.writes.push({ table, sheet: located.sheet, row: current.row, left, cells: line.cells, expected: line.expected, formats: line.formats, kind: 'update' });
      counts.updatedRows++;
      counts.updatedCells += changed;
    } else {
      counts.unchanged++;
    }
    if (!incoming.appendOnly) state.kept.push(...kept);
    // A row the user typed stays theirs, unless it already holds exactly the imported values (then it is ours).
    if (before !== undefined || kept.length === 0) state.prints[row.key] = recorded;
  };

  const seen = new Set<string>();
  for (const row of incoming.rows) {
    seen.add(row.key);
    const current = currentRows.get(row.key);
    if (current) existingRow(row, current);
    else if (previous[row.key] !== undefined && !incoming.appendOnly) {
      // Imported before and gone from the table: the user removed it; remembered, so it is not brought back.
      state.prints[row.key] = previous[row.key] ?? {};
      counts.deletedByUser++;
    } else newRow(row);
  }
  for (const [key, before] of Object.entries(previous)) {
    if (seen.has(key) || incoming.appendOnly) continue;
    const current = currentRows.get(key);
    if (!current) continue;
    const untouched = Object.entries(before).every(([column, print]) => !columnOf.has(column) || fingerprint(currentOf(current, column)) === print);
    if (!untouched) {
      counts.keptGone++;
      continue;
    }
    const line = emptyRow();
    for (const [key, column] of columnsOf(Object.keys(before))) {
      const now = currentOf(current, key);
      if (now === '') continue;
      line.cells[column.column - left] = '';
      line.expected[column.column - left] = now;
    }
    state.writes.push({ table, sheet: located.sheet, row: current.row, left, cells: line.cells, expected: line.expected, formats: line.formats, kind: 'clear' });
    counts.cleared++;
  }
  return { state, report: { table, ...counts, missingColumns: missingColumns.map((c) => c.header) } };
}

/** Blank rows inside the table, top to bottom: trailing spare rows included, where new rows go first. */
function blankRowsOf(located: LocatedTable): number[] {
  const filled = new Set(located.rows.map((r) => r.row));
  const rows: number[] = [];
  for (let r = located.headerRow + 1; r <= located.bounds.bottom; r++) if (!filled.has(r)) rows.push(r);
  return rows;
}

/** Plans an import's rows into the workbook's contract tables. Pure. */
export function planRowSync(snapshot: WorkbookSnapshot, incoming: readonly TableRows[], record: ImportRecord | null, mapping: ImportMapping): RowSync {
  const writes: RowWrite[] = [];
  const appends: RowAppend[] = [];
  const kept: KeptCell[] = [];
  const tables: TableSyncReport[] = [];
  const missingTables: string[] = [];
  const rows: Record<string, Record<string, RowPrints>> = {};
  for (const table of incoming) {
    const located = locateTable(snapshot, table.spec);
    if (!located || located.source !== 'table') {
      if (table.rows.length > 0) missingTables.push(table.spec.name);
      continue;
    }
    const previous = record?.rows[table.spec.name] ?? {};
    const { state, report } = syncTable(located, table, previous);
    writes.push(...state.writes);
    if (state.appendRows.length > 0) {
      appends.push({ table: located.name, sheet: located.sheet, left: located.bounds.left, bottom: located.bounds.bottom, rows: state.appendRows, formats: state.appendFormats });
    }
    kept.push(...state.kept);
    tables.push(report);
    if (Object.keys(state.prints).length > 0) rows[table.spec.name] = state.prints;
  }
  const next: ImportRecord = { version: RECORD_VERSION, mapping, rows };
  return { writes, appends, kept, tables, missingTables, record: next, recordChanged: record === null || canonical(record) !== canonical(next) };
}

/** True when the sync writes no cell and adds no row. */
export const writesNothing = (sync: RowSync): boolean => sync.writes.length === 0 && sync.appends.length === 0;
