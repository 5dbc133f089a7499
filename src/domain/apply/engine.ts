/**
 * The one apply engine: from a plan and what an adapter read of the workbook, decide every sheet, table,
 * column, name and cell to create, adopt, keep or refuse. Adapters (Office.js, in-memory) only execute it.
 * Promises kept here, once: a user cell is never overwritten, a user column never moved, a user sheet never
 * rebuilt, a user name never repointed, and nothing is written when the workbook would refuse part of it.
 */
import type { Area } from '../values/a1';
import { anchorOf, tableArea } from '../generate/geometry';
import { isMarkerName, isOwnedSheet, sheetOfRef } from '../generate/ownership';
import type { PlanCell, RangePlan, SheetPlan, TablePlan, WorkbookPlan } from '../generate/plan';
import type { ApplyOutcome } from '../port';
import { parseRange } from '../values/a1';
import { fold, foldHeader } from '../values/text';
import { TABLES } from '../workbook/contract';
import { forcedFormat, grid, toWriteValue } from './cells';
import type { BlockChange, ChangeSet, ColumnAddition, NameChange, SheetChange, SheetFate } from './changes';
import type { Answers, Inventory, ReadRequest, TableFacts } from './facts';
import { intersects, isFilled } from './facts';
import type { Refusal } from './refusals';
import { columnsOf, respellReferences } from './structured-refs';

/** Defined names the plan owns and may repoint; any other existing name is the user's. */
export const OUR_NAME_PREFIX = 'Liste_';

/** Columns checked right of an existing table: a column is added only when nothing sits there (Excel would shift it). */
export const BESIDE_BAND = 64;

const LAST_ROW = 1_048_576;

/** What the engine needs of the inventory to know what to read: sheet names, tables, names. */
export type Layout = Pick<Inventory, 'tables' | 'names'> & { readonly sheets: readonly { readonly name: string }[] };

interface SheetDecision {
  readonly plan: SheetPlan;
  /** `skip`: an owned name on a sheet no marker points at — the user's own sheet, left untouched. */
  readonly fate: SheetFate | 'skip';
  /** The sheet's name in the workbook, or the plan's for a new sheet. */
  readonly name: string;
}

/**
 * `blank`: sheets known to hold nothing (no value, no table). A blank sheet bearing one of our names is taken
 * as ours even without its marker: an interrupted Créer may have added it and not yet marked it, and clearing
 * a blank sheet loses nothing.
 */
function decideSheets(plan: WorkbookPlan, layout: Layout, blank: (sheet: string) => boolean = () => false): SheetDecision[] {
  const existing = new Map(layout.sheets.map((sheet) => [fold(sheet.name), sheet.name]));
  return plan.sheets.map((sheetPlan) => {
    const name = existing.get(fold(sheetPlan.name));
    if (name === undefined) return { plan: sheetPlan, fate: 'create', name: sheetPlan.name };
    if (!sheetPlan.owned) return { plan: sheetPlan, fate: 'keep', name };
    return { plan: sheetPlan, fate: isOwnedSheet(name, layout.names) || blank(name) ? 'rebuild' : 'skip', name };
  });
}

/** Sheets with one of our names but no marker: whether they are blank decides if they are ours. */
const unmarkedOwned = (plan: WorkbookPlan, layout: Layout): string[] =>
  decideSheets(plan, layout)
    .filter((d) => d.fate === 'skip')
    .map((d) => d.name);

function blankSheets(plan: WorkbookPlan, layout: Layout, answers: Answers): (sheet: string) => boolean {
  const blank = new Set(
    unmarkedOwned(plan, layout)
      .filter((name) => answers.used(name) === null && answers.drawings(name) === 0 && !layout.tables.some((t) => fold(t.sheet) === fold(name)))
      .map(fold),
  );
  return (sheet) => blank.has(fold(sheet));
}

const rebuiltSheets = (decisions: readonly SheetDecision[]): Set<string> =>
  new Set(decisions.filter((d) => d.fate === 'rebuild').map((d) => fold(d.name)));

