/**
 * Executes the apply engine's change set in Excel. The engine (src/domain/apply) decides what to create, adopt,
 * keep or refuse; this file only reads what it asks for and carries the changes out:
 * 1. collections (sheets, tables, names, protection); 2. table geometry, columns, sheet protection;
 * 3. the engine's read requests (+ merged areas when a table goes on a user sheet); then one write sync,
 * and a check that the list names stayed structured references. Constant syncs whatever the workbook size.
 */
import type { ChangeSet, CellWrite, ColumnAddition, NameChange, SheetChange } from '../domain/apply/changes';
import { isMarkerName } from '../domain/generate/ownership';
import { planChanges, rangeArea, readRequests, sheetsToRebuild } from '../domain/apply/engine';
import type { Layout } from '../domain/apply/engine';
import type { Inventory, ReadRequest, TableFacts } from '../domain/apply/facts';
import { Answers, areaAddress } from '../domain/apply/facts';
import { ApplyRefusedError } from '../domain/apply/refusals';
import type { CellStyle, PlanColumn, RangePlan, SheetPlan, ValidationPlan, WorkbookPlan } from '../domain/generate/plan';
import { validationAlert, validationPrompt } from '../domain/generate/validation-alert';
import type { ApplyOutcome } from '../domain/port';
import { columnLetter, parseRange } from '../domain/values/a1';
import { fold } from '../domain/values/text';
import type { WriteValue } from './cells';
import { clearSheetInPlace, grid, rectOfLoaded, toWriteValue, widthInPoints } from './cells';
import { splitAreas } from './read';
import { PartialWriteError, runExcel } from './run';
import { packByBudget, RANGE_ACTION_BYTES, SYNC_BUDGET_BYTES, syncEach, textBytes } from './chunks';

export interface ApplyOptions {
  /** Page layout (orientation, fit to width) needs ExcelApi 1.9; without it printing settings are left to the user. */
  readonly withPageLayout: boolean;
  /** Merged areas (ExcelApi 1.13): a new table on a user sheet must not cover any. */
  readonly withMerges: boolean;
  /** Shapes (ExcelApi 1.9): a sheet with a picture or text box is never taken as blank. */
  readonly withShapes: boolean;
}

interface TableHandle {
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly worksheet: Excel.Worksheet;
  readonly columns: Excel.TableColumnCollection;
}

/** Syncs 1 and 2: what the workbook holds, as the engine's inventory. */
async function readInventory(context: Excel.RequestContext, plan: WorkbookPlan): Promise<{ inventory: Inventory; columns: Map<string, string[]> }> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name,items/position');
  const tables = workbook.tables.load('items/name,items/showHeaders,items/showTotals');
  const names = workbook.names.load('items/name,items/formula');
  // ExcelApi 1.7 and 1.8, within the manifest's minimum: https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook
  const protection = workbook.protection.load('protected');
  workbook.load('readOnly');
  const properties = plan.properties ? workbook.properties.load('title,author') : null;
  await context.sync();

  const sheetProtection = worksheets.items.map((ws) => ws.protection.load('protected'));
  const handles: TableHandle[] = tables.items.map((table) => ({
    table,
    range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
    worksheet: table.worksheet.load('name'),
    columns: table.columns.load('items/name'),
  }));
  await context.sync();

  const inventory: Inventory = {
    sheets: worksheets.items.map((ws, i) => ({ name: ws.name, position: ws.position, protected: sheetProtection[i]?.protected === true })),
    tables: handles.map(({ table, range, worksheet }): TableFacts => ({
      name: table.name,
      sheet: worksheet.name,
      area: rectOfLoaded(range),
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
    })),
    names: names.items.map((item) => ({ name: item.name, ref: String(item.formula as unknown).replace(/^=/, '') })),
    workbookProtected: protection.protected,
    readOnly: workbook.readOnly,
    ...(properties ? { properties: { title: properties.title, author: properties.author } } : {}),
  };
  const columns = new Map(handles.map(({ table, columns: loaded }) => [fold(table.name), loaded.items.map((c) => c.name)]));
  return { inventory, columns };
}

type Pending =
  | { readonly request: ReadRequest; readonly range: Excel.Range; readonly read: 'formulas' | 'exists' | 'area' }
  | { readonly request: ReadRequest; readonly areas: Excel.RangeAreas };

