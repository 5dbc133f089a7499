/**
 * Writes a WorkbookPlan into a new .xlsx workbook with exceljs: tables with header rows and filter
 * buttons, validations from defined names, formats, widths, frozen panes, conditional formats, names.
 * Browser-safe: no Node APIs here (see write-file.ts).
 */
import { Workbook } from 'exceljs';
import type { Borders, CellValue, DataBarRuleType, DataValidation, Fill, Font, Style, TableProperties, Worksheet } from 'exceljs';
import type {
  CellStyle,
  NamePlan,
  PlanCell,
  PlanColumn,
  RangePlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from '../domain/generate/plan';
import { parseA1, parseRange } from '../domain/values/a1';
import { validationAlert, validationPrompt } from '../domain/generate/validation-alert';
import { workbookBytes } from './bytes';

export interface WriteOptions {
  /** Creation and modification date stored in the file; fixed by default so equal plans give equal files. */
  readonly date?: Date;
}

const DEFAULT_DATE = new Date(Date.UTC(2025, 0, 1));
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * Writes the plan into a new workbook and returns the .xlsx bytes.
 * @throws RangeError when a planned cell holds NaN or Infinity (see assertFiniteCells).
 */
export async function writePlanToBuffer(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  return workbookBytes(buildWorkbook(plan, options));
}

/** The exceljs workbook for a plan (exposed for tests that inspect it before writing). */
export function buildWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Workbook {
  const workbook = new Workbook();
  const date = options.date ?? DEFAULT_DATE;
  workbook.creator = plan.properties?.creator ?? 'Tableaux CLS';
  workbook.lastModifiedBy = workbook.creator;
  workbook.title = plan.properties?.title ?? '';
  workbook.created = date;
  workbook.modified = date;
  // Cached results are a courtesy to readers without a calculation engine; Excel recomputes everything on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  plan.sheets.forEach((sheet, index) => writeSheet(workbook, sheet, index));
  setDefinedNames(workbook, plan.names);
  return workbook;
}

function writeSheet(workbook: Workbook, plan: SheetPlan, sheetIndex: number): void {
  const freeze = (plan.freezeRows ?? 0) > 0 || (plan.freezeColumns ?? 0) > 0;
  const worksheet = workbook.addWorksheet(plan.name, {
    ...(plan.tabColor === undefined ? {} : { properties: { tabColor: { argb: argb(plan.tabColor) } } }),
    ...(freeze ? { views: [{ state: 'frozen' as const, xSplit: plan.freezeColumns ?? 0, ySplit: plan.freezeRows ?? 0 }] } : {}),
    state: plan.hidden === true ? 'hidden' : 'visible',
  });
  for (const [letter, width] of Object.entries(plan.columnWidths ?? {})) worksheet.getColumn(letter).width = width;
  if (plan.print !== undefined) {
    worksheet.pageSetup = {
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    };
  }
  for (const block of plan.blocks) {
    if (block.kind === 'table') writeTable(worksheet, block);
    else writeRange(worksheet, block);
  }
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) worksheet.getRow(Number(row)).height = height;
  for (const format of plan.cellFormats ?? []) forEachCell(format.range, (row, col) => (worksheet.getCell(row, col).numFmt = format.numberFormat));
  for (const v of plan.cellValidations ?? []) {
    const validation = dataValidation(v.validation, v.prompt);
    forEachCell(v.range, (row, col) => (worksheet.getCell(row, col).dataValidation = validation));
  }
  let priority = 1;
  for (const cf of plan.conditionalFormats ?? []) {
    worksheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: priority++,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor === undefined ? {} : { font: { color: { argb: argb(cf.fontColor) } } }),
          },
        },
      ],
    });
  }
  plan.dataBars?.forEach((bar, index) => worksheet.addConditionalFormatting({ ref: bar.range, rules: [dataBarRule(bar.color, priority++, sheetIndex, index)] }));
}

/**
 * A data bar in the Excel 2010 form: the 2007 `<cfRule>` points by GUID to an `<x14:cfRule>` in the
 * worksheet's extLst. exceljs 4.4 writes that extension only for solid bars (`gradient: false`); for
 * gradient bars it leaves an empty `<x14:id/>` that Excel repairs away (exceljs issue #3015).
 */
function dataBarRule(color: string, priority: number, sheetIndex: number, barIndex: number): DataBarRuleType {
  // `color` is written by exceljs although its typings omit it; bars start at 0 so the smallest value still shows one.
  const rule: DataBarRuleType & { color: { argb: string } } = {
    type: 'dataBar',
    priority,
    cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
    color: { argb: argb(color) },
    gradient: false,
  };
  // exceljs draws a random GUID on each write; a fixed one keeps equal plans giving equal files.
  Object.defineProperty(rule, 'x14Id', { get: () => dataBarGuid(sheetIndex, barIndex), set: () => undefined, enumerable: true });
  return rule;
}

/** `{C15D47A0-0000-4000-8000-SSSSSSBBBBBB}`: a valid, stable GUID per sheet and bar. */
const dataBarGuid = (sheetIndex: number, barIndex: number): string =>
  `{C15D47A0-0000-4000-8000-${String(sheetIndex).padStart(6, '0')}${String(barIndex).padStart(6, '0')}}`;

