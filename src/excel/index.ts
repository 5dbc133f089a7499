/** The WorkbookPort over Office.js: what the task pane uses inside Excel. */
import type { WorkbookPort } from '../domain/port';
import { applyPlan } from './apply';
import { selectCell, writeControlSheet } from './control';
import { clearFindingHighlights, highlightFindings } from './highlight';
import { readWorkbook } from './read';
import { rewriteCells } from './rewrite';
import { supportsExcelApi } from './run';

export { ExcelAdapterError, excelRequirementStatus } from './run';
export type { RequirementStatus } from './run';

export interface ExcelPortOptions {
  /** Requirement-set probe; defaults to Office.context.requirements. Tests pass their own. */
  readonly supports?: (excelApiVersion: string) => boolean;
}

/** Creates the Office.js port; every call runs its own `Excel.run` with a constant number of syncs. */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const supports = options.supports ?? supportsExcelApi;
  return {
    kind: 'excel',
    read: () => readWorkbook({ withMerges: supports('1.13') }),
    apply: (plan) => applyPlan(plan, { withPageLayout: supports('1.9'), withMerges: supports('1.13'), withShapes: supports('1.9') }),
    select: (sheet, cell) => selectCell(sheet, cell),
    highlight: (findings) => highlightFindings(findings, { withPattern: supports('1.9') }),
    clearHighlights: () => clearFindingHighlights({ withCellProperties: supports('1.9') }),
    writeControl: (rows) => writeControlSheet(rows),
    rewriteCells: (edits) => rewriteCells(edits),
    // The import (its record schema, zod) loads with the Importer view, not with the pane.
    readImportRecord: () => import('./rows.js').then((m) => m.readImportRecord()),
    applyRows: (sync) => import('./rows.js').then((m) => m.applyRows(sync)),
  };
}
