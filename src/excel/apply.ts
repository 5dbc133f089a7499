/**
 * Applies a WorkbookPlan without losing user data, in three syncs whatever the workbook size:
 * 1. list sheets, tables and names; 2. read what the plan would touch; 3. write everything.
 */
import type { CellStyle, RangePlan, SheetPlan, TablePlan, ValidationPlan, WorkbookPlan } from '../domain/generate/plan';
import type { ApplyOutcome } from '../domain/port';
import { columnLetter, parseRange } from '../domain/values/a1';
import { fold, foldHeader } from '../domain/values/text';
import type { Rect, WriteValue } from './cells';
import { forcedFormat, grid, swapSheet, intersects, isFilled, rectAddress, rectOfLoaded, toWriteValue, widthInPoints } from './cells';
import { ExcelAdapterError, runExcel } from './run';
import { isMarkerName, isOwnedSheet, sheetOfRef } from '../domain/generate/ownership';
import { anchorOf, tableArea as tableRect } from '../domain/generate/geometry';

/** Defined names the plan owns and may repoint; any other existing name is the user's. */
export const OUR_NAME_PREFIX = 'Liste_';

/** A `Liste_*` name is ours to repoint when it points into our marked sheet, at a contract table, or nowhere. */
function isOurList(formula: string, names: readonly { readonly name: string; readonly ref: string }[]): boolean {
  if (formula.includes('#REF!') || /^=?CLS_[A-Za-z]+\[/.test(formula)) return true;
  const sheet = sheetOfRef(formula);
  return sheet !== null && isOwnedSheet(sheet, names);
}

/** Columns read right of an existing table to make sure adding columns moves nothing. */
const BESIDE_BAND = 64;

/** `skip`: a sheet with an owned name that no marker points at — the user's, left untouched. */
type SheetFate = 'create' | 'rebuild' | 'keep' | 'skip';

// Accents, apostrophes and case: `Plan d’action` is the user's `Plan d'action`.
const sheetKey = (name: string): string => fold(name);

interface TableFacts {
  readonly name: string;
  readonly showHeaders: boolean;
  readonly range: Excel.Range;
  readonly worksheet: Excel.Worksheet;
  readonly table: Excel.Table;
}

interface ExistingTableRead {
  readonly facts: TableFacts;
  readonly header: Excel.Range | null;
  /** The first data rows, as many as the plan has rows: enough to count kept cells. */
  readonly topRows: Excel.Range | null;
  /** A band of columns right of the table, on its rows: columns are added only when nothing sits there. */
  readonly beside: Excel.Range | null;
  /** The used range of the table's sheet: content beyond the band blocks additions too. */
  readonly used: Excel.Range | null;
}

interface BlockRead {
  readonly target: Excel.Range | null;
  /** Header row of a plain range to adopt, read again now: the workbook may have changed since the preview. */
  readonly adoptHeader: Excel.Range | null;
}

interface SheetRead {
  readonly plan: SheetPlan;
  readonly fate: SheetFate;
  /** Existing name (its case may differ from the plan's). */
  readonly existingName: string | null;
  readonly existingPosition: number;
  readonly used: Excel.Range | null;
  readonly blocks: readonly BlockRead[];
}

/** Rectangle a table plan occupies at an anchor: header row plus at least one data row. */

export function rangeRect(plan: RangePlan): Rect {
  const anchor = anchorOf(plan.anchor);
  const width = Math.max(1, ...plan.values.map((row) => row.length));
  return { top: anchor.row, left: anchor.column, bottom: anchor.row + Math.max(1, plan.values.length) - 1, right: anchor.column + width - 1 };
}

const planRect = (block: TablePlan | RangePlan): Rect =>
  block.kind === 'table' ? tableRect(block, anchorOf(block.anchor).row, anchorOf(block.anchor).column) : rangeRect(block);

export interface ApplyOptions {
  /** Page layout (orientation, fit to width) needs ExcelApi 1.9; without it printing settings are left to the user. */
  readonly withPageLayout: boolean;
}

/** @throws ExcelAdapterError when Excel refuses an operation (nothing is retried). */
export function applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyOutcome> {
  return runExcel('apply', async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets.load('items/name,items/position');
    const tables = workbook.tables.load('items/name,items/showHeaders');
    const names = workbook.names.load('items/name,items/formula');
    const properties = plan.properties ? workbook.properties.load('title,author') : null;
    await context.sync();

    const existingSheets = new Map(worksheets.items.map((ws) => [sheetKey(ws.name), { name: ws.name, position: ws.position }]));
    const tableFacts = new Map<string, TableFacts>(
      tables.items.map((table) => [
        sheetKey(table.name),
        {
          name: table.name,
          showHeaders: table.showHeaders,
          table,
          range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
          worksheet: table.worksheet.load('name'),
        },
      ]),
    );

    const knownNames = names.items.map((item) => ({ name: item.name, ref: item.formula as string }));
    const sheetReads: SheetRead[] = plan.sheets.map((sheetPlan) => {
      const existing = existingSheets.get(sheetKey(sheetPlan.name));
      // An owned name on a sheet no marker points at: the user's own sheet, never rebuilt.
      const fate: SheetFate = !existing ? 'create' : !sheetPlan.owned ? 'keep' : isOwnedSheet(existing.name, knownNames) ? 'rebuild' : 'skip';
      const worksheet = fate === 'keep' && existing ? worksheets.getItem(existing.name) : null;
      const used = worksheet ? worksheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') : null;
      const blocks = sheetPlan.blocks.map((block): BlockRead => ({
        target: worksheet ? worksheet.getRange(rectAddress(planRect(block))).load('formulas') : null,
        adoptHeader: worksheet && block.kind === 'table' && block.adoptRange !== undefined ? worksheet.getRange(block.adoptRange).getRow(0).load('values') : null,
      }));
      return { plan: sheetPlan, fate, existingName: existing?.name ?? null, existingPosition: existing?.position ?? 0, used, blocks };
    });

    const existingTables = new Map<string, ExistingTableRead>();
    for (const sheetPlan of plan.sheets) {
      for (const block of sheetPlan.blocks) {
        if (block.kind !== 'table') continue;
        const facts = tableFacts.get(sheetKey(block.name));
        if (!facts) continue;
        const header = facts.showHeaders ? facts.table.getHeaderRowRange().load('values,columnCount') : null;
        const topRows =
          header && block.rows.length > 0 ? facts.table.getHeaderRowRange().getOffsetRange(1, 0).getResizedRange(block.rows.length - 1, 0).load('formulas') : null;
        const beside = header ? facts.table.getRange().getLastColumn().getOffsetRange(0, 1).getResizedRange(0, BESIDE_BAND - 1).load('formulas') : null;
        const used = header ? facts.worksheet.getUsedRangeOrNullObject(true).load('columnIndex,columnCount') : null;
        existingTables.set(sheetKey(block.name), { facts, header, topRows, beside, used });
      }
    }
    await context.sync();

    // Before any write: a range to adopt must still have a clean header row, or nothing is done.
    for (const read of sheetReads) {
      read.plan.blocks.forEach((block, i) => {
        const header = read.blocks[i]?.adoptHeader;
        if (block.kind !== 'table' || !header || tableFacts.has(sheetKey(block.name))) return;
        const cells = ((header.values as (string | number | boolean | null)[][])[0] ?? []).map((v) => (v === null ? '' : String(v).trim()));
        const folded = cells.map(foldHeader);
        const known = new Set(block.columns.map((c) => foldHeader(c.header)));
        if (cells.some((c) => c === '') || new Set(folded).size !== folded.length || !folded.some((h) => known.has(h))) {
          const where = `${read.existingName ?? read.plan.name}!${block.adoptRange ?? ''}`;
          throw new ExcelAdapterError(
            'apply',
            `le classeur a changé depuis l’aperçu (${where} n’a plus d’en-têtes utilisables) ; rien n’a été modifié, relancez « Créer »`,
            `the workbook changed since the preview (${where} no longer has usable headers); nothing was changed, run "Create" again`,
          );
        }
      });
    }

    const outcome = {
      createdSheets: [] as string[],
      createdTables: [] as string[],
      addedColumns: [] as string[],
      createdNames: [] as string[],
      rebuiltSheets: [] as string[],
      adoptedRanges: [] as string[],
      skippedSheets: [] as string[],
      blockedColumns: [] as string[],
      keptCells: 0,
    };
    const skipped = new Set(sheetReads.filter((s) => s.fate === 'skip').map((s) => sheetKey(s.plan.name)));
    outcome.skippedSheets.push(...sheetReads.filter((s) => s.fate === 'skip').map((s) => s.existingName ?? s.plan.name));
    const rebuilt = new Set(sheetReads.filter((s) => s.fate === 'rebuild').map((s) => sheetKey(s.plan.name)));
    const takenNames = new Set(existingSheets.keys());

    // Sheets first, so that every later operation finds its sheet; owned sheets are swapped, never emptied in place.
    const handles = sheetReads.map((read, index) => {
      if (read.fate === 'skip') return null;
      if (read.fate === 'keep') return worksheets.getItem(read.existingName ?? read.plan.name);
      if (read.fate === 'rebuild' && read.existingName !== null) {
        const fresh = swapSheet(worksheets, worksheets.getItem(read.existingName), read.existingPosition, read.plan.name, takenNames, `~CLS ${index}`);
        outcome.rebuiltSheets.push(read.plan.name);
        return fresh;
      }
      outcome.createdSheets.push(read.plan.name);
      return worksheets.add(read.plan.name);
    });

    const finishing: (() => void)[] = [];
    sheetReads.forEach((read, sheetIndex) => {
      const worksheet = handles[sheetIndex];
      if (!worksheet) return;
      const styled = read.fate !== 'keep';
      // Formats before values, so that a value written later keeps its planned format.
      if (styled) for (const format of read.plan.cellFormats ?? []) setNumberFormat(worksheet.getRange(format.range), format.range, format.numberFormat);
      const occupied: Rect[] = survivingTables(read, tableFacts, rebuilt);
      read.plan.blocks.forEach((block, blockIndex) => {
        const target = read.blocks[blockIndex]?.target ?? null;
        if (block.kind === 'range') {
          outcome.keptCells += writeRange(worksheet, block, styled ? null : target);
          if (styled) applyRangeStyles(worksheet, block);
          return;
        }
        const existing = existingTables.get(sheetKey(block.name));
        if (existing && !rebuilt.has(sheetKey(existing.facts.worksheet.name))) {
          extendTable(block, existing, outcome, finishing);
          return;
        }
        if (!existing && block.adoptRange !== undefined && read.fate === 'keep') {
          // The user's plain range becomes the table as it stands: no value is written.
          const table = worksheet.tables.add(block.adoptRange, true);
          table.name = block.name;
          table.style = block.style;
          const adopted = parseRange(block.adoptRange);
          if (adopted) occupied.push(adopted);
          outcome.adoptedRanges.push(`${read.existingName ?? read.plan.name}!${block.adoptRange} → ${block.name}`);
          return;
        }
        const rect = placeTable(block, read, target, occupied);
        occupied.push(rect);
        createTable(worksheet, block, rect, styled, finishing);
        if (!existing) outcome.createdTables.push(block.name);
      });
      if (styled) finishing.push(() => applySheetSettings(worksheet, read.plan, options));
    });

    // Names after tables (structured references need them), validations after names (list sources need them).
    const existingNames = new Map(names.items.map((item) => [sheetKey(item.name), item.name]));
    const existingFormulas = new Map(names.items.map((item) => [sheetKey(item.name), String(item.formula)]));
    for (const namePlan of plan.names) {
      // A name into a skipped sheet would point into the user's own sheet.
      const target = sheetOfRef(namePlan.ref);
      if (target !== null && skipped.has(sheetKey(target))) continue;
      const existingName = existingNames.get(sheetKey(namePlan.name));
      if (existingName === undefined) {
        workbook.names.add(namePlan.name, `=${namePlan.ref}`, namePlan.comment);
        outcome.createdNames.push(namePlan.name);
      } else if (isMarkerName(existingName) || (existingName.startsWith(OUR_NAME_PREFIX) && isOurList(existingFormulas.get(sheetKey(existingName)) ?? '', knownNames))) {
        workbook.names.getItem(existingName).formula = `=${namePlan.ref}`;
      }
    }
    for (const finish of finishing) finish();
    // Document properties are the user's once set: fill them only when empty.
    if (properties && plan.properties) {
      if (properties.title === '') workbook.properties.title = plan.properties.title;
      if (properties.author === '') workbook.properties.author = plan.properties.creator;
    }
    sheetReads.forEach((read, sheetIndex) => {
      const handle = handles[sheetIndex];
      if (handle && read.fate !== 'keep' && read.plan.hidden) handle.visibility = 'Hidden';
    });
    await context.sync();
    return outcome;
  });
}

