/**
 * An in-memory WorkbookPort over a snapshot model: the preview outside Excel, the task-pane tests and the
 * screenshots. It follows the Excel adapter's promises: a plan never overwrites a non-empty cell, owned
 * sheets are rebuilt, highlights are reversible.
 */
import { planWorkbook } from '../domain/generate';
import type { CellWrite, ColumnAddition } from '../domain/apply/changes';
import { ApplyRefusedError } from '../domain/apply/refusals';
import { changesForSnapshot } from '../domain/apply/snapshot-facts';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../domain/generate/plan';
import type { RowSync } from '../domain/apply/rows';
import { comparable } from '../domain/import/contract-rows';
import type { RecordParts } from '../domain/import/record';
import type { ApplyOutcome, CellEdit, ControlRow, RewriteOutcome, RowSyncOutcome, WorkbookPort } from '../domain/port';
import type { Finding } from '../domain/report';
import { a1, parseA1, parseRange } from '../domain/values/a1';
import { fold } from '../domain/values/text';
import { isOwnedSheet, markerRef, ownedSheetName } from '../domain/generate/ownership';
import { CONTROL_HEADERS, CONTROL_TABLE_NAME, OWNED_SHEET_MARKERS, OWNED_SHEETS } from '../domain/workbook/contract';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';

interface MemoryCell {
  readonly value: CellValue;
  readonly format: string | null;
}

interface MemorySheet {
  name: string;
  /** Keyed by `row:column`, 1-based. */
  cells: Map<string, MemoryCell>;
  /** Merged areas as A1 ranges, as the snapshot gave them. */
  merges: readonly string[];
  /** Charts the snapshot counted (the memory port draws none). */
  drawings: number;
}

interface MemoryTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  hasHeaderRow: boolean;
}

export interface CellSelection {
  readonly sheet: string;
  readonly cell: string;
}

/** A memory port, with what it was asked to show so tests and previews can observe it. */
export interface MemoryWorkbookPort extends Required<WorkbookPort> {
  readonly kind: 'memory';
  /** The last cell `select` went to. */
  readonly selection: CellSelection | null;
  /** `Sheet!A1` of every highlighted cell. */
  readonly highlighted: readonly string[];
}

const cellKey = (row: number, column: number): string => `${row}:${column}`;
const sameName = (a: string, b: string): boolean => fold(a) === fold(b);
const isFilled = (value: CellValue | undefined): boolean => value !== null && value !== undefined && value !== '';

/** The value a plan cell leaves in a cell: a formula's planned result when known, else its `=…` text. */
function planValue(cell: PlanCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'object') return cell;
  if ('date' in cell) return cell.date;
  return cell.result ?? `=${cell.formula}`;
}

class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  tables: MemoryTable[] = [];
  readonly names = new Map<string, string>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const sheet of snapshot.sheets) {
      const model = this.addSheet(sheet.name);
      model.merges = sheet.merges ?? [];
      model.drawings = sheet.drawings ?? 0;
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = sheet.formats?.[r]?.[c] ?? null;
          if (isFilled(value) || format !== null) model.cells.set(cellKey(sheet.top + r, sheet.left + c), { value, format });
        }),
      );
    }
    this.tables = snapshot.tables.map((t) => ({ ...t }));
    for (const name of snapshot.names ?? []) this.names.set(name.name, name.ref);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  addSheet(name: string): MemorySheet {
    const sheet: MemorySheet = { name, cells: new Map<string, MemoryCell>(), merges: [], drawings: 0 };
    this.sheets.push(sheet);
    return sheet;
  }

  table(name: string): MemoryTable | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  /** Empties an owned sheet and drops its tables: it is ours to rebuild. */
  clearSheet(sheet: MemorySheet): void {
    sheet.cells.clear();
    this.tables = this.tables.filter((t) => !sameName(t.sheet, sheet.name));
  }

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((sheet) => {
        const positions = [...sheet.cells.keys()].map((k) => k.split(':').map(Number) as [number, number]);
        const merges = { ...(sheet.merges.length > 0 ? { merges: sheet.merges } : {}), ...(sheet.drawings > 0 ? { drawings: sheet.drawings } : {}) };
        if (positions.length === 0) return { name: sheet.name, top: 1, left: 1, values: [], formats: [], ...merges };
        const top = Math.min(...positions.map((p) => p[0]));
        const left = Math.min(...positions.map((p) => p[1]));
        const bottom = Math.max(...positions.map((p) => p[0]));
        const right = Math.max(...positions.map((p) => p[1]));
        const values: CellValue[][] = [];
        const formats: (string | null)[][] = [];
        for (let row = top; row <= bottom; row += 1) {
          const valueRow: CellValue[] = [];
          const formatRow: (string | null)[] = [];
          for (let column = left; column <= right; column += 1) {
            const cell = sheet.cells.get(cellKey(row, column));
            valueRow.push(cell?.value ?? null);
            formatRow.push(cell?.format ?? null);
          }
          values.push(valueRow);
          formats.push(formatRow);
        }
        return { name: sheet.name, top, left, values, formats, ...merges };
      }),
      tables: this.tables.map((t): TableSnapshot => ({ ...t })),
      names: [...this.names].map(([name, ref]) => ({ name, ref })),
    };
  }
}

