/** What an import produces: contract rows, and every source number, action and indicator accounted for. */
import type { FundingInput } from '../generate/input-sheets';
import type { MappingArea } from './mapping';

/** Why a source cell or row was not imported. */
export type SkipReason =
  | 'total'
  | 'total-column'
  | 'remaining'
  | 'zero'
  | 'blank'
  | 'not-a-number'
  | 'excel-error'
  | 'axis-title'
  | 'year-title'
  | 'objective-title'
  | 'header-repeat'
  | 'no-label'
  | 'no-amount'
  | 'no-action'
  | 'no-indicator'
  | 'budget-not-action'
  | 'budget-duplicate'
  | 'area-excluded';

export const SKIP_REASONS: readonly SkipReason[] = [
  'total',
  'total-column',
  'remaining',
  'zero',
  'blank',
  'not-a-number',
  'excel-error',
  'axis-title',
  'year-title',
  'objective-title',
  'header-repeat',
  'no-label',
  'no-amount',
  'no-action',
  'no-indicator',
  'budget-not-action',
  'budget-duplicate',
  'area-excluded',
];

/** A number (or text where a number belongs) of a money area that is not a commitment. */
export interface SkippedCell {
  readonly area: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: string | number | boolean;
  /** Null when the cell holds no number (text, error). */
  readonly cents: number | null;
  readonly reason: SkipReason;
}

export interface SkippedRow {
  readonly area: string;
  readonly sheet: string;
  readonly row: number;
  /** What the row holds, its first non-empty cells as stored (numbers formatted by each reader's language). */
  readonly cells: readonly (string | number | boolean)[];
  readonly reason: SkipReason;
}

export interface SourceRef {
  readonly sheet: string;
  readonly cell: string;
}

/** A cell value for the contract: text, number, or a date as an Excel serial. */
export type ImportedValue = string | number | { readonly date: number };

export interface ImportedAction {
  readonly number: string;
  /** True when the source gave no number and one was given from the axis and the order. */
  readonly numberAssigned: boolean;
  readonly title: string | null;
  readonly axisNumber: string | null;
  readonly axis: string | null;
  /** The contract's status, or the source's word kept as typed (reported). */
  readonly status: string | null;
  readonly budgetCents: number | null;
  /** Other contract columns by key (`pilot`, `start`, `end`, `progress`…). */
  readonly fields: Readonly<Record<string, ImportedValue>>;
  readonly source: SourceRef;
}

/** A commitment as the generator writes it (Objet, Nature, Statut: contract list values, or the source's word kept as typed, reported), and where it came from. */
export interface ImportedFunding extends FundingInput {
  readonly source: SourceRef;
}

export interface ImportedIndicator {
  readonly action: string | null;
  readonly indicator: string;
  readonly fields: Readonly<Record<string, ImportedValue>>;
  readonly source: SourceRef;
}

/** Money of one area: what the source holds, to the cent, and where each cent went. */
export interface AreaConservation {
  readonly area: string;
  readonly kind: MappingArea['kind'];
  /** Every number of the area's money columns, summed independently of the import. */
  readonly sourceCents: number;
  /** Imported as commitments (CLS_Financements). */
  readonly importedCents: number;
  /** Imported as Budget prévisionnel (CLS_Actions). */
  readonly budgetCents: number;
  readonly skippedCents: number;
  /** Numbers read in the money columns. */
  readonly numbers: number;
  readonly balanced: boolean;
}

/** A note for the user: an assumption made, a value kept as typed. Data, rendered in texts. */
export type ImportNote =
  | { readonly kind: 'year-assumed'; readonly area: string; readonly year: number; readonly from: 'option' | 'contract' }
  | { readonly kind: 'number-assigned'; readonly sheet: string; readonly cell: string; readonly number: string; readonly title: string }
  | { readonly kind: 'value-kept'; readonly field: string; readonly value: string; readonly count: number }
  | { readonly kind: 'status-assumed'; readonly area: string; readonly status: string }
  | { readonly kind: 'action-filled-down'; readonly sheet: string; readonly cell: string; readonly action: string };

export interface ImportResult {
  readonly actions: readonly ImportedAction[];
  readonly fundings: readonly ImportedFunding[];
  readonly indicators: readonly ImportedIndicator[];
  /** Partners not in the default partner list, added to CLS_Financeurs. */
  readonly extraFunders: readonly string[];
  readonly skippedCells: readonly SkippedCell[];
  readonly skippedRows: readonly SkippedRow[];
  readonly conservation: readonly AreaConservation[];
  readonly notes: readonly ImportNote[];
  /** Areas whose money has no year (neither a band, a column, nor the mapping's year). */
  readonly missingYear: readonly string[];
}