/** Sync 3 (and one more for merged areas when asked): the engine's read requests. */
async function readAnswers(
  context: Excel.RequestContext,
  requests: readonly ReadRequest[],
  columns: ReadonlyMap<string, string[]>,
  rebuilt: readonly string[],
  options: ApplyOptions,
): Promise<{ answers: Answers; charts: Map<string, Excel.Chart[]> }> {
  const answers = new Answers();
  // Charts of the sheets we rebuild, deleted before clearing them.
  const chartReads = new Map(rebuilt.map((name) => [fold(name), context.workbook.worksheets.getItem(name).charts.load('items/name')]));
  const sheet = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);
  const pending: Pending[] = [];
  const merges: ReadRequest[] = [];
  const drawings: { request: ReadRequest; charts: Excel.ChartCollection; shapes: Excel.ShapeCollection | null }[] = [];
  for (const request of requests) {
    switch (request.kind) {
      case 'columns':
        answers.set(request, columns.get(fold(request.table)) ?? []);
        break;
      case 'cells':
        pending.push({ request, range: sheet(request.sheet).getRange(areaAddress(request.area)).load('formulas'), read: 'formulas' });
        break;
      case 'occupied':
        // Range.getUsedRangeOrNullObject (ExcelApi 1.4): a null object when no cell of the band holds a value.
        pending.push({ request, range: sheet(request.sheet).getRange(areaAddress(request.area)).getUsedRangeOrNullObject(true).load('rowIndex'), read: 'exists' });
        break;
      case 'used':
        pending.push({ request, range: sheet(request.sheet).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'), read: 'area' });
        break;
      case 'merges':
        merges.push(request);
        break;
      case 'drawings':
        drawings.push({
          request,
          // The same load serves the rebuild (charts to delete) and the blank check.
          charts: chartReads.get(fold(request.sheet)) ?? sheet(request.sheet).charts.load('items/name'),
          // Worksheet.shapes: ExcelApi 1.9 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-shapes-member).
          shapes: options.withShapes ? sheet(request.sheet).shapes.load('items/id') : null,
        });
        break;
    }
  }
  await context.sync();
  for (const { request, charts, shapes } of drawings) answers.set(request, charts.items.length + (shapes?.items.length ?? 0));
  for (const item of pending) {
    if (!('range' in item)) continue;
    if (item.read === 'formulas') answers.set(item.request, item.range.formulas as unknown[][]);
    else if (item.read === 'exists') answers.set(item.request, !item.range.isNullObject);
    else answers.set(item.request, item.range.isNullObject ? null : rectOfLoaded(item.range));
  }
  await readMerges(context, merges, answers, options);
  return { answers, charts: new Map([...chartReads].map(([key, charts]) => [key, charts.items])) };
}

/**
 * Merged areas where a new table would go, in their own sync: `getMergedAreasOrNullObject` "will fail" above
 * 512 merged areas (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * Unknown merges count as covering the band down to its last used row, so the table goes below them.
 */
async function readMerges(context: Excel.RequestContext, requests: readonly ReadRequest[], answers: Answers, options: ApplyOptions): Promise<void> {
  if (requests.length === 0) return;
  const unknown = (request: ReadRequest): void => {
    if (request.kind !== 'merges') return;
    const used = answers.used(request.sheet);
    answers.set(request, used ? [{ ...request.area, bottom: used.bottom }] : []);
  };
  // Without ExcelApi 1.13 merges cannot be read: Excel's own MergedRangeConflict, translated, is then the guard.
  if (!options.withMerges) {
    for (const request of requests) answers.set(request, []);
    return;
  }
  const reads = requests.flatMap((request) =>
    request.kind === 'merges'
      ? [{ request, areas: context.workbook.worksheets.getItem(request.sheet).getRange(areaAddress(request.area)).getMergedAreasOrNullObject().load('address') }]
      : [],
  );
  try {
    await context.sync();
  } catch {
    requests.forEach(unknown);
    return;
  }
  for (const { request, areas } of reads) answers.set(request, areas.isNullObject ? [] : splitAreas(areas.address).flatMap((a) => parseRange(a) ?? []));
}

/** @throws ExcelAdapterError when the engine refuses the plan (nothing written) or Excel refuses an operation. */
export function applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyOutcome> {
  return runExcel('apply', async (context) => {
    const { inventory, columns } = await readInventory(context, plan);
    const layout: Layout = inventory;
    const { answers, charts } = await readAnswers(context, readRequests(plan, layout), columns, sheetsToRebuild(plan, layout), options);
    const changes = planChanges(plan, inventory, answers);
    if (changes.refusals.length > 0) throw new ApplyRefusedError(changes.refusals);
    try {
      await writeChanges(context, changes, charts);
      await keepListsStructured(context, changes);
    } catch (cause) {
      throw new PartialWriteError(cause);
    }
    const printSkipped = options.withPageLayout ? await applyPrintSettings(context, changes) : [];
    return printSkipped.length > 0 ? { ...changes.outcome, printSettingsSkipped: printSkipped } : changes.outcome;
  });
}

/** The write sync: sheets, cells, tables, columns, names, then validations and sheet settings. */
async function writeChanges(context: Excel.RequestContext, changes: ChangeSet, charts: ReadonlyMap<string, Excel.Chart[]>): Promise<void> {
  const workbook = context.workbook;
  const formats: FormatJob[] = [];
  const finishing: (() => void)[] = [];
  // Sheets first, so that every later operation finds its sheet; our sheets are cleared in place (never
  // renamed or deleted: user formulas pointing into them stay valid, and no rename hits office-js #3218).
  const sheets = changes.sheets.map((change) => {
    if (change.fate === 'create') return workbook.worksheets.add(change.name);
    const worksheet = workbook.worksheets.getItem(change.name);
    if (change.fate === 'rebuild') clearSheetInPlace(worksheet, change.tablesToDelete, charts.get(fold(change.name)) ?? []);
    return worksheet;
  });
  // Our sheets are marked as soon as they exist: an interrupted run then finds them ours, not the user's.
  const [markers, lists] = partition(changes.names, (name) => isMarkerName(name.name));
  for (const name of markers) writeName(workbook, name);
  // Tables and their columns first: a formula naming a table or column that does not exist yet is refused.
  changes.sheets.forEach((change, index) => {
    const worksheet = sheets[index];
    if (worksheet) writeTables(worksheet, change, finishing);
  });
  for (const addition of changes.additions) addColumns(workbook.tables.getItem(addition.table), addition, finishing, formats);
  changes.sheets.forEach((change, index) => {
    const worksheet = sheets[index];
    if (worksheet) writeRanges(worksheet, change, finishing);
  });
  // Names after tables (structured references need them), validations after names (list sources need them).
  for (const name of lists) writeName(workbook, name);
  for (const finish of finishing) finish();
  if (changes.properties?.title !== undefined) workbook.properties.title = changes.properties.title;
  if (changes.properties?.author !== undefined) workbook.properties.author = changes.properties.author;
  for (const name of changes.hide) workbook.worksheets.getItem(name).visibility = 'Hidden';
  await context.sync();
  await writeFormats(context, formats);
}

function writeName(workbook: Excel.Workbook, name: NameChange): void {
  if (name.op === 'add') workbook.names.add(name.name, `=${name.ref}`, name.comment);
  else workbook.names.getItem(name.name).formula = `=${name.ref}`;
}

const partition = <T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] => [items.filter(test), items.filter((item) => !test(item))];