/** Tables on a kept sheet that survive the apply: a new table must not cover them. */
function survivingTables(read: SheetRead, tableFacts: ReadonlyMap<string, TableFacts>, rebuilt: ReadonlySet<string>): Rect[] {
  if (read.fate !== 'keep') return [];
  const sheet = sheetKey(read.existingName ?? read.plan.name);
  if (rebuilt.has(sheet)) return [];
  return [...tableFacts.values()].filter((facts) => sheetKey(facts.worksheet.name) === sheet).map((facts) => rectOfLoaded(facts.range));
}

/** The plan's place when free; otherwise below the used range and every table, leaving one blank row. */
function placeTable(plan: TablePlan, read: SheetRead, target: Excel.Range | null, occupied: readonly Rect[]): Rect {
  const anchor = anchorOf(plan.anchor);
  const wanted = tableRect(plan, anchor.row, anchor.column);
  if (read.fate !== 'keep') return wanted;
  const targetHasData = target !== null && (target.formulas as unknown[][]).some((row) => row.some(isFilled));
  if (!targetHasData && !occupied.some((rect) => intersects(rect, wanted))) return wanted;
  const usedBottom = read.used && !read.used.isNullObject ? rectOfLoaded(read.used).bottom : 0;
  const bottom = Math.max(usedBottom, ...occupied.map((rect) => rect.bottom));
  return tableRect(plan, bottom + 2, anchor.column);
}