/** The existing table a plan table extends: same name, on a sheet that is not rebuilt. */
function tableOf(layout: Layout, name: string, rebuilt: ReadonlySet<string>): TableFacts | undefined {
  const table = layout.tables.find((t) => fold(t.name) === fold(name));
  return table && !rebuilt.has(fold(table.sheet)) ? table : undefined;
}

/** Rows of an existing table: data rows exclude the header and the totals row. */
function tableRows(table: TableFacts): { readonly dataTop: number; readonly dataRows: number } {
  const dataTop = table.area.top + (table.showHeaders ? 1 : 0);
  const dataBottom = table.area.bottom - (table.showTotals ? 1 : 0);
  return { dataTop, dataRows: Math.max(0, dataBottom - dataTop + 1) };
}

export function rangeArea(plan: RangePlan): Area {
  const anchor = anchorOf(plan.anchor);
  const width = Math.max(1, ...plan.values.map((row) => row.length));
  return { top: anchor.row, left: anchor.column, bottom: anchor.row + Math.max(1, plan.values.length) - 1, right: anchor.column + width - 1 };
}

const plannedArea = (block: TablePlan): Area => {
  const anchor = anchorOf(block.anchor);
  return tableArea(block, anchor.row, anchor.column);
};

const columnBand = (area: Area): Area => ({ top: 1, left: area.left, bottom: LAST_ROW, right: area.right });

const besideBand = (area: Area): Area => ({ top: area.top, left: area.right + 1, bottom: area.bottom, right: area.right + BESIDE_BAND });

/** Adding a table column shifts the cells right of the table on its rows: columns are added only when nothing sits there. */
const freeOnTheRight = (sheet: string, area: Area, answers: Answers): boolean => {
  const used = answers.used(sheet);
  return !answers.occupied(sheet, besideBand(area)) && (used === null || used.right <= area.right + BESIDE_BAND);
};

/** The plan's columns a table lacks, added when the right of the table is free, else reported as blocked. */
function missingColumns(block: TablePlan, table: string, sheet: string, area: Area, headers: readonly string[], dataRows: number, answers: Answers) {
  const folded = new Set(headers.map(foldHeader));
  const missing = block.columns.filter((column) => !folded.has(foldHeader(column.header)));
  const free = missing.length === 0 || freeOnTheRight(sheet, area, answers);
  const addition: ColumnAddition | null = free && missing.length > 0 ? { table, sheet, columns: missing, dataRows } : null;
  return { addition, blocked: free ? [] : missing.map((c) => `${table}[${c.header}]`) };
}

function topRowsArea(table: TableFacts, plannedRows: number): Area | null {
  const { dataTop, dataRows } = tableRows(table);
  const rows = Math.min(plannedRows, dataRows);
  return rows > 0 ? { top: dataTop, left: table.area.left, bottom: dataTop + rows - 1, right: table.area.right } : null;
}

const adoptHeaderArea = (range: string): Area | null => {
  const area = parseRange(range);
  return area ? { ...area, bottom: area.top } : null;
};

/** Tables a plan's formulas may name: the contract's and the plan's own. */
function referencedTables(plan: WorkbookPlan): Set<string> {
  const names = new Set(TABLES.map((t) => fold(t.name)));
  for (const sheet of plan.sheets) for (const block of sheet.blocks) if (block.kind === 'table') names.add(fold(block.name));
  return names;
}

/** Our marked sheets the plan rebuilds, as the workbook names them (their charts must be found before clearing). */
export const sheetsToRebuild = (plan: WorkbookPlan, layout: Layout): string[] =>
  decideSheets(plan, layout, () => true)
    .filter((d) => d.fate === 'rebuild')
    .map((d) => d.name);

/** Excel's default table names, English and French (`Table1`, `Tableau1`). */
const DEFAULT_TABLE_NAME = /^(Table|Tableau)\d+$/i;