/** Cell formats, new and adopted tables of a sheet: every table exists before any formula names it. */
function writeTables(worksheet: Excel.Worksheet, change: SheetChange, finishing: (() => void)[]): void {
  const styled = change.fate !== 'keep';
  // Formats before values, so that a value written later keeps its planned format.
  if (styled) for (const format of change.plan.cellFormats ?? []) setNumberFormat(worksheet.getRange(format.range), format.range, format.numberFormat);
  for (const block of change.blocks) {
    if (block.kind === 'range') continue;
    if (block.kind === 'adopt') {
      // The user's plain range becomes the table as it stands: no value is written.
      const table = worksheet.tables.add(block.range, true);
      table.name = block.block.name;
      table.style = block.block.style;
      continue;
    }
    let table: Excel.Table;
    if (block.kind === 'rename') {
      table = worksheet.tables.getItem(block.from);
    } else {
      writeCells(worksheet, block);
      table = worksheet.tables.add(areaAddress(block.area), true);
    }
    table.name = block.block.name;
    table.style = block.block.style;
    block.block.columns.forEach((column, c) => {
      const body = worksheet.getRange(areaAddress({ top: block.area.top + 1, left: block.area.left + c, bottom: block.area.bottom, right: block.area.left + c }));
      if (column.wrap) body.format.wrapText = true;
      if (styled) body.format.columnWidth = widthInPoints(column.width);
      finishing.push(() => applyColumnValidation(body, column));
    });
  }
}

