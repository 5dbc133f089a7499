/** What the Excel adapter says when Excel fails, in English. */
import type { ExcelTexts } from '../fr/excel';

export const excel: ExcelTexts = {
  operations: {
    read: 'Could not read the workbook',
    apply: 'Could not create the tables',
    select: 'Could not select the cell',
    highlight: 'Could not highlight the cells',
    clearHighlights: 'Could not clear the highlights',
    writeControl: 'Could not write the "Contrôle" sheet',
    rewrite: 'Could not harmonise the names',
    import: 'Could not import the rows',
  },
  advice: {
    AccessDenied:
      'Excel refused the change: a sheet or the workbook is protected, or the file is open read-only. Remove the protection or save an editable copy, then try again.',
    InvalidOperationInCellEditMode: 'a cell is being edited: press Enter or Esc, then try again.',
    RequestPayloadSizeLimitExceeded:
      'the request is larger than Excel on the web accepts at once: open the workbook in the desktop app, or reduce the findings (filter by table), then try again.',
    ResponsePayloadSizeLimitExceeded: 'the answer is larger than Excel on the web accepts at once: open the workbook in the desktop app, then try again.',
    Conflict: 'a co-author is editing the workbook at the same time: wait for AutoSave to finish, then try again.',
    MergedRangeConflict: 'a table cannot cover merged cells: unmerge them (Home › Merge), then try again.',
    ItemAlreadyExists: 'a sheet, table or defined name already has that name: rename it, then try again.',
    ItemNotFound: 'a sheet, table or name was deleted or renamed during the operation: try again.',
    InsertDeleteConflict:
      'Excel cannot shift cells because of a neighbouring table, filter or merged cells: clear the cells right of the table, then try again.',
    FilteredRangeConflict: 'a filter is on in the table: clear it (Data › Clear), then try again.',
    OperationCellsExceedLimit: 'the operation touches too many cells for Excel on the web: clear cells far right of the tables, or use the desktop app.',
    InactiveWorkbook: 'the workbook is no longer active: go back to it, then try again.',
    RequestAborted: 'Excel aborted the request: try again.',
  },
  failed: (operation, detail) => `${operation}: ${detail}`,
  withCode: (advice, code) => `${advice} (Excel code: ${code})`,
  unknownCode: (code) => `Excel refused the operation (code ${code}). Try again; if it persists, save and reopen the workbook.`,
  partial: ' Some changes may already be written: run "Create" again, which completes them without duplicating or overwriting anything.',
  unavailable: 'Excel is not available (open the add-in inside Excel).',
  sheetMissing: (sheet) => `sheet "${sheet}" not found.`,
};
