/** The import report's sentences in English. */
import { IMPORT_SCAN_CELLS } from '../../domain/import/grid';
import { quoted } from '../../domain/values/format';
import type { ConflictUse, ImportConflict } from '../../domain/import/mapping';
import type { ImportReportTexts } from '../fr/import-report';

export const importReport: ImportReportTexts = {
  colon: ': ',
  mappingColumnLetter: 'a column letter (A, B… AA)',
  quoted: (text) => quoted(text, 'en'),
  lookedFor:
    'Looked for on every sheet: a partner matrix (one column per funder: ARS, CAF, CPAM…), a list of commitments (Funder, Amount and Status, Nature or Year), a dashboard of actions (No. or Title, and Pilot, Due date, Status or Budget), one action sheet per fiche (at least 4 label/value lines: Intitulé, Contexte, Objectif, Descriptif, Pilotage, Partenaires, Public visé, Budget…), an evaluation grid (Indicator, and Expected results, Tools, Who evaluates, When).',
  firstRows: (s) => `First rows of sheet "${s}", as read:`,
  emptySheet: '(empty sheet)',
  conflict: (c) => conflictEn(c),
  sheetMissing: (s) => `sheet "${s}" of the mapping is not in the workbook`,
  tooLarge: (s, r) =>
    `sheet "${s}" not read: its used range (${r}) is too large to scan (over ${(IMPORT_SCAN_CELLS / 1_000_000).toLocaleString('en-GB')} million cells); delete the stray cells far from the table (or the formatted empty rows and columns), save, and run again`,
  stopped: {
    readOnly: 'This workbook is read-only: the import cannot write to it.',
    changed: 'The workbook changed since the preview: the import is no longer possible as it was; read the workbook again.',
    tablesMissing: (t) => `Tables missing after creation: ${t.join(', ')}; nothing was imported.`,
  },
  yearMissing: (a) => `${a.join(', ')}: no year (neither a year band nor a Year column)`,
  unbalanced: (a) => `${a}: imported and skipped amounts do not add up to the source to the cent (internal error, please report it)`,
  areasTitle: 'Recognised areas (mapping):',
  kind: {
    'partner-matrix': 'Partner matrix',
    'funding-list': 'List of commitments',
    'action-list': 'Dashboard of actions',
    'action-fiche': 'Action sheet',
    'evaluation-grid': 'Evaluation grid',
  },
  headerLine: (h, f, l) => `header row ${h}, rows ${f} to ${l}`,
  excluded: 'excluded from the import',
  labels: 'labels',
  partners: 'funders',
  otherColumns: 'columns not imported',
  role: {
    remaining: 'still to find',
    total: 'total',
    budget: 'budget',
    ratio: 'rate',
    'no-header': 'no header',
  },
  natureStatus: (n, s) => `nature ${n}, status ${s}`,
  noYear: 'no year',
  conservationTitle: 'Money conservation (to the cent):',
  conservationLine: (a, s, i, b, k, n, ok) => `${a}: source ${s} = imported ${i} + budget ${b} + skipped ${k} ${ok ? '✓' : '✗'} (${n} numbers)`,
  skippedTitle: 'Skipped amounts and cells:',
  reason: {
    total: 'total row',
    'total-column': 'total column',
    remaining: 'still to find',
    zero: 'zero',
    blank: 'blank row',
    'not-a-number': 'text, not an amount',
    'excel-error': 'Excel error',
    'axis-title': 'axis title',
    'year-title': 'year title',
    'objective-title': 'objective title',
    'header-repeat': 'repeated header',
    'no-label': 'no action label',
    'no-amount': 'no amount',
    'no-action': 'no action number or title',
    'no-indicator': 'no indicator',
    'budget-not-action': 'budget outside an action',
    'budget-duplicate': 'action budget already given by the dashboard',
    'area-excluded': 'area excluded',
  },
  cells: (n) => `${n} cell${n > 1 ? 's' : ''}`,
  rowsTitle: 'Skipped rows:',
  counts: (a, f, i, funders) =>
    `Imported: ${a} action${a > 1 ? 's' : ''}, ${f} commitment${f > 1 ? 's' : ''}, ${i} indicator${i > 1 ? 's' : ''}${funders.length > 0 ? `; partners added to the list: ${funders.join(', ')}` : ''}`,
  found: (a, f, i, funders) =>
    `Found in your sheets: ${a} action${a > 1 ? 's' : ''}, ${f} commitment${f > 1 ? 's' : ''}, ${i} indicator${i > 1 ? 's' : ''}${funders.length > 0 ? `; partners to add to the list: ${funders.join(', ')}` : ''}`,
  notesTitle: 'Good to know:',
  note: (n, yearGiven) => {
    switch (n.kind) {
      case 'year-assumed':
        return `${n.area}: no year shown, amounts counted in ${n.year} (${n.from === 'option' ? yearGiven : 'first contract year, from the workbook’s signature date'})`;
      case 'number-assigned':
        return `${n.sheet}!${n.cell} "${n.title}": no number, number ${n.number} assigned`;
      case 'value-kept':
        return `${n.field} "${n.value}" (${n.count}×): not in the contract's list, kept as typed (validation will flag it)`;
      case 'status-assumed':
        return `${n.area}: no status column, commitments imported as Acquis`;
      case 'action-filled-down':
        return `${n.sheet}!${n.cell}: indicator linked to action ${n.action} of the row above`;
    }
  },
};


function useEn(use: ConflictUse): string {
  switch (use.kind) {
    case 'field':
      return quoted(use.header, 'en');
    case 'label':
      return 'the action label';
    case 'funder':
      return `funder ${use.funder}`;
    case 'role':
      return `the ${importReport.role[use.role]} column`;
  }
}

function conflictEn(c: ImportConflict): string {
  switch (c.kind) {
    case 'fiche-rows':
      return `area ${c.area}: rows ${c.firstRow} to ${c.lastRow} do not make a fiche`;
    case 'rows-before-header':
      return `area ${c.area}: rows ${c.firstRow} to ${c.lastRow} must come after header row ${c.headerRow}`;
    case 'cell-shared':
      return `area ${c.area}: cell ${c.cell} is given both to ${c.uses.map(useEn).join(' and to ')}`;
    case 'column-shared':
      return `area ${c.area}: column ${c.column} is given both to ${c.uses.map(useEn).join(' and to ')}`;
    case 'two-columns': {
      const columns = c.columns.map((col) => `${col.letter} ${quoted(col.name, 'en')}`).join(' and ');
      return `${c.sheet}, row ${c.row}: two columns for ${quoted(c.header, 'en')} (${columns}); choose one in a mapping (--mapping)`;
    }
  }
}