function writeTable(worksheet: Worksheet, table: TablePlan): void {
  const anchor = parseA1(table.anchor);
  if (!anchor) throw new Error(`Bad table anchor ${table.anchor}`);
  // Excel needs at least one data row under the header.
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const properties: TableProperties = {
    name: table.name,
    ref: table.anchor,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as NonNullable<NonNullable<TableProperties['style']>['theme']>, showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((row) => row.map(toCellValue)),
  };
  worksheet.addTable(properties);
  const lastRow = anchor.row + rows.length + (table.spareRows ?? 0);
  table.columns.forEach((column, i) => {
    const col = anchor.column + i;
    worksheet.getColumn(col).width = column.width;
    const header = worksheet.getCell(anchor.row, col);
    header.alignment = { wrapText: true, vertical: 'middle' };
    // Explicit header look, so that readers without table styles (LibreOffice) still show a header.
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    header.border = THIN_BORDER;
    const validation = column.validation === undefined ? undefined : dataValidation(column.validation, column.prompt, column.header);
    for (let row = anchor.row + 1; row <= lastRow; row++) applyColumn(worksheet, row, col, column, validation);
  });
}

function applyColumn(worksheet: Worksheet, row: number, col: number, column: PlanColumn, validation: DataValidation | undefined): void {
  const cell = worksheet.getCell(row, col);
  if (column.numberFormat !== undefined) cell.numFmt = column.numberFormat;
  if (column.wrap === true) cell.alignment = { wrapText: true, vertical: 'top' };
  else cell.alignment = { vertical: 'top' };
  if (validation !== undefined) cell.dataValidation = validation;
  else if (column.prompt !== undefined) {
    // A prompt without a rule: exceljs writes type `any` (Excel's "Tout") although its typings omit it.
    const hint = validationPrompt(column.prompt, column.header);
    const promptOnly = { type: 'any', formulae: [], showInputMessage: true, promptTitle: hint.title, prompt: hint.message };
    cell.dataValidation = promptOnly as unknown as DataValidation;
  }
}

function writeRange(worksheet: Worksheet, range: RangePlan): void {
  const anchor = parseA1(range.anchor);
  if (!anchor) throw new Error(`Bad range anchor ${range.anchor}`);
  range.values.forEach((values, r) => {
    const rowStyle = range.rowStyles?.[r];
    values.forEach((value, c) => {
      const cell = worksheet.getCell(anchor.row + r, anchor.column + c);
      cell.value = toCellValue(value);
      const format = typeof range.numberFormats === 'string' ? range.numberFormats : range.numberFormats?.[r]?.[c];
      if (format !== undefined && format !== null) cell.numFmt = format;
      const style = mergeStyles(mergeStyles(range.style, range.columnStyles?.[c]), rowStyle);
      if (style !== undefined) applyStyle(cell, style);
    });
  });
}

const mergeStyles = (base: CellStyle | undefined, over: CellStyle | undefined): CellStyle | undefined =>
  base === undefined ? over : over === undefined ? base : { ...base, ...over };

const THIN_BORDER: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function applyStyle(cell: { font: Partial<Font>; fill: Fill; alignment: Partial<Style['alignment']>; border: Partial<Borders> }, style: CellStyle): void {
  const font: Partial<Font> = {};
  if (style.bold === true) font.bold = true;
  if (style.italic === true) font.italic = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) cell.font = font;
  if (style.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  // Centred vertically so figures line up with wrapped titles on the same row.
  cell.alignment = { vertical: 'middle', ...(style.wrap === true ? { wrapText: true } : {}), ...(style.horizontal === undefined ? {} : { horizontal: style.horizontal }) };
  if (style.border === true) cell.border = THIN_BORDER;
}

function toCellValue(value: PlanCell): CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('date' in value) return new Date(EXCEL_EPOCH_MS + value.date * MS_PER_DAY);
  return value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
}

/** The alerts and hints are the workbook's, decided once for both writers (domain/generate/validation-alert.ts). */
function dataValidation(plan: ValidationPlan, prompt: string | undefined, header?: string): DataValidation {
  const hint = prompt === undefined ? undefined : validationPrompt(prompt, header);
  const promptPart = hint === undefined ? {} : { showInputMessage: true, promptTitle: hint.title, prompt: hint.message };
  const alert = validationAlert(plan);
  const alertPart = { showErrorMessage: true, errorStyle: alert.style, errorTitle: alert.title, error: alert.message } as const;
  if (plan.kind === 'list') {
    // A defined name, never a direct cross-sheet reference (CONTRACT §1 "Lists and names").
    return { type: 'list', allowBlank: true, formulae: [plan.listName], ...alertPart, ...promptPart };
  }
  const { min, max } = plan;
  const operator = min !== undefined && max !== undefined ? 'between' : min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
  const bounds = [min, max].filter((b): b is number => b !== undefined);
  const isDate = plan.kind === 'date';
  return {
    type: plan.kind,
    operator,
    allowBlank: true,
    formulae: isDate ? bounds.map((b) => new Date(EXCEL_EPOCH_MS + b * MS_PER_DAY)) : bounds,
    ...alertPart,
    ...promptPart,
  };
}

function forEachCell(range: string, visit: (row: number, col: number) => void): void {
  const bounds = parseRange(range);
  if (!bounds) throw new Error(`Bad range ${range}`);
  for (let row = bounds.top; row <= bounds.bottom; row++) for (let col = bounds.left; col <= bounds.right; col++) visit(row, col);
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * exceljs models defined names as sets of cells only, so it cannot write `CLS_Financeurs[Financeur]`;
 * its writer prints each name's `ranges` verbatim, so we hand it the references as they must appear.
 */
function setDefinedNames(workbook: Workbook, names: readonly NamePlan[]): void {
  const model = names.map((n) => ({ name: n.name, ranges: [n.ref] }));
  Object.defineProperty(workbook.definedNames, 'model', { get: () => model, set: () => undefined, configurable: true });
}
