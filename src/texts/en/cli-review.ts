/** What the command line says for `statement`, `diff` and the regional review, in English. */
import type { ReviewCliTexts } from '../fr/cli-review';

const list = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
const MORE = `
Partner statement, regional review, comparing versions:
  cls-workbook statement <workbook.xlsx> --funder CPAM [--year YYYY]
                         [--format text|json|xlsx] [--out statement.xlsx]
  cls-workbook validate <folder|workbooks…> --report review.xlsx
                         [--report-dir FOLDER] [--summary]
  cls-workbook diff <before.xlsx> <after.xlsx> [--format text|json]

statement  one partner's commitments by action and year, secured / requested / forecast, its
           share of each action's budget and of the CLS; for the ARS, the coordination-post
           rules with the amounts compared. --out writes a NEW workbook.
validate   on several workbooks (regional review): one row per CLS, the consolidated totals,
           the unusable files (.xls, .ods, encrypted…) with the reason; the same CLS found twice
           (same name, same territory) is counted once (the newest); our own reports are
           recognised and skipped.
  --summary              prints only the per-CLS table and the totals
  --report-dir FOLDER    writes one report per CLS, to send back to each territory
diff       what changed between two versions of one CLS: commitments added, removed or
           changed, actions (status, dates, progress), indicators measured, partners added,
           money deltas per partner to the cent. Matched by content, not by row.
`;
const STATEMENT_HELP = `cls-workbook statement — partner statement

Usage:
  cls-workbook statement <workbook.xlsx> --funder <partner> [options]

  --funder NAME          the partner, as in the workbook's partner list (case, accents and
                         known names are tolerated: "Assurance maladie" means the CPAM)
  --year YYYY            one year only (default: the whole contract)
  --format text|json|xlsx
                         readable output (default), JSON, or a workbook (with --out)
  --out statement.xlsx   also writes the statement to a NEW workbook (prints on A4)
  --as-of YYYY-MM-DD     reference date (default: today)
  --profile normandie|centre-val-de-loire|generic
  --lang fr|en

Exit status: 0 statement produced, 2 unusable workbook, unknown partner or year, invalid
arguments.
`;
const DIFF_HELP = `cls-workbook diff — what changed between two versions of a CLS

Usage:
  cls-workbook diff <before.xlsx> <after.xlsx> [--format text|json] [--lang fr|en]

Commitments are matched by content (object, action no., funder, nature, year), actions by
number and indicators by action and wording, never by row number. Both workbooks must be two
versions of the same CLS (same name, same territory).

Exit status: 0 compared, 2 unusable workbook, workbooks of two different CLS, invalid
arguments.
`;

export const cliReview: ReviewCliTexts = {
  helpMore: MORE,
  statementHelp: STATEMENT_HELP,
  diffHelp: DIFF_HELP,
  statementNoWorkbook: 'name the CLS .xlsx workbook: cls-workbook statement <workbook.xlsx> --funder CPAM',
  statementOneWorkbook: (n) => `a statement covers one workbook (${n} given)`,
  statementNoFunder: 'name the partner: --funder CPAM (a name of the workbook’s partner list)',
  badYear: (v) => `invalid year "${v}" for --year: expected YYYY, e.g. 2026`,
  unknownPartner: (f, a, names) =>
    names.length === 0
      ? `"${a}" is not a partner of ${f}: its partner list (CLS_Financeurs) is empty`
      : `"${a}" is not a partner of ${f}; partners of the list: ${list(names)}`,
  ambiguousPartner: (f, a, names) => `"${a}" means several partners of ${f}: ${list(names)}; give the exact name`,
  unknownYear: (f, y, years) => `${f} has neither a commitment nor a contract year in ${y}; years: ${years.join(', ')}`,
  xlsxNeedsOut: '--format xlsx writes a workbook: name it with --out statement.xlsx',
  outNotXlsx: (p) => `statement ${p} must have the .xlsx extension`,
  outExists: (p) => `file ${p} already exists: choose a new name (nothing is overwritten)`,
  outIsInput: (p) => `${p} names the workbook being read: the command line never writes into an existing workbook`,
  outFolderMissing: (p) => `the folder of ${p} does not exist`,
  outWriteFailed: (p, r) => `cannot write ${p}: ${r}`,
  statementWritten: (p) => `Statement written: ${p}`,
  diffNeedsTwo: 'name two workbooks: cls-workbook diff <before.xlsx> <after.xlsx>',
  diffSameFile: (p) => `${p} is given twice: name the previous version, then the new one`,
  notSameCls: (a, b, ca, cb) => `${a} ("${ca}") and ${b} ("${cb}") are not two versions of the same CLS (name or territory differ): nothing is compared`,
  unnamedCls: 'unnamed',
  reportDirWritten: (n, p) => `${n} per-CLS report${n > 1 ? 's' : ''} written to ${p}`,
  nothingReadable: (n) => `no readable CLS workbook among ${n} file${n > 1 ? 's' : ''}: nothing to check`,
  modified: (y, m, d, time) => `${y}-${m}-${d} ${time}`,
  colon: ':',
  warningsShort: 'Warnings',
  late: 'Late',
  undated: 'Undated',
  themes: 'Themes',
  toFind: 'To find',
  coordinationShort: 'Coord.',
  byCls: 'By CLS',
  fundingByCls: 'Funding by CLS',
  legend: 'To find: funding still to find on the actions. ARS: the ARS’s share of committed. Coord.: coordination-post rules (✓ met, ✗ failing years, — not applicable).',
  duplicatesTitle: 'Same CLS found several times (counted once, the newest version)',
  duplicate: (cls, kept, aside) => `${cls}: kept ${kept}; set aside ${aside.join(', ')}`,
  perClsReport: (name) => `${name}-report.xlsx`,
  ownReportOnly: (f) => `${f} is a report or statement written by Tableaux CLS, not a CLS workbook: nothing to check`,
};
