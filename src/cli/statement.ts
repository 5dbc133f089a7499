/** `cls-workbook statement`: one partner's statement of a workbook, as text, JSON or a new .xlsx workbook. */
import { resolve } from 'node:path';
import { PROFILE_IDS } from '../domain/report';
import type { Lang, ProfileId } from '../domain/report';
import { statementOf } from '../domain/statement';
import { statementWorkbook } from '../domain/statement/workbook';
import { readWorkbookFile } from '../xlsx/read-file';
import { writePlanToFile } from '../xlsx/write-file';
import { choiceOption, flagOption, isoDayOption, parseOptions, patternOption, textOption } from './args';
import { checkNewWorkbookPath } from './out-path';
import type { CliIo } from './io';
import { LANGS } from './langs';
import { REVIEW_CLI_TEXTS } from './review-texts';
import { statementJson, renderStatementText } from './statement-report';
import { CliUsageError } from './texts';
import { localToday } from './validate';

type StatementFormat = 'text' | 'json' | 'xlsx';
const FORMATS: readonly StatementFormat[] = ['text', 'json', 'xlsx'];

/** The options of `statement`, each value checked by its zod schema (src/cli/args.ts). */
const STATEMENT_OPTIONS = {
  lang: choiceOption(LANGS),
  help: flagOption,
  profile: choiceOption(PROFILE_IDS),
  format: choiceOption(FORMATS),
  'as-of': isoDayOption,
  funder: textOption,
  year: patternOption(/^\d{4}$/, (value, lang) => REVIEW_CLI_TEXTS[lang].badYear(value)),
  out: textOption,
};

export interface StatementArgs {
  readonly file: string;
  readonly funder: string;
  readonly year: number | null;
  readonly format: StatementFormat;
  readonly out?: string;
  readonly asOf: string;
  readonly profile?: ProfileId;
}

/**
 * Parses the arguments of `statement`; null when help is asked.
 * @throws CliUsageError on any invalid argument.
 */
export function parseStatementArgs(args: readonly string[], lang: Lang): StatementArgs | null {
  const texts = REVIEW_CLI_TEXTS[lang];
  const { positionals, options } = parseOptions(args, STATEMENT_OPTIONS, lang);
  if (options.help === true) return null;
  const profile = options.profile;
  const out = options.out;
  const format = options.format ?? 'text';
  const asOf = options['as-of'] ?? localToday();
  const yearOption = options.year;
  if (positionals.length === 0) throw new CliUsageError(texts.statementNoWorkbook);
  if (positionals.length > 1) throw new CliUsageError(texts.statementOneWorkbook(positionals.length));
  const funder = options.funder;
  if (typeof funder !== 'string' || funder.trim() === '') throw new CliUsageError(texts.statementNoFunder);
  if (format === 'xlsx' && typeof out !== 'string') throw new CliUsageError(texts.xlsxNeedsOut);
  return {
    file: positionals[0] ?? '',
    funder,
    year: typeof yearOption === 'string' ? Number(yearOption) : null,
    format,
    asOf,
    ...(typeof out === 'string' ? { out } : {}),
    ...(profile === undefined ? {} : { profile }),
  };
}

/** Runs `statement`; returns 0 when the statement is produced, 2 otherwise (with one stderr line). */
export async function runStatement(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const options = parseStatementArgs(args, lang);
  const texts = REVIEW_CLI_TEXTS[lang];
  if (options === null) {
    io.stdout(texts.statementHelp);
    return 0;
  }
  const outPath = options.out === undefined ? undefined : await checkNewWorkbookPath(options.out, io.cwd, [options.file], lang);
  const snapshot = await readWorkbookFile(resolve(io.cwd, options.file), options.file);
  const result = statementOf(snapshot, { funder: options.funder, year: options.year, asOf: options.asOf, ...(options.profile ? { profile: options.profile } : {}) });
  if (result.kind === 'unknown-partner') throw new CliUsageError(texts.unknownPartner(options.file, options.funder.trim(), result.available));
  if (result.kind === 'ambiguous-partner') throw new CliUsageError(texts.ambiguousPartner(options.file, options.funder.trim(), result.candidates));
  if (result.kind === 'unknown-year') throw new CliUsageError(texts.unknownYear(options.file, options.year ?? 0, result.years));
  const { statement } = result;
  if (outPath !== undefined && options.out !== undefined) {
    try {
      await writePlanToFile(statementWorkbook(statement, lang), outPath);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new CliUsageError(code === 'EEXIST' ? texts.outExists(options.out) : texts.outWriteFailed(options.out, error instanceof Error ? error.message : String(error)));
    }
  }
  if (options.format === 'json') io.stdout(`${JSON.stringify(statementJson(options.file, statement), null, 2)}\n`);
  else if (options.format === 'text') io.stdout(renderStatementText(statement, lang));
  if (options.out !== undefined && options.format !== 'json') io.stdout(`${options.format === 'text' ? '\n' : ''}${texts.statementWritten(options.out)}\n`);
  return 0;
}