function createTable(worksheet: Excel.Worksheet, plan: TablePlan, rect: Rect, styled: boolean, finishing: (() => void)[]): void {
  const height = rect.bottom - rect.top + 1;
  const width = plan.columns.length;
  const values: WriteValue[][] = grid(height, width, null);
  const formats: (string | null)[][] = grid(height, width, null);
  plan.columns.forEach((column, c) => {
    (values[0] as WriteValue[])[c] = column.header;
    (formats[0] as (string | null)[])[c] = forcedFormat(column.header);
    for (let r = 1; r < height; r += 1) {
      const cell = plan.rows[r - 1]?.[c];
      (values[r] as WriteValue[])[c] = toWriteValue(cell);
      (formats[r] as (string | null)[])[c] = forcedFormat(cell) ?? column.numberFormat ?? null;
    }
  });
  const address = rectAddress(rect);
  const range = worksheet.getRange(address);
  range.numberFormat = formats;
  range.formulas = values;
  const table = worksheet.tables.add(address, true);
  table.name = plan.name;
  table.style = plan.style;
  plan.columns.forEach((column, c) => {
    const body = worksheet.getRange(rectAddress({ top: rect.top + 1, left: rect.left + c, bottom: rect.bottom, right: rect.left + c }));
    if (column.wrap) body.format.wrapText = true;
    if (styled) body.format.columnWidth = widthInPoints(column.width);
    finishing.push(() => applyValidation(body, column.header, column.validation, column.prompt));
  });
}

