/** The task pane's import view, in English: loaded with that view only. */
import type { paneImport as fr } from '../fr/pane-import';
import type { Catalogue } from '../catalogue';

export const paneImport: Catalogue<typeof fr> = {
  emptyValue: '(empty)',
  importTitle: 'Import your own tables',
  importIntro:
    'Your sheets (partner matrix, dashboard, list of commitments, action sheets, evaluation grid) are read as you keep them, and their rows written into this workbook’s contract tables. Your sheets are never changed, nor any value you typed in the tables.',
  importSettings: 'Import settings',
  importProfile: 'Regional profile',
  importYearLabel: 'Year of amounts without a year',
  importYearHint: 'Four digits, e.g. 2025.',
  importYearApply: 'Apply',
  importYearInvalid: 'Enter a four-digit year between 1990 and 2100.',
  importPlanTitle: 'What the import will write',
  importWillCreate: 'The missing contract tables will be created first (as with “Create”), then the rows written into them.',
  importTableLine: '{table}: {added} added, {updated} updated ({cells} value(s)), {cleared} cleared, {unchanged} unchanged',
  importUpToDate: 'Nothing to write: the tables already hold what your sheets say.',
  importDeletedByUser: '{count} row(s) imported then deleted by you are not imported again.',
  importKeptGone: '{count} row(s) no longer in your sheets but edited by you are left as they are.',
  importMissingColumns: '{table} lacks column {columns}: those values are not written.',
  importKeptTitle: 'Your values kept',
  importKeptEdited: '{cell} ({header}): you typed {current}; your sheets say {imported}.',
  importKeptUserRow: '{cell} ({header}): your row says {current}; your sheets say {imported}.',
  importKeptMore: '… and {count} more.',
  importButton: 'Import into this workbook',
  importReadOnly:
    'This workbook is read-only here: the import cannot write into it. Use the web page’s conversion or the command line, which write a new workbook.',
  importSaved: 'The last import is saved in this workbook: importing again updates those rows instead of duplicating them.',
  importEdited: 'You changed the proposed mapping.',
  importResetMapping: 'Back to the proposed mapping',
  importDoneTitle: 'Import done',
  importDone: '{written} row(s) written into the contract tables, {added} of them added below the tables.',
  importDoneNothing: 'Nothing was written: the tables were already up to date.',
  importCreated: 'Tables created: {tables}.',
  tableFunders: 'Partners',
  tableActions: 'Actions',
  tableFundings: 'Funding',
  tableEvaluation: 'Evaluation',
};
