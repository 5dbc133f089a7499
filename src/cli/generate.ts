/** `cls-workbook generate <out.xlsx> [--profile …] [--years 3..5] [--sample] [--force] [--lang fr|en]`: writes a new workbook. */
import { dirname, resolve } from 'node:path';
import { planWorkbook } from '../domain/generate/plan-workbook';
import { summarizePlan } from '../domain/generate/summary';
import type { Lang } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import { MAX_DURATION_YEARS, MIN_DURATION_YEARS } from '../domain/workbook/contract';
import { writePlanToFile } from '../xlsx/write-file';
import { choiceOption, flagOption, langOf, parseOptions, patternOption } from './args';
import type { CliIo } from './io';
import { exists, isDirectory } from './io';
import { LANGS } from './langs';
import { CliUsageError, TEXTS } from './texts';

/** The options of `generate`, each value checked by its zod schema (src/cli/args.ts). */
const GENERATE_OPTIONS = {
  lang: choiceOption(LANGS),
  profile: choiceOption(PROFILE_IDS),
  years: patternOption(new RegExp(`^[${MIN_DURATION_YEARS}-${MAX_DURATION_YEARS}]$`), (value, lang) => TEXTS[lang].badYears(value, MIN_DURATION_YEARS, MAX_DURATION_YEARS)),
  sample: flagOption,
  force: flagOption,
  help: flagOption,
};

/** Runs `generate`; returns the exit status (0 written, 2 bad arguments or file not writable). Never throws. */
export async function runGenerate(args: string[], io: CliIo, lang: Lang = langOf(args)): Promise<number> {
  const texts = TEXTS[lang];
  const fail = (message: string): number => {
    io.stderr(`cls-workbook: ${message}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseOptions(args, GENERATE_OPTIONS, lang);
  } catch (error) {
    if (error instanceof CliUsageError) return fail(error.message);
    throw error;
  }
  const { positionals, options } = parsed;
  if (options.help === true) {
    io.stdout(texts.help);
    return 0;
  }
  const [out, ...extra] = positionals;
  if (out === undefined) return fail(texts.generateNoOutput);
  if (extra.length > 0) return fail(texts.generateExtraOutputs(extra.join(' ')));
  if (!/\.xlsx$/i.test(out)) return fail(texts.generateNotXlsx(out));

  const profile = options.profile ?? 'generic';
  // The pattern lets through one digit of MIN_DURATION_YEARS..MAX_DURATION_YEARS only.
  const years = Number(options.years ?? MIN_DURATION_YEARS) as 3 | 4 | 5;
  const sample = options.sample === true;
  const force = options.force === true;
  const path = resolve(io.cwd, out);

  if (!force && (await exists(path))) return fail(texts.generateExists(out));
  if (!(await isDirectory(dirname(path)))) return fail(texts.generateFolderMissing(out));

  const started = Date.now();
  const plan = planWorkbook({ profile, years, sample });
  try {
    await writePlanToFile(plan, path, { overwrite: force });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST') return fail(texts.generateExists(out));
    return fail(texts.generateWriteFailed(out, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)));
  }
  io.stdout(`${texts.generateWritten(out, sample, profile, years, Date.now() - started)}\n${texts.planSummary(summarizePlan(plan))}\n`);
  return 0;
}
