/** Why a plan cannot be applied to a workbook, with what the user can do, in English. */
import type { RefusalTexts } from '../fr/refusals';

export const refusals: RefusalTexts = {
  again: { create: '"Create"', import: '"Import"' },
  reasons: {
    'read-only': (_, again) => `the workbook is open read-only: save an editable copy (or ask for edit access), then run ${again} again.`,
    'workbook-protected': (_, again) =>
      `the workbook structure is protected and sheets must be added: unprotect it (Review › Protect Workbook), then run ${again} again.`,
    'sheet-protected': (r, again) => `sheet "${r.sheet}" is protected: unprotect it (Review › Unprotect Sheet), then run ${again} again.`,
    'name-taken': (r, again) =>
      `"${r.name}" is already a defined name in this workbook: rename or delete it (Formulas › Name Manager), then run ${again} again.`,
    'changed-since-preview': (r, again) => `the workbook changed since the preview (${r.where} no longer has usable headers); run ${again} again.`,
    'missing-column': (r, again) =>
      `column "${r.column}" is missing from table ${r.table} and cannot be added (cells right of the table are in use): add it by hand, or clear the columns right of the table, then run ${again} again.`,
    'missing-table': (r, again) =>
      `table ${r.table} does not exist and cannot be created without touching your cells: turn your data into a table named ${r.table} (Insert › Table), then run ${again} again.`,
    'rows-changed': (r, again) => `${r.cell === undefined ? `table ${r.table ?? ''}` : `cell ${r.cell}`} changed during the import: run ${again} again.`,
  },
  nothingChanged: (reasons) => `nothing was changed, because ${reasons.join(' ')}`,
};
