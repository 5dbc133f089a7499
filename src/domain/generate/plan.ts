/**
 * The workbook as a plan: pure data that both the .xlsx writer (src/xlsx) and the Office.js
 * adapter (src/excel) apply. No library types here.
 */

/** A cell to write. Dates are Excel serials; formulas are English-locale A1 formulas without the leading `=`. */
export type PlanCell =
  | string
  | number
  | boolean
  | null
  /** `result`: the value the formula gives on the planned data, for readers without a calculation engine. */
  | { readonly formula: string; readonly result?: string | number }
  | { readonly date: number };

export type ValidationPlan =
  | { readonly kind: 'list'; /** A defined name, e.g. `Liste_Statuts`. */ readonly listName: string; readonly strict: boolean }
  | { readonly kind: 'decimal' | 'whole'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'date'; readonly min?: number; readonly max?: number };

export interface PlanColumn {
  readonly header: string;
  readonly width: number;
  readonly numberFormat?: string;
  readonly validation?: ValidationPlan;
  /** Input hint shown by Excel on the cell (data validation prompt). */
  readonly prompt?: string;
  readonly wrap?: boolean;
}

export interface TablePlan {
  readonly kind: 'table';
  readonly name: string;
  /** Top-left cell of the header row, e.g. `A1`. */
  readonly anchor: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
  readonly style: string;
  /** Extra empty rows that still carry the column's validation and format, ready for input. */
  readonly spareRows?: number;
  /**
   * The user already keeps this table as a plain range (A1 range on the plan's sheet, header row
   * included): when the table is missing, turn exactly that range into the table, values untouched,
   * instead of creating a new one. Set by `adoptPlainRanges`.
   */
  readonly adoptRange?: string;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  /** `#RRGGBB`. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly border?: boolean;
}

/** A free block of cells (titles, matrix, figures). */
export interface RangePlan {
  readonly kind: 'range';
  readonly anchor: string;
  readonly values: readonly (readonly PlanCell[])[];
  /** Same shape as values, or a single format for the whole block. */
  readonly numberFormats?: readonly (readonly (string | null)[])[] | string;
  readonly style?: CellStyle;
  /** Per-row style overrides (e.g. header, totals), by row index in `values`. */
  readonly rowStyles?: Readonly<Record<number, CellStyle>>;
  /** Per-column style overrides (e.g. wrapped titles), by column index in `values`; row styles apply over them. */
  readonly columnStyles?: Readonly<Record<number, CellStyle>>;
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** Formula relative to the range's top-left cell, without `=`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface ChartPlan {
  readonly type: 'bar' | 'column' | 'pie' | 'columnStacked';
  readonly title: string;
  /** A1 range on the same sheet, first row = series names, first column = categories. */
  readonly dataRange: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
}

export interface SheetPlan {
  readonly name: string;
  /** True for sheets we own and may rebuild (matrix, synthesis, lists); false for user input sheets. */
  readonly owned: boolean;
  readonly blocks: readonly (TablePlan | RangePlan)[];
  /** Widths by column letter for ranges (tables carry their own). */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly freezeRows?: number;
  readonly freezeColumns?: number;
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly ChartPlan[];
  readonly tabColor?: string;
  readonly hidden?: boolean;
  /** Validations on single cells or free ranges (parameter values, the year selector). */
  readonly cellValidations?: readonly CellValidationPlan[];
  /** Number formats on single cells or free ranges (parameter values). */
  readonly cellFormats?: readonly CellFormatPlan[];
  /** In-cell data bars, the chart stand-in for files written without Excel. */
  readonly dataBars?: readonly DataBarPlan[];
  /** Row heights in points by 1-based row, for wrapped text (neither Excel nor LibreOffice refits rows on open). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Printing: orientation and fitting all columns on the page width. */
  readonly print?: { readonly landscape: boolean; readonly fitToWidth: boolean };
}

export interface CellValidationPlan {
  /** A1 range on this sheet, e.g. `B6` or `C7:C30`. */
  readonly range: string;
  readonly validation: ValidationPlan;
  readonly prompt?: string;
}

export interface CellFormatPlan {
  readonly range: string;
  readonly numberFormat: string;
}

export interface DataBarPlan {
  readonly range: string;
  /** `#RRGGBB`. */
  readonly color: string;
}

export interface NamePlan {
  readonly name: string;
  /** Reference without `=`, e.g. `Listes!$A$2:$A$15` or `CLS_Financeurs[Financeur]`. */
  readonly ref: string;
  readonly comment?: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /** Document properties (title, author) for the file. */
  readonly properties?: { readonly title: string; readonly creator: string };
}