function extendTable(
  plan: TablePlan,
  existing: ExistingTableRead,
  outcome: { addedColumns: string[]; blockedColumns: string[]; keptCells: number },
  finishing: (() => void)[],
): void {
  // A table without a header row has no column names to match: adding columns would only guess, so leave it.
  if (!existing.header) return;
  const headers = ((existing.header.values as unknown[][])[0] ?? []).map((value) => foldHeader(String(value)));
  const dataRows = existing.facts.range.rowCount - 1;
  const top = (existing.topRows?.formulas as unknown[][] | undefined) ?? [];
  const beside = (existing.beside?.formulas as unknown[][] | undefined) ?? [];
  const tableRight = existing.facts.range.columnIndex + existing.facts.range.columnCount - 1;
  const used = existing.used && !existing.used.isNullObject ? existing.used.columnIndex + existing.used.columnCount - 1 : tableRight;
  // Adding a table column shifts the cells right of the table on its rows: add only when nothing sits there.
  const free = beside.every((row) => row.every((cell) => !isFilled(cell))) && used <= tableRight + BESIDE_BAND;
  plan.columns.forEach((column, c) => {
    const at = headers.indexOf(foldHeader(column.header));
    if (at >= 0) {
      plan.rows.forEach((row, r) => {
        if (r < dataRows && toWriteValue(row[c]) !== null && isFilled(top[r]?.[at])) outcome.keptCells += 1;
      });
      return;
    }
    if (!free) {
      outcome.blockedColumns.push(`${existing.facts.name}[${column.header}]`);
      return;
    }
    const added = existing.facts.table.columns.add(undefined, undefined, column.header);
    outcome.addedColumns.push(`${existing.facts.name}[${column.header}]`);
    if (dataRows < 1) return;
    const body = added.getDataBodyRange();
    if (column.numberFormat) body.numberFormat = grid(dataRows, 1, column.numberFormat);
    if (column.wrap) body.format.wrapText = true;
    finishing.push(() => applyValidation(body, column.header, column.validation, column.prompt));
  });
}

