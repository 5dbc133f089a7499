/** The narrow port the task pane talks to: implemented over Office.js, over an .xlsx file, and in memory. */
import type { RowSync } from './apply/rows';
import type { ImportRecord } from './import/record';
import type { WorkbookPlan } from './generate/plan';
import type { Finding } from './report';
import type { WorkbookSnapshot } from './workbook/snapshot';

/** What applying a plan did, for the user: nothing else was touched. */
export interface ApplyOutcome {
  readonly createdSheets: readonly string[];
  readonly createdTables: readonly string[];
  /** `Table[Colonne]` added to an existing user table. */
  readonly addedColumns: readonly string[];
  readonly createdNames: readonly string[];
  /** Owned sheets rebuilt from scratch (matrix, synthesis). */
  readonly rebuiltSheets: readonly string[];
  /** User cells left as they were although the plan had a value for them. */
  readonly keptCells: number;
  /** Plain ranges of the user turned into contract tables, values untouched (`Financements!A3:H40 → CLS_Financements`). */
  readonly adoptedRanges?: readonly string[];
  /** Sheets bearing one of our sheet names that Tableaux CLS did not create: left untouched. */
  readonly skippedSheets?: readonly string[];
  /** Missing columns not added because cells just right of the table are in use (Excel would shift them). */
  readonly blockedColumns?: readonly string[];
  /** Sheets whose printing settings (orientation, fit to width) Excel refused; everything else was applied. */
  readonly printSettingsSkipped?: readonly string[];
}

export interface ControlRow {
  readonly severity: string;
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly value: string;
  readonly suggestion: string;
}

/** One user cell to rewrite on request, only if it still holds what the user saw in the preview. */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  /** The text the cell held when the edit was proposed. */
  readonly expected: string;
  readonly value: string;
}

export interface RewriteOutcome {
  readonly written: readonly CellEdit[];
  /** Cells whose content changed since the preview: left as they are. */
  readonly skipped: readonly CellEdit[];
}

/** What writing an import's rows did. */
export interface RowSyncOutcome {
  /** Table rows written in place (filled, updated or cleared). */
  readonly writtenRows: number;
  /** Rows added at the bottom of the tables. */
  readonly addedRows: number;
  /** False when the saved import record was already up to date. */
  readonly recordWritten: boolean;
}

export interface WorkbookPort {
  /** `excel`: inside Excel; `file`: an .xlsx opened in the browser, read-only; `memory`: previews and tests. */
  readonly kind: 'excel' | 'file' | 'memory';
  /** Reads every sheet and table in one batch. */
  read(): Promise<WorkbookSnapshot>;
  /** Creates what is missing and rebuilds owned sheets, never overwriting a user cell. Absent when read-only. */
  apply?(plan: WorkbookPlan): Promise<ApplyOutcome>;
  /** Selects a cell so the user sees it. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Colours the cells of findings; reversible by `clearHighlights`. */
  highlight?(findings: readonly Finding[]): Promise<void>;
  clearHighlights?(): Promise<void>;
  /** Writes the `Contrôle` sheet (ours) with one row per finding. */
  writeControl?(rows: readonly ControlRow[]): Promise<void>;
  /** The only user cells ever rewritten, and only on request after a preview: each only if it still holds `expected`. */
  rewriteCells?(edits: readonly CellEdit[]): Promise<RewriteOutcome>;
  /** The last import's record (custom XML parts), or null when none or unreadable. */
  readImportRecord?(): Promise<ImportRecord | null>;
  /**
   * Writes an import's rows and its record, all or nothing: refused (`ApplyRefusedError`, nothing written) when a
   * cell to write no longer holds what was read, or a table moved, since the sync was planned.
   */
  applyRows?(sync: RowSync): Promise<RowSyncOutcome>;
}
