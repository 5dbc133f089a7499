/** `cls-workbook validate`: read (never write) each workbook, validate, report as text, JSON and optionally .xlsx; several workbooks make a regional review. */
import type { Lang, ProfileId } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import { visibleText } from '../domain/values/controls';
import { choiceOption, flagOption, isoDayOption, parseOptions, textOption } from './args';
import type { CheckedWorkbook } from './consolidate';
import { checkReportPath, expandInputs } from './inputs';
import type { CliIo } from './io';
import { jsonFileReport, jsonText, jsonUnusableFile } from './json-report';
import type { OutputFormat } from './langs';
import { LANGS, OUTPUT_FORMATS } from './langs';
import { writeReviewReport } from './report-xlsx';
import { reviewJson } from './review-json';
import { renderReviewText } from './review-text';
import { REVIEW_CLI_TEXTS } from './review-texts';
import { readWorkbooks, reportedFiles, reviewOf, writeReportDir } from './review';
import { renderTextReport } from './text-report';
import { CliUsageError, TEXTS } from './texts';

export interface ValidateArgs {
  readonly inputs: readonly string[];
  readonly profile?: ProfileId;
  readonly asOf: string;
  readonly format: OutputFormat;
  readonly report?: string;
  /** A folder for one report per CLS. */
  readonly reportDir?: string;
  /** Only the per-CLS table and the totals. */
  readonly summary: boolean;
  readonly lang: Lang;
  readonly help: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today in the local time zone, `YYYY-MM-DD`. */
export const localToday = (now: Date = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The options of `validate`, each value checked by its zod schema (src/cli/args.ts). */
const VALIDATE_OPTIONS = {
  lang: choiceOption(LANGS),
  profile: choiceOption(PROFILE_IDS),
  format: choiceOption(OUTPUT_FORMATS),
  'as-of': isoDayOption,
  report: textOption,
  'report-dir': textOption,
  help: flagOption,
  summary: flagOption,
};

/**
 * Parses the arguments of `validate`.
 * @throws CliUsageError on any invalid argument.
 */
export function parseValidateArgs(args: readonly string[], lang: Lang): ValidateArgs {
  const { positionals, options } = parseOptions(args, VALIDATE_OPTIONS, lang);
  const help = options.help === true;
  if (!help && positionals.length === 0) throw new CliUsageError(TEXTS[lang].noInput);
  return {
    inputs: positionals,
    asOf: options['as-of'] ?? localToday(),
    format: options.format ?? 'text',
    lang,
    help,
    summary: options.summary === true,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.report === undefined ? {} : { report: options.report }),
    ...(options['report-dir'] === undefined ? {} : { reportDir: options['report-dir'] }),
  };
}

const errorReason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
};

/** Runs `validate`; returns the exit status (0 no error finding, 1 errors, 2 unusable input). */
export async function runValidate(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const options = parseValidateArgs(args, lang);
  const texts = TEXTS[lang];
  const more = REVIEW_CLI_TEXTS[lang];
  if (options.help) {
    io.stdout(texts.help + more.helpMore);
    return 0;
  }
  const inputs = await expandInputs(options.inputs, io.cwd, texts);
  const reportPath = options.report === undefined ? undefined : await checkReportPath(options.report, io.cwd, inputs.files, texts);

  const read = await readWorkbooks(inputs.files, inputs.otherFormats, { asOf: options.asOf, lang, ...(options.profile ? { profile: options.profile } : {}) });
  const problems: string[] = [...inputs.problems.map((p) => p.message), ...read.problems];
  const review = reviewOf(read);
  // A folder with files, several files or --summary make a review; one file (or a folder without any) keeps the report of CONTRACT §3.
  const seen = inputs.files.length + inputs.otherFormats.length;
  const several = options.summary || (inputs.folderGiven && seen > 0) || seen + inputs.problems.length > 1;
  const counted = read.workbooks.length;
  if (several) {
    if (counted === 0 && seen > 0) problems.push(more.nothingReadable(seen));
    if (options.format === 'json') io.stdout(jsonText(reviewJson(review, options.asOf, lang)));
    else if (seen > 0) io.stdout(renderReviewText(review, { lang, asOf: options.asOf, summary: options.summary, color: io.color === true }));
  } else {
    const own = read.setAside.find((x) => x.reason === 'own-report');
    if (own) problems.push(more.ownReportOnly(own.file));
    const checked: CheckedWorkbook[] = read.workbooks.map((w) => ({ label: w.summary.file, path: w.path, report: w.report }));
    if (options.format === 'json') {
      const unusable = read.setAside.find((x) => x.reason === 'unusable');
      const emptyFolder = inputs.problems[0];
      if (checked[0]) io.stdout(jsonText(jsonFileReport(checked[0].label, checked[0].report, lang)));
      else if (unusable?.reason === 'unusable') io.stdout(jsonText(jsonUnusableFile(unusable.file, unusable.message)));
      else if (emptyFolder) io.stdout(jsonText(jsonUnusableFile(emptyFolder.label, emptyFolder.message)));
    } else {
      io.stdout(renderTextReport(checked, problems.length, lang, io.color === true));
    }
  }

  if (reportPath !== undefined && counted > 0) {
    const name = options.report ?? reportPath;
    try {
      await writeReviewReport(review, reportPath, reportedFiles(read), options.asOf, lang);
      if (options.format === 'text') io.stdout(`\n${texts.reportWritten(name)}\n`);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      problems.push(code === 'EEXIST' ? texts.reportExists(name) : texts.reportWriteFailed(name, errorReason(error)));
    }
  }
  if (options.reportDir !== undefined && counted > 0) {
    const { written, problems: dirProblems } = await writeReportDir(review, reportedFiles(read), options.reportDir, io.cwd, options.asOf, lang);
    problems.push(...dirProblems);
    if (options.format === 'text' && written > 0) io.stdout(`${reportPath === undefined ? '\n' : ''}${more.reportDirWritten(written, options.reportDir)}\n`);
  }

  for (const problem of problems) io.stderr(`cls-workbook: ${visibleText(problem)}\n`);
  if (problems.length > 0) return 2;
  return read.workbooks.some((w) => w.report.summary.error > 0) ? 1 : 0;
}