/** Free blocks (titles, the matrix, figures), whose formulas name the tables and columns written before. */
function writeRanges(worksheet: Excel.Worksheet, change: SheetChange, finishing: (() => void)[]): void {
  const styled = change.fate !== 'keep';
  for (const block of change.blocks) {
    if (block.kind !== 'range') continue;
    writeCells(worksheet, block);
    if (styled) applyRangeStyles(worksheet, block.block);
  }
  if (styled) finishing.push(() => applySheetSettings(worksheet, change.plan));
}

/** Writes a change's cells; `null` in the arrays leaves a cell (and its format) as it is. */
function writeCells(worksheet: Excel.Worksheet, write: CellWrite): void {
  const values: WriteValue[][] = write.cells.map((row) => row.map(toWriteValue));
  const range = worksheet.getRange(areaAddress(write.area));
  if (write.formats.some((row) => row.some((f) => f !== null))) range.numberFormat = write.formats.map((row) => [...row]);
  if (values.some((row) => row.some((v) => v !== null))) range.formulas = values;
}

/** Number formats of added columns, written after the main sync in row blocks: one column of 20 000 rows is ~0.3 MB. */
interface FormatJob {
  readonly table: string;
  readonly column: string;
  /** 0-based first data row, and how many. */
  readonly start: number;
  readonly rows: number;
  readonly format: string;
}

function addColumns(table: Excel.Table, addition: ColumnAddition, finishing: (() => void)[], formats: FormatJob[]): void {
  for (const column of addition.columns) {
    const added = table.columns.add(undefined, undefined, column.header);
    if (addition.dataRows < 1) continue;
    // The data body excludes the header and totals rows, so every array matches it whatever the table shows.
    const body = added.getDataBodyRange();
    if (column.numberFormat) formats.push(...formatJobs(addition.table, column.header, addition.dataRows, column.numberFormat));
    if (column.wrap) body.format.wrapText = true;
    finishing.push(() => applyColumnValidation(body, column));
  }
}

function formatJobs(table: string, column: string, dataRows: number, format: string): FormatJob[] {
  const perSync = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / (textBytes(format) + 4)));
  return Array.from({ length: Math.ceil(dataRows / perSync) }, (_, i) => ({ table, column, start: i * perSync, rows: Math.min(perSync, dataRows - i * perSync), format }));
}

/** Writes the added columns' number formats, each sync within the payload budget. */
async function writeFormats(context: Excel.RequestContext, jobs: readonly FormatJob[]): Promise<void> {
  const groups = packByBudget(jobs, (job) => ({ request: job.rows * (textBytes(job.format) + 4) + RANGE_ACTION_BYTES, response: 0 }));
  await syncEach(context, groups, (group) => {
    for (const job of group) {
      const body = context.workbook.tables.getItem(job.table).columns.getItem(job.column).getDataBodyRange();
      body.getCell(job.start, 0).getResizedRange(job.rows - 1, 0).numberFormat = grid(job.rows, 1, job.format);
    }
  });
}