/** A table Excel named by default exactly where the plan puts this one: made by an interrupted Créer, not yet named. */
function unnamedTableAt(layout: Layout, sheet: string, block: TablePlan): TableFacts | undefined {
  const wanted = plannedArea(block);
  return layout.tables.find(
    (t) => fold(t.sheet) === fold(sheet) && DEFAULT_TABLE_NAME.test(t.name) && t.showHeaders && t.area.top === wanted.top && t.area.left === wanted.left && t.area.right === wanted.right,
  );
}

/** What an adapter must read, after the inventory, for `planChanges` to decide. */
export function readRequests(plan: WorkbookPlan, layout: Layout): ReadRequest[] {
  const decisions = decideSheets(plan, layout);
  const rebuilt = rebuiltSheets(decisions);
  const requests: ReadRequest[] = unmarkedOwned(plan, layout).flatMap((sheet): ReadRequest[] => [
    { kind: 'used', sheet },
    { kind: 'drawings', sheet },
  ]);
  const referenced = referencedTables(plan);
  for (const table of layout.tables) {
    if (!rebuilt.has(fold(table.sheet)) && referenced.has(fold(table.name))) requests.push({ kind: 'columns', table: table.name });
  }
  for (const decision of decisions) {
    if (decision.fate === 'keep') requests.push({ kind: 'used', sheet: decision.name });
    for (const block of decision.plan.blocks) {
      if (block.kind === 'range') {
        if (decision.fate === 'keep') requests.push({ kind: 'cells', sheet: decision.name, area: rangeArea(block) });
        continue;
      }
      const existing = tableOf(layout, block.name, rebuilt);
      if (existing) {
        if (!existing.showHeaders) continue;
        const top = topRowsArea(existing, block.rows.length);
        if (top) requests.push({ kind: 'cells', sheet: existing.sheet, area: top });
        requests.push({ kind: 'occupied', sheet: existing.sheet, area: besideBand(existing.area) }, { kind: 'used', sheet: existing.sheet });
        continue;
      }
      if (decision.fate !== 'keep') continue;
      const adopted = block.adoptRange !== undefined ? parseRange(block.adoptRange) : null;
      if (adopted) {
        const header = { ...adopted, bottom: adopted.top };
        requests.push({ kind: 'cells', sheet: decision.name, area: header }, { kind: 'occupied', sheet: decision.name, area: besideBand(adopted) });
        // A range at the plan's own place may be what an interrupted Créer wrote: read where the table would go.
        const wanted = plannedArea(block);
        if (adopted.top === wanted.top && adopted.left === wanted.left) {
          requests.push({ kind: 'cells', sheet: decision.name, area: wanted }, { kind: 'merges', sheet: decision.name, area: columnBand(wanted) });
        }
        continue;
      }
      const wanted = plannedArea(block);
      requests.push({ kind: 'cells', sheet: decision.name, area: wanted }, { kind: 'merges', sheet: decision.name, area: columnBand(wanted) });
      const unnamed = unnamedTableAt(layout, decision.name, block);
      if (unnamed) requests.push({ kind: 'columns', table: unnamed.name });
    }
  }
  return requests;
}

type TableFate =
  | { readonly kind: 'extend'; readonly table: TableFacts; readonly addition: ColumnAddition | null; readonly blocked: readonly string[]; readonly kept: number }
  | { readonly kind: 'adopt'; readonly range: string; readonly addition: ColumnAddition | null; readonly blocked: readonly string[] }
  | { readonly kind: 'create' }
  /** Our own table, left with Excel's default name by an interrupted Créer: named now. */
  | { readonly kind: 'rename'; readonly table: TableFacts }
  /** Refused (the refusal says why): nothing is written for it. */
  | { readonly kind: 'refused' };

interface Mutable<T> {
  value: T;
}

