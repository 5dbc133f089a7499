/**
 * Every section of the text catalogue, by locale: for tests and tools. Applications import the one section they show
 * (src/texts/<locale>/<section>.ts), so that a lazily loaded view keeps its texts out of the first bundle.
 */
import type { Catalogue } from './catalogue';
import { cli as enCli } from './en/cli';
import { cliImport as enCliImport } from './en/cli-import';
import { cliReview as enCliReview } from './en/cli-review';
import { diff as enDiff } from './en/diff';
import { excel as enExcel } from './en/excel';
import { findings as enFindings } from './en/findings';
import { importReport as enImportReport } from './en/import-report';
import { listValues as enListValues } from './en/list-values';
import { importViews as enImportViews, valueCategories as enValueCategories } from './en/import-views';
import { page as enPage } from './en/page';
import { punctuation as enPunctuation } from './en/punctuation';
import { pageExtras as enPageExtras } from './en/page-extras';
import { pane as enPane } from './en/pane';
import { paneImport as enPaneImport } from './en/pane-import';
import { readErrors as enReadErrors } from './en/read-errors';
import { refusals as enRefusals } from './en/refusals';
import { report as enReport } from './en/report';
import { review as enReview } from './en/review';
import { ruleNames as enRuleNames } from './en/rule-names';
import { statement as enStatement } from './en/statement';
import { validationAlerts as enValidationAlerts } from './en/validation-alerts';
import { cli as frCli } from './fr/cli';
import { cliImport as frCliImport } from './fr/cli-import';
import { cliReview as frCliReview } from './fr/cli-review';
import { diff as frDiff } from './fr/diff';
import { excel as frExcel } from './fr/excel';
import { findings as frFindings } from './fr/findings';
import { importReport as frImportReport } from './fr/import-report';
import { listValues as frListValues } from './fr/list-values';
import { importViews as frImportViews, valueCategories as frValueCategories } from './fr/import-views';
import { page as frPage } from './fr/page';
import { punctuation as frPunctuation } from './fr/punctuation';
import { pageExtras as frPageExtras } from './fr/page-extras';
import { pane as frPane } from './fr/pane';
import { paneImport as frPaneImport } from './fr/pane-import';
import { readErrors as frReadErrors } from './fr/read-errors';
import { refusals as frRefusals } from './fr/refusals';
import { report as frReport } from './fr/report';
import { review as frReview } from './fr/review';
import { ruleNames as frRuleNames } from './fr/rule-names';
import { statement as frStatement } from './fr/statement';
import { validationAlerts as frValidationAlerts } from './fr/validation-alerts';

/** The French catalogue, the reference every other locale is typed from. */
export const FR = {
  /** The findings, one message per rule id. */
  findings: frFindings,
  /** Severities, the summary line, findings left out. */
  report: frReport,
  /** Each rule in a few words. */
  ruleNames: frRuleNames,
  /** The task pane (up front). */
  pane: frPane,
  /** The pane's import view (lazy). */
  paneImport: frPaneImport,
  /** The import views of page and pane (lazy). */
  importViews: frImportViews,
  /** Kinds of value in a conversion. */
  valueCategories: frValueCategories,
  /** The import report (command line, page, pane). */
  importReport: frImportReport,
  /** The page's shell (up front). */
  page: frPage,
  /** The page's review, statement, comparison, charts (lazy). */
  pageExtras: frPageExtras,
  /** The partner statement. */
  statement: frStatement,
  /** The comparison of two versions. */
  diff: frDiff,
  /** The regional review. */
  review: frReview,
  /** The command line. */
  cli: frCli,
  /** cls-workbook import. */
  cliImport: frCliImport,
  /** cls-workbook statement, diff, review. */
  cliReview: frCliReview,
  /** Unusable files. */
  readErrors: frReadErrors,
  /** Plans refused before any write. */
  refusals: frRefusals,
  /** The Excel adapter's failures. */
  excel: frExcel,
  /** A written workbook's data-validation alerts. */
  validationAlerts: frValidationAlerts,
  /** Colon, list separator, date and time: for sentences built from parts. */
  punctuation: frPunctuation,
  /** The contract's list values (objet, nature, statut) as shown to the reader. */
  listValues: frListValues,
};

/** A whole catalogue for another locale: every section of the French one, each typed from it. */
export type LocaleCatalogue = { readonly [S in keyof typeof FR]: Catalogue<(typeof FR)[S]> };

export const EN: LocaleCatalogue = {
  findings: enFindings,
  report: enReport,
  ruleNames: enRuleNames,
  pane: enPane,
  paneImport: enPaneImport,
  importViews: enImportViews,
  valueCategories: enValueCategories,
  importReport: enImportReport,
  page: enPage,
  pageExtras: enPageExtras,
  statement: enStatement,
  diff: enDiff,
  review: enReview,
  cli: enCli,
  cliImport: enCliImport,
  cliReview: enCliReview,
  readErrors: enReadErrors,
  refusals: enRefusals,
  excel: enExcel,
  validationAlerts: enValidationAlerts,
  punctuation: enPunctuation,
  listValues: enListValues,
};

export const CATALOGUES = { fr: FR, en: EN } as const;
