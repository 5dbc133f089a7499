/** `cls-workbook validate`: read (never write) each workbook, validate, report as text, JSON and optionally .xlsx. */
import type { Lang, ProfileId } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import { validateWorkbook } from '../domain/validate';
import { isoToSerial } from '../domain/values/dates';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import { readWorkbookFile } from '../xlsx/read-file';
import { parseArgs } from './args';
import type { CheckedWorkbook } from './consolidate';
import { checkReportPath, expandInputs } from './inputs';
import type { CliIo } from './io';
import { jsonFileReport } from './json-report';
import type { OutputFormat } from './langs';
import { LANGS, OUTPUT_FORMATS } from './langs';
import { writeReportFile } from './report-xlsx';
import { renderTextReport } from './text-report';
import { CliUsageError, TEXTS } from './texts';

export interface ValidateArgs {
  readonly inputs: readonly string[];
  readonly profile?: ProfileId;
  readonly asOf: string;
  readonly format: OutputFormat;
  readonly report?: string;
  readonly lang: Lang;
  readonly help: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today in the local time zone, `YYYY-MM-DD`. */
export const localToday = (now: Date = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/**
 * The value of an option among `choices`; undefined when absent.
 * @throws CliUsageError on any other value.
 */
export function choice<T extends string>(option: string, value: string | true | undefined, choices: readonly T[], lang: Lang): T | undefined {
  if (value === undefined || value === true) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new CliUsageError(TEXTS[lang].badChoice(option, value, choices));
  return value as T;
}

/**
 * The `--as-of` date, today when absent.
 * @throws CliUsageError when it is not a real `YYYY-MM-DD` day.
 */
export function parseAsOf(value: string | true | undefined, lang: Lang): string {
  const asOf = typeof value === 'string' ? value : localToday();
  if (isoToSerial(asOf) === null) throw new CliUsageError(TEXTS[lang].badDate(asOf));
  return asOf;
}

/**
 * Parses the arguments of `validate`.
 * @throws CliUsageError on any invalid argument.
 */
export function parseValidateArgs(args: readonly string[], lang: Lang): ValidateArgs {
  const texts = TEXTS[lang];
  const { positionals, options } = parseArgs(args, { values: ['profile', 'as-of', 'format', 'report', 'lang'], flags: ['help'] }, texts);
  choice('--lang', options.get('lang'), LANGS, lang);
  const help = options.get('help') === true;
  const profile = choice('--profile', options.get('profile'), PROFILE_IDS, lang);
  const format = choice('--format', options.get('format'), OUTPUT_FORMATS, lang) ?? 'text';
  const asOf = parseAsOf(options.get('as-of'), lang);
  const report = options.get('report');
  if (!help && positionals.length === 0) throw new CliUsageError(texts.noInput);
  return {
    inputs: positionals,
    asOf,
    format,
    lang,
    help,
    ...(profile === undefined ? {} : { profile }),
    ...(typeof report === 'string' ? { report } : {}),
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
  if (options.help) {
    io.stdout(texts.help);
    return 0;
  }
  const inputs = await expandInputs(options.inputs, io.cwd, texts);
  const reportPath = options.report === undefined ? undefined : await checkReportPath(options.report, io.cwd, inputs.files, texts);

  const problems: string[] = inputs.problems.map((p) => p.message);
  const checked: CheckedWorkbook[] = [];
  for (const file of inputs.files) {
    try {
      const snapshot = await readWorkbookFile(file.path, file.label);
      const report = validateWorkbook(snapshot, { asOf: options.asOf, ...(options.profile ? { profile: options.profile } : {}) });
      checked.push({ label: file.label, path: file.path, report });
    } catch (error) {
      // One broken workbook never stops the review of the others: it is listed as unusable.
      if (error instanceof UnusableWorkbookError) problems.push(error.localized(lang));
      else problems.push(texts.unexpected(file.label, error instanceof Error ? error.message : String(error)));
    }
  }

  if (options.format === 'json') {
    const objects = checked.map((c) => jsonFileReport(c.label, c.report, lang));
    const several = inputs.folderGiven || inputs.files.length + inputs.problems.length > 1;
    if (several) io.stdout(`${JSON.stringify(objects, null, 2)}\n`);
    else if (objects[0]) io.stdout(`${JSON.stringify(objects[0], null, 2)}\n`);
  } else {
    io.stdout(renderTextReport(checked, problems.length, lang, io.color === true));
  }

  if (reportPath !== undefined && checked.length > 0) {
    const name = options.report ?? reportPath;
    try {
      await writeReportFile(checked, reportPath, lang);
      if (options.format === 'text') io.stdout(`\n${texts.reportWritten(name)}\n`);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      problems.push(code === 'EEXIST' ? texts.reportExists(name) : texts.reportWriteFailed(name, errorReason(error)));
    }
  }

  for (const problem of problems) io.stderr(`cls-workbook: ${problem}\n`);
  if (problems.length > 0) return 2;
  return checked.some((c) => c.report.summary.error > 0) ? 1 : 0;
}
