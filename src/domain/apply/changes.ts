/** The change set: everything applying a plan will do to one workbook, decided before any write. */
import type { Area } from '../values/a1';
import type { PlanCell, PlanColumn, RangePlan, SheetPlan, TablePlan } from '../generate/plan';
import type { ApplyOutcome } from '../port';
import type { Refusal } from './refusals';

/** `create`: a new sheet; `rebuild`: one of our marked sheets, cleared in place; `keep`: a user sheet, only empty cells written. */
export type SheetFate = 'create' | 'rebuild' | 'keep';

/** Cells to write over `area`: `null` leaves a cell as it is (a user's value, or nothing planned). */
export interface CellWrite {
  readonly area: Area;
  readonly cells: readonly (readonly PlanCell[])[];
  /** Number formats, same shape; `null` leaves the format. */
  readonly formats: readonly (readonly (string | null)[])[];
}

export type BlockChange =
  | (CellWrite & { readonly kind: 'range'; readonly block: RangePlan })
  /** A new table over `area`: header row and rows written first, then the table made. */
  | (CellWrite & { readonly kind: 'table'; readonly block: TablePlan })
  /** A user's plain range made into the table, values untouched. */
  | { readonly kind: 'adopt'; readonly range: string; readonly block: TablePlan }
  /** Our table left under Excel's default name by an interrupted run: renamed, styled, validated. */
  | { readonly kind: 'rename'; readonly from: string; readonly area: Area; readonly block: TablePlan };

export interface SheetChange {
  /** The plan of the sheet, structured references spelled as the workbook's tables have them. */
  readonly plan: SheetPlan;
  /** The sheet's name in the workbook (its case may differ from the plan's). */
  readonly name: string;
  readonly fate: SheetFate;
  /** Tables of a rebuilt sheet, deleted before it is cleared. */
  readonly tablesToDelete: readonly string[];
  readonly blocks: readonly BlockChange[];
}

/** Contract columns added at the right of an existing table. */
export interface ColumnAddition {
  readonly table: string;
  readonly sheet: string;
  readonly columns: readonly PlanColumn[];
  /** Data rows of the table, totals row excluded. */
  readonly dataRows: number;
}

export interface NameChange {
  readonly op: 'add' | 'set';
  readonly name: string;
  /** Without the leading `=`. */
  readonly ref: string;
  readonly comment?: string;
}

export interface ChangeSet {
  /** When not empty, nothing may be written. */
  readonly refusals: readonly Refusal[];
  readonly sheets: readonly SheetChange[];
  readonly additions: readonly ColumnAddition[];
  readonly names: readonly NameChange[];
  readonly properties?: { readonly title?: string; readonly author?: string };
  /** Sheets created hidden (a rebuilt sheet keeps the visibility the user gave it). */
  readonly hide: readonly string[];
  readonly outcome: ApplyOutcome;
}
