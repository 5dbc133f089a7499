/** Every sentence the command line prints itself, in English. */
import { formatNumber } from '../../domain/values/format';
import type { CliTexts } from '../fr/cli';

const HELP = `cls-workbook — Tableaux CLS: checks and creates local health contract (CLS) workbooks

Usage:
  cls-workbook validate <workbook.xlsx|folder>… [options]
  cls-workbook generate <new.xlsx> [--profile …] [--years 3..5] [--sample] [--force]
  cls-workbook import <workbook.xlsx> <new.xlsx> [--mapping m.json] [--year YYYY] [--format text|json]

validate   reads the workbooks without ever changing them, prints the findings and the totals.
           A folder means every .xlsx in it (not its subfolders); several workbooks give
           one consolidated report.
  --profile normandie|centre-val-de-loire|generic
                         rule profile (default: the "Profil régional" parameter)
  --as-of YYYY-MM-DD     reference date for lateness (default: today)
  --format text|json     readable output (default) or JSON: one object per workbook,
                         an array for a folder or several workbooks
  --report report.xlsx   also writes the report to a NEW workbook (sheets Contrôle and
                         Totaux); refuses an existing file or a workbook being read
  --lang fr|en           language of the messages, for every command (default: fr)

generate   creates a new workbook with every sheet of the template; --sample fills it with
           a realistic fictional CLS; refuses to overwrite an existing file without --force.

import     recognises in your own workbook the partner matrix (year bands), a list of
           commitments, a dashboard of actions, an evaluation grid, and writes a NEW workbook
           with the three tables filled; prints the mapping and the money conservation
           (imported + skipped = source, to the cent). The workbook read is never modified.
  --mapping m.json       reuses or corrects a saved mapping (the JSON of --format json,
                         schema: docs/import-mapping.schema.json)
  --year YYYY            year of the amounts of a matrix without years

Exit status: 0 no error, 1 at least one error, 2 unusable file or invalid arguments.
The command line never writes into an existing workbook.
`;

const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;

export const cli: CliTexts = {
  help: HELP,
  missingCommand: 'missing command: validate, generate or import (see cls-workbook --help)',
  unknownCommand: (c) => `unknown command "${c}": validate, generate or import (see cls-workbook --help)`,
  unknownOption: (o) => `unknown option ${o} (see cls-workbook --help)`,
  missingValue: (o) => `option ${o} needs a value`,
  repeatedOption: (o) => `option ${o} is given twice`,
  badChoice: (o, v, choices) => `invalid value "${v}" for ${o}: ${choices.join(', ')}`,
  badDate: (v) => `invalid date "${v}" for --as-of: expected YYYY-MM-DD, e.g. 2026-11-23`,
  unexpected: (f, d) => `${f}: could not be read (${d}); the other workbooks are checked`,
  noInput: 'name at least one .xlsx workbook or folder to check',
  emptyFolder: (f) => `${f}: no .xlsx workbook in this folder`,
  reportNotXlsx: (p) => `report ${p} must have the .xlsx extension`,
  reportExists: (p) => `report ${p} already exists: choose a new file name (nothing is overwritten)`,
  reportIsInput: (p) => `report ${p} names a workbook being checked: the command line never writes into an existing workbook`,
  reportFolderMissing: (p) => `the folder of report ${p} does not exist`,
  reportWriteFailed: (p, r) => `cannot write report ${p}: ${r}`,
  reportWritten: (p) => `Report written: ${p}`,
  internalError: (r) => `internal error: ${r}`,
  profileName: (p) =>
    ({
      normandie: 'Normandie',
      'centre-val-de-loire': 'Centre-Val de Loire',
      generic: 'generic',
    })[p],
  profile: 'Profile',
  asOf: 'As of',
  contractYears: 'Contract years',
  noFinding: 'No finding: the workbook is compliant.',
  summary: 'Summary',
  committedTitle: 'Financial commitments (secured and requested)',
  byFunder: 'By partner',
  byYear: 'By year',
  byAction: 'By action',
  action: 'Action',
  title: 'Title',
  budget: 'Planned budget',
  committed: 'Committed',
  secured: 'Secured',
  requested: 'Requested',
  forecast: 'Forecast',
  committedBreakdown: (c, s, r, f) => `committed ${c} = secured ${s} + requested ${r}; forecast ${f} (not counted)`,
  unlistedTitle: 'Outside the partner list (in the total, in no column of the partner-engagement table)',
  remaining: 'Still to find',
  total: 'Total',
  none: 'none',
  file: 'File',
  year: 'Year',
  funder: 'Partner',
  consolidatedTitle: (n) => `Summary of ${plural(n, 'workbook', 'workbooks')}`,
  filesWithErrors: (n, t) => `Workbooks with errors: ${n} of ${t}`,
  unusableFiles: (n) => `${plural(n, 'unusable file', 'unusable files')} (see the error messages)`,
  allFilesCommitted: 'Financial commitments, all workbooks (secured and requested)',
  controlNoFinding: 'No finding: the workbook is compliant.',
  colon: ':',
  emptyCell: 'empty',
  generateNoOutput: 'name the .xlsx file to create, e.g.: cls-workbook generate cls.xlsx --sample',
  generateExtraOutputs: (e) => `one output file expected (also got: ${e})`,
  generateNotXlsx: (p) => `${p} must have the .xlsx extension`,
  badYears: (v, min, max) => `invalid value "${v}" for --years: a whole number from ${min} to ${max}`,
  generateExists: (p) => `${p} already exists: nothing is overwritten (add --force to replace it)`,
  generateFolderMissing: (p) => `the folder of ${p} does not exist`,
  generateWriteFailed: (p, r) => `cannot write ${p}: ${r}`,
  generateWritten: (p, sample, profile, years, ms) =>
    `Workbook written: ${p} (${sample ? 'filled with a fictional sample' : 'empty template'}, ${profile} profile, ${years} years, ${ms} ms)`,
  planSummary: (s) =>
    [
      `Sheets (${s.sheets.length}): ${s.sheets.join(', ')}.`,
      'Tables:',
      ...s.tables.map((t) => `  ${t.name} (${t.sheet}): ${t.rows === 0 ? 'no row' : t.rows === 1 ? '1 row' : `${formatNumber(t.rows, 'en')} rows`}`),
      `Defined names: ${s.names} (drop-down lists).`,
    ].join('\n'),
};