/** Decides an existing table's missing columns and counts the user cells the plan would have filled. */
function extendFate(block: TablePlan, table: TableFacts, answers: Answers, headers: readonly string[]): TableFate {
  // A table without a header row has no column names to match: adding columns would only guess, so leave it.
  if (!table.showHeaders) return { kind: 'extend', table, addition: null, blocked: [], kept: 0 };
  const folded = headers.map(foldHeader);
  const top = topRowsArea(table, block.rows.length);
  const cells = top ? answers.cells(table.sheet, top) : [];
  let kept = 0;
  block.columns.forEach((column, c) => {
    const at = folded.indexOf(foldHeader(column.header));
    if (at < 0) return;
    block.rows.forEach((row, r) => {
      if (toWriteValue(row[c]) !== null && isFilled(cells[r]?.[at])) kept += 1;
    });
  });
  const { addition, blocked } = missingColumns(block, table.name, table.sheet, table.area, headers, tableRows(table).dataRows, answers);
  return { kind: 'extend', table, addition, blocked, kept };
}

/** A range to adopt must still have a clean header row that names a contract column, or nothing is done. */
function adoptedHeaders(block: TablePlan, sheet: string, answers: Answers): readonly string[] | Refusal {
  const area = adoptHeaderArea(block.adoptRange ?? '');
  const row = area ? (answers.cells(sheet, area)[0] ?? []) : [];
  const cells = row.map((v) => (v === null || v === undefined ? '' : String(v as string | number | boolean).trim()));
  const folded = cells.map(foldHeader);
  const known = new Set(block.columns.map((c) => foldHeader(c.header)));
  if (cells.length === 0 || cells.some((c) => c === '') || new Set(folded).size !== folded.length || !folded.some((h) => known.has(h))) {
    return { kind: 'changed-since-preview', where: `${sheet}!${block.adoptRange ?? ''}` };
  }
  return cells;
}

/** The plan's place when free; otherwise below the used range, every table and merged area, leaving one blank row. */
function placeTable(block: TablePlan, sheet: string, answers: Answers, occupied: readonly Area[]): Area {
  const wanted = plannedArea(block);
  const merges = answers.merges(sheet, columnBand(wanted));
  // A cell holding exactly what we would write there is no user data (an interrupted Créer wrote it).
  const planned = tableChange(block, wanted).cells;
  const taken = answers.cells(sheet, wanted).some((row, r) => row.some((value, c) => isFilled(value) && !isPlanned(value, planned[r]?.[c] ?? null)));
  const blockers = [...occupied, ...merges];
  if (!taken && !blockers.some((area) => intersects(area, wanted))) return wanted;
  const bottom = Math.max(answers.used(sheet)?.bottom ?? 0, ...blockers.map((area) => area.bottom));
  return tableArea(block, bottom + 2, wanted.left);
}

/**
 * A "plain range" at the table's planned place holding exactly what the plan writes there (header and rows, the
 * rest empty) is an interrupted Créer's own writing, not the user's: the table is made as planned, spare rows included.
 */
function isOwnPartialWrite(block: TablePlan, sheet: string, answers: Answers): boolean {
  const adopted = parseRange(block.adoptRange ?? '');
  const wanted = plannedArea(block);
  if (!adopted || adopted.top !== wanted.top || adopted.left !== wanted.left) return false;
  const planned = tableChange(block, wanted).cells;
  return answers.cells(sheet, wanted).every((row, r) => row.every((value, c) => !isFilled(value) || isPlanned(value, planned[r]?.[c] ?? null)));
}

function isPlanned(read: unknown, cell: PlanCell): boolean {
  const planned = toWriteValue(cell);
  if (planned === null) return false;
  if (typeof planned === 'string' && typeof read === 'string') return fold(planned) === fold(read);
  return planned === read;
}

function rangeFormat(plan: RangePlan, row: number, column: number): string | null {
  if (plan.numberFormats === undefined) return null;
  if (typeof plan.numberFormats === 'string') return plan.numberFormats;
  return plan.numberFormats[row]?.[column] ?? null;
}