/** Writes a free block; with `target` (a user sheet) only into empty cells. Returns how many user cells were kept. */
function writeRange(worksheet: Excel.Worksheet, plan: RangePlan, target: Excel.Range | null): number {
  const rect = rangeRect(plan);
  const height = rect.bottom - rect.top + 1;
  const width = rect.right - rect.left + 1;
  const existing = (target?.formulas as unknown[][] | undefined) ?? null;
  const values: WriteValue[][] = grid(height, width, null);
  const formats: (string | null)[][] = grid(height, width, null);
  let kept = 0;
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) {
      const cell = plan.values[r]?.[c];
      const value = toWriteValue(cell);
      if (value === null) continue;
      if (existing && isFilled(existing[r]?.[c])) {
        kept += 1;
        continue;
      }
      (values[r] as WriteValue[])[c] = value;
      (formats[r] as (string | null)[])[c] = forcedFormat(cell) ?? planFormat(plan, r, c);
    }
  }
  const range = worksheet.getRange(rectAddress(rect));
  range.numberFormat = formats;
  range.formulas = values;
  return kept;
}

function planFormat(plan: RangePlan, row: number, column: number): string | null {
  if (plan.numberFormats === undefined) return null;
  if (typeof plan.numberFormats === 'string') return plan.numberFormats;
  return plan.numberFormats[row]?.[column] ?? null;
}

function applyRangeStyles(worksheet: Excel.Worksheet, plan: RangePlan): void {
  const rect = rangeRect(plan);
  if (plan.style) applyStyle(worksheet.getRange(rectAddress(rect)), plan.style);
  for (const [index, style] of Object.entries(plan.rowStyles ?? {})) {
    const row = rect.top + Number(index);
    applyStyle(worksheet.getRange(rectAddress({ top: row, left: rect.left, bottom: row, right: rect.right })), style);
  }
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.border) {
    for (const edge of BORDER_EDGES) format.borders.getItem(edge).style = 'Continuous';
  }
}

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function numericRule(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: 'Between' };
  if (min !== undefined) return { formula1: min, operator: 'GreaterThanOrEqualTo' };
  if (max !== undefined) return { formula1: max, operator: 'LessThanOrEqualTo' };
  return { formula1: -1e15, formula2: 1e15, operator: 'Between' };
}