/** Inserts one empty column right of `after` over rows top..bottom, shifting cells and tables there, as Excel does. */
function insertColumnAfter(workbook: MemoryWorkbook, sheet: MemorySheet, after: number, top: number, bottom: number): void {
  const moved = [...sheet.cells]
    .map(([k, cell]) => ({ position: k.split(':').map(Number) as [number, number], cell }))
    .filter(({ position: [row, column] }) => row >= top && row <= bottom && column > after)
    .sort((a, b) => b.position[1] - a.position[1]);
  for (const { position: [row, column], cell } of moved) {
    sheet.cells.delete(cellKey(row, column));
    sheet.cells.set(cellKey(row, column + 1), cell);
  }
  for (const table of workbook.tables) {
    if (sameName(table.sheet, sheet.name) && table.left > after && table.top >= top && table.bottom <= bottom) {
      table.left += 1;
      table.right += 1;
    }
  }
}

/** Applies a plan as the Excel adapter does: the engine decides, this only executes. @throws ApplyRefusedError */
function applyPlanInMemory(workbook: MemoryWorkbook, plan: WorkbookPlan): ApplyOutcome {
  const changes = changesForSnapshot(plan, workbook.snapshot());
  if (changes.refusals.length > 0) throw new ApplyRefusedError(changes.refusals);
  for (const change of changes.sheets) {
    let sheet = workbook.sheet(change.name);
    if (!sheet) sheet = workbook.addSheet(change.name);
    else if (change.fate === 'rebuild') workbook.clearSheet(sheet);
    // Formats before values, so that a value written later keeps its planned format.
    if (change.fate !== 'keep') applyCellFormats(sheet, change.plan);
    for (const block of change.blocks) {
      if (block.kind === 'adopt') {
        const area = parseRange(block.range);
        if (area) workbook.tables.push({ name: block.block.name, sheet: sheet.name, ...area, hasHeaderRow: true });
        continue;
      }
      if (block.kind === 'rename') {
        const table = workbook.table(block.from);
        if (table) table.name = block.block.name;
        continue;
      }
      writeCells(sheet, block);
      if (block.kind === 'table') workbook.tables.push({ name: block.block.name, sheet: sheet.name, ...block.area, hasHeaderRow: true });
    }
  }
  for (const addition of changes.additions) addColumns(workbook, addition);
  for (const name of changes.names) workbook.names.set(name.name, name.ref);
  return changes.outcome;
}

/** Writes the non-null cells and formats of a change; a null leaves the cell as it is, as in Office.js. */
function writeCells(sheet: MemorySheet, write: CellWrite): void {
  write.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const format = write.formats[r]?.[c] ?? null;
      if (cell === null && format === null) return;
      const at = cellKey(write.area.top + r, write.area.left + c);
      const existing = sheet.cells.get(at);
      sheet.cells.set(at, { value: cell === null ? (existing?.value ?? null) : planValue(cell), format: format ?? existing?.format ?? null });
    }),
  );
}

/** Adds columns at the right of an existing table, shifting what sits right of it on its rows (nothing, by the engine). */
function addColumns(workbook: MemoryWorkbook, addition: ColumnAddition): void {
  const table = workbook.table(addition.table);
  const sheet = workbook.sheet(addition.sheet);
  if (!table || !sheet) return;
  for (const column of addition.columns) {
    insertColumnAfter(workbook, sheet, table.right, table.top, table.bottom);
    table.right += 1;
    sheet.cells.set(cellKey(table.top, table.right), { value: column.header, format: null });
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      sheet.cells.set(cellKey(row, table.right), { value: null, format: column.numberFormat ?? null });
    }
  }
}

