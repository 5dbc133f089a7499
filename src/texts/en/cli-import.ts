/** The sentences only `cls-workbook import` says, in English, over the import report's. */
import type { ImportTexts } from '../fr/cli-import';
import { importReport } from './import-report';

export const cliImport: ImportTexts = {
  ...importReport,
  missingFiles: 'name the workbook to import and the new workbook to write, e.g.: cls-workbook import tracking.xlsx cls.xlsx',
  extraArgs: (a) => `two files expected, the source workbook and the new workbook (also got: ${a})`,
  notXlsx: (p) => `${p} must have the .xlsx extension`,
  outputExists: (p) => `${p} already exists: import always writes a NEW workbook, nothing is overwritten`,
  outputIsInput: (p) => `${p} is the source workbook: import never modifies it, choose another name`,
  outputFolderMissing: (p) => `the folder of ${p} does not exist`,
  badYear: (v) => `invalid value "${v}" for --year: a four-digit year, e.g. 2025`,
  mappingUnreadable: (p) => `mapping ${p} unreadable (missing or inaccessible file)`,
  mappingNotJson: (p) => `mapping ${p} invalid: not JSON`,
  mappingInvalid: (p, problems) => `mapping ${p} invalid: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`,
  nothing: (f) => `nothing to import in ${f}: no area recognised (details above)`,
  refused: (r) => `import refused, nothing written: ${r.join('; ')}`,
  yearMissing: (a) => `${importReport.yearMissing(a)}; give --year YYYY`,
  natureStatus: (n, s) => `${importReport.natureStatus(n, s)} (editable in the mapping)`,
  yearGiven: '--year option',
  writeFailed: (p, r) => `cannot write ${p}: ${r}`,
  title: (s, o) => `Import of ${s} → ${o}`,
  validation: (e, w, i, o) =>
    `Check of the new workbook: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'} (details: cls-workbook validate ${o})`,
  written: (o) => `Workbook written: ${o} (the source workbook was not modified)`,
};
