/**
 * An in-memory WorkbookPort over a snapshot model: the preview outside Excel, the task-pane tests and the
 * screenshots. It follows the Excel adapter's promises: a plan never overwrites a non-empty cell, owned
 * sheets are rebuilt, highlights are reversible.
 */
import { planWorkbook } from '../domain/generate';
import { anchorOf, tableArea as tableRect } from '../domain/generate/geometry';
import type { PlanCell, RangePlan, SheetPlan, TablePlan, WorkbookPlan } from '../domain/generate/plan';
import type { ApplyOutcome, ControlRow, WorkbookPort } from '../domain/port';
import type { Finding } from '../domain/report';
import { parseA1, parseRange } from '../domain/values/a1';
import { fold, foldHeader } from '../domain/values/text';
import { isMarkerName, isOwnedSheet, markerRef, ownedSheetName, sheetOfRef } from '../domain/generate/ownership';
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

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
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
const intersects = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The value a plan cell leaves in a cell: a formula's planned result when known, else its `=…` text. */
function planValue(cell: PlanCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'object') return cell;
  if ('date' in cell) return cell.date;
  return cell.result ?? `=${cell.formula}`;
}


function rangeFormat(plan: RangePlan, row: number, column: number): string | null {
  if (plan.numberFormats === undefined) return null;
  if (typeof plan.numberFormats === 'string') return plan.numberFormats;
  return plan.numberFormats[row]?.[column] ?? null;
}

class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  tables: MemoryTable[] = [];
  readonly names = new Map<string, string>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const sheet of snapshot.sheets) {
      const model = this.addSheet(sheet.name);
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
    const sheet = { name, cells: new Map<string, MemoryCell>() };
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
        if (positions.length === 0) return { name: sheet.name, top: 1, left: 1, values: [], formats: [] };
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
        return { name: sheet.name, top, left, values, formats };
      }),
      tables: this.tables.map((t): TableSnapshot => ({ ...t })),
      names: [...this.names].map(([name, ref]) => ({ name, ref })),
    };
  }
}

/** The bottom row of what a sheet holds (cells and tables), 0 when empty. */
function usedBottom(workbook: MemoryWorkbook, sheet: MemorySheet): number {
  const rows = [...sheet.cells].filter(([, cell]) => isFilled(cell.value)).map(([k]) => Number(k.split(':')[0]));
  const tables = workbook.tables.filter((t) => sameName(t.sheet, sheet.name)).map((t) => t.bottom);
  return Math.max(0, ...rows, ...tables);
}

function hasData(sheet: MemorySheet, rect: Rect): boolean {
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let column = rect.left; column <= rect.right; column += 1) {
      if (isFilled(sheet.cells.get(cellKey(row, column))?.value)) return true;
    }
  }
  return false;
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

type Outcome = { -readonly [K in keyof ApplyOutcome]: ApplyOutcome[K] extends readonly (infer T)[] ? T[] : ApplyOutcome[K] };

function applyPlanInMemory(workbook: MemoryWorkbook, plan: WorkbookPlan): ApplyOutcome {
  const outcome: Outcome & { adoptedRanges: string[]; skippedSheets: string[]; blockedColumns: string[] } = {
    createdSheets: [],
    createdTables: [],
    addedColumns: [],
    createdNames: [],
    rebuiltSheets: [],
    adoptedRanges: [],
    skippedSheets: [],
    blockedColumns: [],
    keptCells: 0,
  };
  const known = [...workbook.names].map(([name, ref]) => ({ name, ref }));
  const fates = plan.sheets.map((sheetPlan) => {
    const existing = workbook.sheet(sheetPlan.name);
    // An owned name on a sheet no marker points at: the user's own sheet, never rebuilt.
    return !existing ? 'create' : !sheetPlan.owned ? 'keep' : isOwnedSheet(existing.name, known) ? 'rebuild' : 'skip';
  });
  const rebuilt = new Set(plan.sheets.filter((_, i) => fates[i] === 'rebuild').map((s) => fold(s.name)));
  const skipped = new Set(plan.sheets.filter((_, i) => fates[i] === 'skip').map((s) => fold(s.name)));

  plan.sheets.forEach((sheetPlan, index) => {
    const fate = fates[index];
    if (fate === 'skip') {
      outcome.skippedSheets.push(workbook.sheet(sheetPlan.name)?.name ?? sheetPlan.name);
      return;
    }
    let sheet = workbook.sheet(sheetPlan.name);
    if (!sheet) {
      sheet = workbook.addSheet(sheetPlan.name);
      outcome.createdSheets.push(sheetPlan.name);
    } else if (fate === 'rebuild') {
      workbook.clearSheet(sheet);
      outcome.rebuiltSheets.push(sheetPlan.name);
    }
    const keep = fate === 'keep';
    for (const block of sheetPlan.blocks) {
      if (block.kind === 'range') {
        outcome.keptCells += writeRange(sheet, block, keep);
        continue;
      }
      const existing = workbook.table(block.name);
      if (existing && !rebuilt.has(fold(existing.sheet))) {
        extendTable(workbook, block, existing, outcome);
        continue;
      }
      const adopted = !existing && keep && block.adoptRange !== undefined ? parseRange(block.adoptRange) : null;
      if (adopted) {
        // The user's plain range becomes the table as it stands: no value is written.
        workbook.tables.push({ name: block.name, sheet: sheet.name, ...adopted, hasHeaderRow: true });
        outcome.adoptedRanges.push(`${sheet.name}!${block.adoptRange ?? ''} → ${block.name}`);
        continue;
      }
      createTable(workbook, sheet, block, keep);
      if (!existing) outcome.createdTables.push(block.name);
    }
    if (!keep) applyCellFormats(sheet, sheetPlan);
  });

  for (const name of plan.names) {
    // A name into a skipped sheet would point into the user's own sheet.
    const target = sheetOfRef(name.ref);
    if (target !== null && skipped.has(fold(target))) continue;
    const existing = [...workbook.names.keys()].find((n) => sameName(n, name.name));
    if (existing === undefined) {
      workbook.names.set(name.name, name.ref);
      outcome.createdNames.push(name.name);
    } else if (isMarkerName(existing)) {
      workbook.names.set(existing, name.ref);
    }
  }
  return outcome;
}

