/**
 * Rewrites user cells the user chose after a preview (« Harmoniser les noms »): the only user cells the add-in
 * ever changes. Each cell is read again first and written only if it still holds what the preview showed.
 */
import type { CellEdit, RewriteOutcome } from '../domain/port';
import { packByBudget, RANGE_ACTION_BYTES, syncEach, textBytes } from './chunks';
import { TEXT_FORMAT, needsTextFormat } from './cells';
import { runExcel } from './run';

/** Two syncs for a few hundred cells (one read, one write), more in budgeted blocks. @throws ExcelAdapterError */
export function rewriteCells(edits: readonly CellEdit[]): Promise<RewriteOutcome> {
  return runExcel('rewrite', async (context) => {
    const cost = (edit: CellEdit) => ({ request: RANGE_ACTION_BYTES + textBytes(edit.value), response: textBytes(edit.expected) + 64 });
    const reads: { edit: CellEdit; range: Excel.Range }[] = [];
    await syncEach(context, packByBudget(edits, cost), (group) => {
      for (const edit of group) reads.push({ edit, range: context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell).load('values') });
    });
    const same = (range: Excel.Range, edit: CellEdit): boolean => {
      const value = (range.values as unknown[][])[0]?.[0];
      return typeof value === 'string' && value === edit.expected;
    };
    const written = reads.filter(({ edit, range }) => same(range, edit));
    await syncEach(context, packByBudget(written, ({ edit }) => cost(edit)), (group) => {
      for (const { edit, range } of group) {
        // A name Excel would read as a number or a formula stays text.
        if (needsTextFormat(edit.value)) range.numberFormat = [[TEXT_FORMAT]];
        range.values = [[edit.value]];
      }
    });
    const done = new Set(written.map(({ edit }) => edit));
    return { written: written.map(({ edit }) => edit), skipped: edits.filter((edit) => !done.has(edit)) };
  });
}