function applyCellFormats(sheet: MemorySheet, plan: SheetPlan): void {
  for (const { range, numberFormat } of plan.cellFormats ?? []) {
    const [start = '', end = start] = range.split(':');
    const from = parseA1(start);
    const to = parseA1(end);
    if (!from || !to) continue;
    for (let row = from.row; row <= to.row; row += 1) {
      for (let column = from.column; column <= to.column; column += 1) {
        const cell = sheet.cells.get(cellKey(row, column));
        sheet.cells.set(cellKey(row, column), { value: cell?.value ?? null, format: numberFormat });
      }
    }
  }
}

function writeControlSheet(workbook: MemoryWorkbook, rows: readonly ControlRow[]): void {
  // Ours is the sheet our marker points at; a user's own `Contrôle` is left alone and ours goes beside it.
  const known = [...workbook.names].map(([name, ref]) => ({ name, ref }));
  const name = ownedSheetName(OWNED_SHEETS.control, { sheets: workbook.sheets.map((s) => ({ name: s.name })), names: known });
  const existing = workbook.sheet(name);
  const sheet = existing && isOwnedSheet(existing.name, known) ? existing : workbook.addSheet(name);
  workbook.clearSheet(sheet);
  workbook.names.set(OWNED_SHEET_MARKERS[OWNED_SHEETS.control] ?? '', markerRef(sheet.name));
  const table = workbook.table(CONTROL_TABLE_NAME);
  if (table) workbook.tables = workbook.tables.filter((t) => t !== table);
  CONTROL_HEADERS.forEach((header, c) => sheet.cells.set(cellKey(1, c + 1), { value: header, format: null }));
  rows.forEach((row, r) => {
    const values = [row.severity, row.rule, row.sheet, row.cell, row.message, row.value, row.suggestion];
    values.forEach((value, c) => sheet.cells.set(cellKey(r + 2, c + 1), { value: value === '' ? null : value, format: '@' }));
  });
  workbook.tables.push({
    name: CONTROL_TABLE_NAME,
    sheet: sheet.name,
    top: 1,
    left: 1,
    bottom: 1 + Math.max(1, rows.length),
    right: CONTROL_HEADERS.length,
    hasHeaderRow: true,
  });
}

/** Writes an import's rows as the Excel adapter does: all or nothing, checked against what the plan read. @throws ApplyRefusedError */
function applyRowsInMemory(workbook: MemoryWorkbook, sync: RowSync): RowSyncOutcome {
  for (const write of sync.writes) {
    const sheet = workbook.sheet(write.sheet);
    const changed = write.cells.findIndex(
      (cell, i) => (cell !== null || write.kind === 'fill') && comparable(sheet?.cells.get(cellKey(write.row, write.left + i))?.value ?? null) !== (write.expected[i] ?? ''),
    );
    if (changed >= 0) throw new ApplyRefusedError([{ kind: 'rows-changed', cell: `${write.sheet}!${a1(write.row, write.left + changed)}` }], 'import');
  }
  for (const append of sync.appends) {
    const table = workbook.table(append.table);
    if (!table || table.bottom !== append.bottom || table.left !== append.left) throw new ApplyRefusedError([{ kind: 'rows-changed', table: append.table }], 'import');
  }
  for (const write of sync.writes) {
    const sheet = workbook.sheet(write.sheet);
    if (sheet) writeCells(sheet, { area: { top: write.row, left: write.left, bottom: write.row, right: write.left + write.cells.length - 1 }, cells: [write.cells], formats: [write.formats] });
  }
  for (const append of sync.appends) {
    const table = workbook.table(append.table);
    const sheet = workbook.sheet(append.sheet);
    if (!table || !sheet) continue;
    const width = append.rows[0]?.length ?? 0;
    insertRowsBelow(workbook, sheet, table.bottom, table.left, table.left + width - 1, append.rows.length);
    table.bottom += append.rows.length;
    writeCells(sheet, { area: { top: append.bottom + 1, left: append.left, bottom: append.bottom + append.rows.length, right: append.left + width - 1 }, cells: append.rows, formats: append.formats });
  }
  return { writtenRows: sync.writes.length, addedRows: sync.appends.reduce((n, a) => n + a.rows.length, 0), recordWritten: sync.recordChanged };
}

/** Inserts `count` rows under row `after` between two columns, shifting the cells below down, as Excel's table rows do. */
function insertRowsBelow(workbook: MemoryWorkbook, sheet: MemorySheet, after: number, left: number, right: number, count: number): void {
  const moved = [...sheet.cells]
    .map(([k, cell]) => ({ position: k.split(':').map(Number) as [number, number], cell }))
    .filter(({ position: [row, column] }) => row > after && column >= left && column <= right)
    .sort((a, b) => b.position[0] - a.position[0]);
  for (const { position: [row, column], cell } of moved) {
    sheet.cells.delete(cellKey(row, column));
    sheet.cells.set(cellKey(row + count, column), cell);
  }
  for (const table of workbook.tables) {
    if (sameName(table.sheet, sheet.name) && table.top > after && table.left >= left && table.right <= right) {
      table.top += count;
      table.bottom += count;
    }
  }
}