/** Writes a free block; on a user sheet only into empty cells. Returns the number of user cells kept. */
function writeRange(sheet: MemorySheet, plan: RangePlan, keep: boolean): number {
  const anchor = anchorOf(plan.anchor);
  let kept = 0;
  plan.values.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = planValue(cell);
      if (value === null) return;
      const at = cellKey(anchor.row + r, anchor.column + c);
      if (keep && isFilled(sheet.cells.get(at)?.value)) {
        kept += 1;
        return;
      }
      sheet.cells.set(at, { value, format: rangeFormat(plan, r, c) });
    }),
  );
  return kept;
}

/** A new table at its anchor when free, else below everything on the sheet with one blank row. */
function createTable(workbook: MemoryWorkbook, sheet: MemorySheet, plan: TablePlan, keep: boolean): void {
  const anchor = anchorOf(plan.anchor);
  let rect = tableRect(plan, anchor.row, anchor.column);
  const others = workbook.tables.filter((t) => sameName(t.sheet, sheet.name));
  if (keep && (hasData(sheet, rect) || others.some((t) => intersects(t, rect)))) {
    rect = tableRect(plan, usedBottom(workbook, sheet) + 2, anchor.column);
  }
  plan.columns.forEach((column, c) => {
    sheet.cells.set(cellKey(rect.top, rect.left + c), { value: column.header, format: null });
    for (let row = rect.top + 1; row <= rect.bottom; row += 1) {
      const value = planValue(plan.rows[row - rect.top - 1]?.[c]);
      sheet.cells.set(cellKey(row, rect.left + c), { value, format: column.numberFormat ?? null });
    }
  });
  workbook.tables.push({ name: plan.name, sheet: sheet.name, ...rect, hasHeaderRow: true });
}

/** Adds the contract columns an existing table lacks; counts the user cells the plan would have filled. */
function extendTable(workbook: MemoryWorkbook, plan: TablePlan, table: MemoryTable, outcome: Outcome & { blockedColumns: string[] }): void {
  const sheet = workbook.sheet(table.sheet);
  if (!sheet || !table.hasHeaderRow) return;
  // Adding a table column shifts the cells right of the table on its rows: add only when nothing sits there.
  const free = ![...sheet.cells.entries()].some(([key, cell]) => {
    const [row = 0, column = 0] = key.split(':').map(Number);
    return row >= table.top && row <= table.bottom && column > table.right && isFilled(cell.value);
  });
  const headerAt = (column: number): string => {
    const value = sheet.cells.get(cellKey(table.top, column))?.value;
    return typeof value === 'string' || typeof value === 'number' ? foldHeader(String(value)) : '';
  };
  const dataRows = table.bottom - table.top;
  plan.columns.forEach((column, c) => {
    let at = -1;
    for (let col = table.left; col <= table.right; col += 1) if (headerAt(col) === foldHeader(column.header)) at = col;
    if (at >= 0) {
      plan.rows.forEach((row, r) => {
        if (r < dataRows && planValue(row[c]) !== null && isFilled(sheet.cells.get(cellKey(table.top + 1 + r, at))?.value)) outcome.keptCells += 1;
      });
      return;
    }
    if (!free) {
      outcome.blockedColumns.push(`${table.name}[${column.header}]`);
      return;
    }
    insertColumnAfter(workbook, sheet, table.right, table.top, table.bottom);
    table.right += 1;
    sheet.cells.set(cellKey(table.top, table.right), { value: column.header, format: null });
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      sheet.cells.set(cellKey(row, table.right), { value: null, format: column.numberFormat ?? null });
    }
    outcome.addedColumns.push(`${table.name}[${column.header}]`);
  });
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

export const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: [] };

/** A memory port over a copy of `snapshot` (an empty workbook by default). */
export function createMemoryPort(snapshot: WorkbookSnapshot = EMPTY_SNAPSHOT): MemoryWorkbookPort {
  const workbook = new MemoryWorkbook(snapshot);
  let selection: CellSelection | null = null;
  let highlighted: string[] = [];
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
  };
}

/** The sample CLS (Normandie, 3 years) applied to an empty workbook: the preview's content. */
export function sampleSnapshot(): WorkbookSnapshot {
  const workbook = new MemoryWorkbook(EMPTY_SNAPSHOT);
  applyPlanInMemory(workbook, planWorkbook({ profile: 'normandie', years: 3, sample: true }));
  return workbook.snapshot();
}

/** A memory port holding the sample CLS. */
export const createSamplePort = (): MemoryWorkbookPort => createMemoryPort(sampleSnapshot());