/** A free block's cells; on a user sheet only into empty cells. */
function rangeChange(block: RangePlan, existing: readonly (readonly unknown[])[] | null, kept: Mutable<number>): BlockChange {
  const area = rangeArea(block);
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  const cells: PlanCell[][] = grid(height, width, null);
  const formats: (string | null)[][] = grid(height, width, null);
  block.values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (toWriteValue(cell) === null) return;
      if (existing && isFilled(existing[r]?.[c])) {
        kept.value += 1;
        return;
      }
      (cells[r] as PlanCell[])[c] = cell;
      (formats[r] as (string | null)[])[c] = forcedFormat(cell) ?? rangeFormat(block, r, c);
    }),
  );
  return { kind: 'range', block, area, cells, formats };
}

function tableChange(block: TablePlan, area: Area): Extract<BlockChange, { kind: 'table' }> {
  const height = area.bottom - area.top + 1;
  const cells: PlanCell[][] = grid(height, block.columns.length, null);
  const formats: (string | null)[][] = grid(height, block.columns.length, null);
  block.columns.forEach((column, c) => {
    (cells[0] as PlanCell[])[c] = column.header;
    (formats[0] as (string | null)[])[c] = forcedFormat(column.header);
    for (let r = 1; r < height; r += 1) {
      const cell = block.rows[r - 1]?.[c] ?? null;
      (cells[r] as PlanCell[])[c] = cell;
      (formats[r] as (string | null)[])[c] = forcedFormat(cell) ?? column.numberFormat ?? null;
    }
  });
  return { kind: 'table', block, area, cells, formats };
}