/** Date bounds as formulas over serials: unambiguous whatever the user's locale. */
function dateRule(min: number, max: number | undefined): Excel.DateTimeDataValidation {
  return max === undefined ? { formula1: `=${min}`, operator: 'GreaterThanOrEqualTo' } : { formula1: `=${min}`, formula2: `=${max}`, operator: 'Between' };
}

function validationRule(validation: ValidationPlan): Excel.DataValidationRule {
  switch (validation.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: `=${validation.listName}` } };
    case 'decimal':
      return { decimal: numericRule(validation.min, validation.max) };
    case 'whole':
      return { wholeNumber: numericRule(validation.min, validation.max) };
    case 'date':
      return { date: dateRule(validation.min ?? 1, validation.max) };
  }
}

const ALERT_MESSAGES: Readonly<Record<ValidationPlan['kind'], string>> = {
  list: 'Choisissez une valeur de la liste déroulante.',
  decimal: 'Saisissez un nombre dans les bornes attendues.',
  whole: 'Saisissez un nombre entier dans les bornes attendues.',
  date: 'Saisissez une date (jj/mm/aaaa).',
};

/** Validation on cells we created; a user's own validations are never replaced. */
function applyValidation(range: Excel.Range, title: string, rule: ValidationPlan | undefined, prompt: string | undefined): void {
  if (!rule && prompt === undefined) return;
  const validation = range.dataValidation;
  validation.clear();
  if (rule) {
    validation.rule = validationRule(rule);
    const strict = rule.kind !== 'list' || rule.strict;
    validation.errorAlert = { showAlert: true, style: strict ? 'Stop' : 'Warning', title: truncate(title, 32), message: ALERT_MESSAGES[rule.kind] };
  }
  if (prompt !== undefined) {
    validation.prompt = { showPrompt: true, title: truncate(title, 32), message: truncate(prompt, 255) };
  }
}

/** Sets one number format on every cell of an A1 range (Office.js wants a 2-D array of the range's size). */
function setNumberFormat(range: Excel.Range, address: string, format: string): void {
  const rect = parseRange(address);
  if (!rect) throw new Error(`Plage invalide dans le plan : « ${address} »`);
  range.numberFormat = grid(rect.bottom - rect.top + 1, rect.right - rect.left + 1, format);
}

const CHART_TYPES: Readonly<Record<'bar' | 'column' | 'pie' | 'columnStacked', 'BarClustered' | 'ColumnClustered' | 'Pie' | 'ColumnStacked'>> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  pie: 'Pie',
  columnStacked: 'ColumnStacked',
};

/** Widths, panes, validations, conditional formats, charts, printing and tab colour: only on sheets we created or rebuilt. */
function applySheetSettings(worksheet: Excel.Worksheet, plan: SheetPlan, options: ApplyOptions): void {
  for (const cell of plan.cellValidations ?? []) applyValidation(worksheet.getRange(cell.range), 'Valeur attendue', cell.validation, cell.prompt);
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const bar of plan.dataBars ?? []) {
    const format = worksheet.getRange(bar.range).conditionalFormats.add('DataBar');
    format.dataBar.positiveFormat.fillColor = bar.color;
  }
  if (plan.print && options.withPageLayout) {
    worksheet.pageLayout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
    if (plan.print.fitToWidth) worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  for (const [letters, width] of Object.entries(plan.columnWidths ?? {})) {
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(width);
  }
  const rows = plan.freezeRows ?? 0;
  const columns = plan.freezeColumns ?? 0;
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRange(`A1:${columnLetter(columns)}${rows}`));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
  for (const conditional of plan.conditionalFormats ?? []) {
    const format = worksheet.getRange(conditional.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${conditional.formula}`;
    format.custom.format.fill.color = conditional.fill;
    if (conditional.fontColor !== undefined) format.custom.format.font.color = conditional.fontColor;
  }
  for (const chartPlan of plan.charts ?? []) {
    const chart = worksheet.charts.add(CHART_TYPES[chartPlan.type], worksheet.getRange(chartPlan.dataRange), 'Auto');
    chart.title.text = chartPlan.title;
    chart.setPosition(chartPlan.anchor);
  }
  if (plan.tabColor !== undefined) worksheet.tabColor = plan.tabColor;
}