const STRUCTURED = /^[A-Za-z_][A-Za-z0-9_.]*\[/;

/**
 * `names.add(name, "=Table[Column]")` has been seen to store a fixed address instead (office-js #740,
 * https://github.com/OfficeDev/office-js/issues/740), and drop-downs would stop following new rows. Read the
 * names back; recreate a flattened one with `addFormulaLocal` (the workaround given there), and if that too
 * comes back fixed, make it `INDIRECT("Table[Column]")`, which always follows the table.
 */
async function keepListsStructured(context: Excel.RequestContext, changes: ChangeSet): Promise<void> {
  const structured = changes.names.filter((n) => STRUCTURED.test(n.ref));
  if (structured.length === 0) return;
  const flattened = async (items: readonly { ref: string; item: Excel.NamedItem }[]): Promise<typeof items> => {
    items.forEach(({ item }) => item.load('formula'));
    await context.sync();
    return items.filter(({ item }) => !String(item.formula as unknown).includes('['));
  };
  const first = await flattened(structured.map((n) => ({ ref: n.ref, name: n.name, item: context.workbook.names.getItem(n.name) })));
  if (first.length === 0) return;
  const retried = first.map(({ ref, item }) => {
    const name = structured.find((n) => n.ref === ref)?.name ?? '';
    item.delete();
    return { ref, item: context.workbook.names.addFormulaLocal(name, `=${ref}`) };
  });
  const second = await flattened(retried);
  if (second.length === 0) return;
  for (const { ref, item } of second) item.formula = `=INDIRECT("${ref.replace(/"/g, '""')}")`;
  await context.sync();
}

/**
 * Printing (ExcelApi 1.9) in its own sync, after everything else: fit-to-pages "does not get set" on some hosts
 * (https://github.com/OfficeDev/office-js/issues/1860), and a refusal there must not undo the tables. Only documented
 * values are sent (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions).
 * @returns the sheets whose printing settings Excel refused.
 */
async function applyPrintSettings(context: Excel.RequestContext, changes: ChangeSet): Promise<string[]> {
  const printed = changes.sheets.filter((s) => s.fate !== 'keep' && s.plan.print);
  if (printed.length === 0) return [];
  for (const change of printed) {
    const layout = context.workbook.worksheets.getItem(change.name).pageLayout;
    layout.orientation = change.plan.print?.landscape ? 'Landscape' : 'Portrait';
    if (change.plan.print?.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  }
  try {
    await context.sync();
    return [];
  } catch {
    return printed.map((s) => s.name);
  }
}

function applyColumnValidation(body: Excel.Range, column: PlanColumn): void {
  applyValidation(body, column.header, column.validation, column.prompt);
}

function applyRangeStyles(worksheet: Excel.Worksheet, plan: RangePlan): void {
  const rect = rangeArea(plan);
  if (plan.style) applyStyle(worksheet.getRange(areaAddress(rect)), plan.style);
  for (const [index, style] of Object.entries(plan.rowStyles ?? {})) {
    const row = rect.top + Number(index);
    applyStyle(worksheet.getRange(areaAddress({ top: row, left: rect.left, bottom: row, right: rect.right })), style);
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

const ALERT_STYLES = { stop: 'Stop', information: 'Information' } as const;

/** Validation on cells we created, with the same alert and hint as a written file; a user's own validations are never replaced. */
function applyValidation(range: Excel.Range, header: string | undefined, rule: ValidationPlan | undefined, prompt: string | undefined): void {
  if (!rule && prompt === undefined) return;
  const validation = range.dataValidation;
  validation.clear();
  if (rule) {
    validation.rule = validationRule(rule);
    const alert = validationAlert(rule);
    validation.errorAlert = { showAlert: true, style: ALERT_STYLES[alert.style], title: alert.title, message: alert.message };
  }
  if (prompt !== undefined) validation.prompt = { showPrompt: true, ...validationPrompt(prompt, header) };
}

/** Sets one number format on every cell of an A1 range (Office.js wants a 2-D array of the range's size). */
function setNumberFormat(range: Excel.Range, address: string, format: string): void {
  const rect = parseRange(address);
  // A plan bug, not a user error: said in both languages, like the command line's own failures.
  if (!rect) throw new Error(`Plage invalide dans le plan / invalid range in the plan: « ${address} »`);
  range.numberFormat = grid(rect.bottom - rect.top + 1, rect.right - rect.left + 1, format);
}

const CHART_TYPES: Readonly<Record<'bar' | 'column' | 'pie' | 'columnStacked', 'BarClustered' | 'ColumnClustered' | 'Pie' | 'ColumnStacked'>> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  pie: 'Pie',
  columnStacked: 'ColumnStacked',
};

/** Widths, panes, validations, conditional formats, charts and tab colour: only on sheets we created or rebuilt. */
function applySheetSettings(worksheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const cell of plan.cellValidations ?? []) applyValidation(worksheet.getRange(cell.range), undefined, cell.validation, cell.prompt);
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const bar of plan.dataBars ?? []) {
    const format = worksheet.getRange(bar.range).conditionalFormats.add('DataBar');
    format.dataBar.positiveFormat.fillColor = bar.color;
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