/** A `Liste_*` name is ours to repoint when it points into our marked sheet, at a contract table, or nowhere. */
function isOurList(ref: string, names: Inventory['names']): boolean {
  if (ref.includes('#REF!') || /^=?(INDIRECT\(")?CLS_[A-Za-z]+\[/i.test(ref)) return true;
  const sheet = sheetOfRef(ref);
  return sheet !== null && isOwnedSheet(sheet, names);
}

function nameChanges(plan: WorkbookPlan, inventory: Inventory, skipped: ReadonlySet<string>): NameChange[] {
  return plan.names.flatMap((name): NameChange[] => {
    // A name into a skipped sheet would point into the user's own sheet.
    const target = sheetOfRef(name.ref);
    if (target !== null && skipped.has(fold(target))) return [];
    const existing = inventory.names.find((n) => fold(n.name) === fold(name.name));
    const comment = name.comment === undefined ? {} : { comment: name.comment };
    if (!existing) return [{ op: 'add', name: name.name, ref: name.ref, ...comment }];
    const ours = isMarkerName(existing.name) || (existing.name.startsWith(OUR_NAME_PREFIX) && isOurList(existing.ref, inventory.names));
    return ours ? [{ op: 'set', name: existing.name, ref: name.ref }] : [];
  });
}

interface Draft {
  refusals: Refusal[];
  tableFates: TableFate[][];
  /** Lower-case table name → folded header → the spelling to write. */
  columns: Map<string, ReadonlyMap<string, string>>;
}

/** First pass: what happens to each plan table, and the column names every table will have. */
function draftTables(plan: WorkbookPlan, decisions: readonly SheetDecision[], inventory: Inventory, answers: Answers): Draft {
  const rebuilt = rebuiltSheets(decisions);
  const refusals: Refusal[] = [];
  const columns = new Map<string, ReadonlyMap<string, string>>();
  const referenced = referencedTables(plan);
  for (const table of inventory.tables) {
    if (!rebuilt.has(fold(table.sheet)) && referenced.has(fold(table.name))) columns.set(table.name.toLowerCase(), columnsOf(answers.columns(table.name)));
  }
  const tableFates = decisions.map((decision) =>
    decision.plan.blocks.map((block): TableFate => {
      if (block.kind !== 'table' || decision.fate === 'skip') return { kind: 'create' };
      const key = block.name.toLowerCase();
      const existing = tableOf(inventory, block.name, rebuilt);
      if (existing) {
        const headers = answers.columns(existing.name);
        const fate = extendFate(block, existing, answers, headers);
        const added = fate.kind === 'extend' && fate.addition ? fate.addition.columns.map((c) => c.header) : [];
        columns.set(key, columnsOf([...headers, ...added]));
        return fate;
      }
      if (decision.fate === 'keep' && block.adoptRange !== undefined && isOwnPartialWrite(block, decision.name, answers)) {
        columns.set(key, columnsOf(block.columns.map((c) => c.header)));
        return { kind: 'create' };
      }
      if (decision.fate === 'keep' && block.adoptRange !== undefined) {
        const headers = adoptedHeaders(block, decision.name, answers);
        if ('kind' in headers) {
          refusals.push(headers);
          return { kind: 'refused' };
        }
        const area = parseRange(block.adoptRange);
        const { addition, blocked } = area
          ? missingColumns(block, block.name, decision.name, area, headers, area.bottom - area.top, answers)
          : { addition: null, blocked: [] };
        columns.set(key, columnsOf([...headers, ...(addition?.columns.map((c) => c.header) ?? [])]));
        return { kind: 'adopt', range: block.adoptRange, addition, blocked };
      }
      columns.set(key, columnsOf(block.columns.map((c) => c.header)));
      const unnamed = decision.fate === 'keep' ? unnamedTableAt(inventory, decision.name, block) : undefined;
      const planned = block.columns.map((c) => foldHeader(c.header));
      if (unnamed && answers.columns(unnamed.name).map(foldHeader).join('|') === planned.join('|')) return { kind: 'rename', table: unnamed };
      return { kind: 'create' };
    }),
  );
  return { refusals, tableFates, columns };
}

/**
 * Decides everything applying `plan` does to the workbook described by `inventory` and `answers`
 * (the answers to `readRequests(plan, inventory)`). Pure.
 */
export function planChanges(plan: WorkbookPlan, inventory: Inventory, answers: Answers): ChangeSet {
  const decisions = decideSheets(plan, inventory, blankSheets(plan, inventory, answers));
  const draft = draftTables(plan, decisions, inventory, answers);
  const refusals: Refusal[] = [...draft.refusals];

  // Excel matches column names exactly: spell every structured reference as the table really has it.
  const tableNames = new Map<string, string>([...TABLES.map((t) => t.name), ...plan.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])))].map((n) => [n.toLowerCase(), n]));
  for (const table of inventory.tables) if (tableNames.has(table.name.toLowerCase())) tableNames.set(table.name.toLowerCase(), table.name);
  const respelled = respellReferences(plan, draft.columns, tableNames);
  for (const missing of respelled.missing) {
    refusals.push(missing.column === undefined ? { kind: 'missing-table', table: missing.table } : { kind: 'missing-column', table: missing.table, column: missing.column });
  }

  const sheetFacts = new Map(inventory.sheets.map((s) => [fold(s.name), s]));
  const isProtected = (sheet: string): boolean => sheetFacts.get(fold(sheet))?.protected === true;
  const kept: Mutable<number> = { value: 0 };
  const outcome = {
    createdSheets: [] as string[],
    createdTables: [] as string[],
    addedColumns: [] as string[],
    createdNames: [] as string[],
    rebuiltSheets: [] as string[],
    adoptedRanges: [] as string[],
    skippedSheets: [] as string[],
    blockedColumns: [] as string[],
  };
  const additions: ColumnAddition[] = [];
  const sheets: SheetChange[] = [];
  decisions.forEach((decision, sheetIndex) => {
    const sheetPlan = respelled.plan.sheets[sheetIndex] ?? decision.plan;
    const fate = decision.fate;
    if (fate === 'skip') {
      outcome.skippedSheets.push(decision.name);
      return;
    }
    const keep = fate === 'keep';
    const occupied: Area[] = keep ? inventory.tables.filter((t) => fold(t.sheet) === fold(decision.name)).map((t) => t.area) : [];
    const blocks: BlockChange[] = [];
    sheetPlan.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'range') {
        blocks.push(rangeChange(block, keep ? answers.cells(decision.name, rangeArea(block)) : null, kept));
        return;
      }
      const tableFate = draft.tableFates[sheetIndex]?.[blockIndex] ?? { kind: 'create' };
      if (tableFate.kind === 'extend') {
        kept.value += tableFate.kept;
        outcome.blockedColumns.push(...tableFate.blocked);
        if (tableFate.addition) {
          additions.push(tableFate.addition);
          outcome.addedColumns.push(...tableFate.addition.columns.map((c) => `${tableFate.table.name}[${c.header}]`));
          if (isProtected(tableFate.table.sheet)) refusals.push({ kind: 'sheet-protected', sheet: tableFate.table.sheet });
        }
        return;
      }
      if (tableFate.kind === 'refused') return;
      if (tableFate.kind === 'rename') {
        blocks.push({ kind: 'rename', from: tableFate.table.name, area: tableFate.table.area, block });
        if (!inventory.tables.some((t) => fold(t.name) === fold(block.name))) outcome.createdTables.push(block.name);
        return;
      }
      if (tableFate.kind === 'adopt') {
        blocks.push({ kind: 'adopt', range: tableFate.range, block });
        outcome.blockedColumns.push(...tableFate.blocked);
        if (tableFate.addition) {
          additions.push(tableFate.addition);
          outcome.addedColumns.push(...tableFate.addition.columns.map((c) => `${block.name}[${c.header}]`));
        }
        const area = parseRange(tableFate.range);
        if (area) occupied.push(area);
        outcome.adoptedRanges.push(`${decision.name}!${tableFate.range} → ${block.name}`);
        return;
      }
      const area = keep ? placeTable(block, decision.name, answers, occupied) : plannedArea(block);
      occupied.push(area);
      blocks.push(tableChange(block, area));
      if (!inventory.tables.some((t) => fold(t.name) === fold(block.name))) outcome.createdTables.push(block.name);
    });
    const writes = fate !== 'keep' || blocks.some((b) => (b.kind === 'range' ? b.cells.some((row) => row.some((cell) => cell !== null)) : true));
    if (writes && isProtected(decision.name)) refusals.push({ kind: 'sheet-protected', sheet: decision.name });
    if (fate === 'create') outcome.createdSheets.push(sheetPlan.name);
    if (fate === 'rebuild') outcome.rebuiltSheets.push(sheetPlan.name);
    const tablesToDelete = fate === 'rebuild' ? inventory.tables.filter((t) => fold(t.sheet) === fold(decision.name)).map((t) => t.name) : [];
    sheets.push({ plan: sheetPlan, name: decision.name, fate, tablesToDelete, blocks });
  });

  if (inventory.readOnly) refusals.unshift({ kind: 'read-only' });
  if (inventory.workbookProtected && outcome.createdSheets.length > 0) refusals.push({ kind: 'workbook-protected' });
  // Excel refuses a table named like an existing defined name.
  for (const name of outcome.createdTables) {
    const clash = inventory.names.find((n) => fold(n.name) === fold(name));
    if (clash) refusals.push({ kind: 'name-taken', name: clash.name });
  }

  const skipped = new Set(decisions.filter((d) => d.fate === 'skip').map((d) => fold(d.plan.name)));
  const names = nameChanges(respelled.plan, inventory, skipped);
  outcome.createdNames.push(...names.filter((n) => n.op === 'add').map((n) => n.name));
  const properties = plan.properties && inventory.properties ? documentProperties(plan.properties, inventory.properties) : undefined;
  const hide = sheets.filter((s) => s.fate === 'create' && s.plan.hidden === true).map((s) => s.name);
  const result: ApplyOutcome = { ...outcome, keptCells: kept.value };
  return { refusals: dedupe(refusals), sheets, additions, names, ...(properties ? { properties } : {}), hide, outcome: result };
}

/** Document properties are the user's once set: fill them only when empty. */
function documentProperties(planned: NonNullable<WorkbookPlan['properties']>, current: NonNullable<Inventory['properties']>): ChangeSet['properties'] {
  const title = current.title === '' ? { title: planned.title } : {};
  const author = current.author === '' ? { author: planned.creator } : {};
  return { ...title, ...author };
}

const dedupe = (refusals: readonly Refusal[]): Refusal[] => {
  const seen = new Set<string>();
  return refusals.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