/** Rewrites only the cells that still hold what the preview showed; the others are skipped. */
function rewriteCellsInMemory(workbook: MemoryWorkbook, edits: readonly CellEdit[]): RewriteOutcome {
  const keyOf = (edit: CellEdit): string | null => {
    const position = parseA1(edit.cell);
    return position ? cellKey(position.row, position.column) : null;
  };
  const written = edits.filter((edit) => {
    const key = keyOf(edit);
    return key !== null && workbook.sheet(edit.sheet)?.cells.get(key)?.value === edit.expected;
  });
  for (const edit of written) {
    const cells = workbook.sheet(edit.sheet)?.cells;
    const key = keyOf(edit) ?? '';
    const cell = cells?.get(key);
    if (cells && cell) cells.set(key, { ...cell, value: edit.value });
  }
  return { written, skipped: edits.filter((edit) => !written.includes(edit)) };
}

export const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: [] };

/** A memory port over a copy of `snapshot` (an empty workbook by default). */
export function createMemoryPort(snapshot: WorkbookSnapshot = EMPTY_SNAPSHOT): MemoryWorkbookPort {
  const workbook = new MemoryWorkbook(snapshot);
  let selection: CellSelection | null = null;
  let highlighted: string[] = [];
  // Kept as its XML parts, so that previews and tests go through the same serialisation as Excel.
  let importRecord: RecordParts | null = null;
  return {
    kind: 'memory',
    get selection() {
      return selection;
    },
    get highlighted() {
      return highlighted;
    },
    read: () => Promise.resolve(workbook.snapshot()),
    apply: (plan) => Promise.resolve().then(() => applyPlanInMemory(workbook, plan)),
    select: (sheetName, cell) =>
      Promise.resolve().then(() => {
        const sheet = workbook.sheet(sheetName);
        if (!sheet) throw new Error(`La feuille « ${sheetName} » n’existe pas dans ce classeur.`);
        if (!parseA1(cell)) throw new Error(`« ${cell} » n’est pas une adresse de cellule.`);
        selection = { sheet: sheet.name, cell };
      }),
    highlight: (findings: readonly Finding[]) =>
      Promise.resolve().then(() => {
        highlighted = findings.flatMap((f) => (f.cell ? [`${f.sheet}!${f.cell}`] : []));
      }),
    clearHighlights: () =>
      Promise.resolve().then(() => {
        highlighted = [];
      }),
    writeControl: (rows) => Promise.resolve().then(() => writeControlSheet(workbook, rows)),
    // The record's code (zod) loads with the Importer view, not with the pane.
    readImportRecord: async () => {
      if (importRecord === null) return null;
      const { recordFromParts } = await import('../domain/import/record.js');
      return recordFromParts(importRecord.index, importRecord.chunks.map((c) => c.xml));
    },
    applyRows: async (sync) => {
      const { RECORD_PART_MAX_BYTES, recordParts } = await import('../domain/import/record.js');
      const outcome = applyRowsInMemory(workbook, sync);
      if (sync.recordChanged) importRecord = recordParts(sync.record, RECORD_PART_MAX_BYTES, 'memory');
      return outcome;
    },
    rewriteCells: (edits) => Promise.resolve().then(() => rewriteCellsInMemory(workbook, edits)),
  };
}

/**
 * The year the preview's sample is signed: its first action ends on 30 June of that year, so from July the contract
 * starts the next year. A preview never shows a « late » warning that only says the sample has aged.
 */
export const previewStartYear = (now: Date): number => (now.getMonth() < 6 ? now.getFullYear() : now.getFullYear() + 1);

/** The sample CLS (Normandie, 3 years) applied to an empty workbook: the preview's content, signed for `now`. */
export function sampleSnapshot(now: Date = new Date()): WorkbookSnapshot {
  const workbook = new MemoryWorkbook(EMPTY_SNAPSHOT);
  applyPlanInMemory(workbook, planWorkbook({ profile: 'normandie', years: 3, sample: true, startYear: previewStartYear(now) }));
  return workbook.snapshot();
}

/** A memory port holding the sample CLS. */
export const createSamplePort = (now: Date = new Date()): MemoryWorkbookPort => createMemoryPort(sampleSnapshot(now));
