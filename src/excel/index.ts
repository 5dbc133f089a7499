/** The WorkbookPort over Office.js: what the task pane uses inside Excel. */
import type { WorkbookPort } from '../domain/port';
import { supportsExcelApi } from './run';

export { ExcelAdapterError, excelRequirementStatus } from './run';
export type { RequirementStatus } from './run';

export interface ExcelPortOptions {
  /** Requirement-set probe; defaults to Office.context.requirements. Tests pass their own. */
  readonly supports?: (excelApiVersion: string) => boolean;
}

/**
 * Creates the Office.js port; every call runs its own `Excel.run` with a constant number of syncs. Each operation's
 * code loads on first use (the engine with Créer, the import's record schema with Importer): the pane starts light.
 */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const supports = options.supports ?? supportsExcelApi;
  return {
    kind: 'excel',
    read: () => import('./read.js').then((m) => m.readWorkbook({ withMerges: supports('1.13') })),
    apply: (plan) => import('./apply.js').then((m) => m.applyPlan(plan, { withPageLayout: supports('1.9'), withMerges: supports('1.13'), withShapes: supports('1.9') })),
    select: (sheet, cell) => import('./control.js').then((m) => m.selectCell(sheet, cell)),
    highlight: (findings) => import('./highlight.js').then((m) => m.highlightFindings(findings, { withPattern: supports('1.9') })),
    clearHighlights: () => import('./highlight.js').then((m) => m.clearFindingHighlights({ withCellProperties: supports('1.9') })),
    writeControl: (rows) => import('./control.js').then((m) => m.writeControlSheet(rows)),
    rewriteCells: (edits) => import('./rewrite.js').then((m) => m.rewriteCells(edits)),
    readImportRecord: () => import('./rows.js').then((m) => m.readImportRecord()),
    applyRows: (sync) => import('./rows.js').then((m) => m.applyRows(sync)),
  };
}
