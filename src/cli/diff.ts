/** `cls-workbook diff <before.xlsx> <after.xlsx>`: what changed between two versions of a CLS workbook; both are only read. */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareVersions } from '../domain/diff';
import { PROFILE_IDS } from '../domain/report';
import type { Lang } from '../domain/report';
import { readWorkbookFile } from '../xlsx/read-file';
import { choiceOption, flagOption, isoDayOption, parseOptions } from './args';
import { diffJson, renderDiffText } from './diff-report';
import type { CliIo } from './io';
import { LANGS, OUTPUT_FORMATS } from './langs';
import { REVIEW_CLI_TEXTS } from './review-texts';
import { CliUsageError } from './texts';
import { localToday } from './validate';

/** The options of `diff`, each value checked by its zod schema (src/cli/args.ts). */
const DIFF_OPTIONS = {
  lang: choiceOption(LANGS),
  help: flagOption,
  format: choiceOption(OUTPUT_FORMATS),
  profile: choiceOption(PROFILE_IDS),
  'as-of': isoDayOption,
};

/** Runs `diff`; returns 0 when compared, 2 otherwise (with one stderr line). */
export async function runDiff(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const texts = REVIEW_CLI_TEXTS[lang];
  const { positionals, options } = parseOptions(args, DIFF_OPTIONS, lang);
  if (options.help === true) {
    io.stdout(texts.diffHelp);
    return 0;
  }
  const format = options.format ?? 'text';
  const profile = options.profile;
  const asOf = options['as-of'] ?? localToday();
  const [beforeFile, afterFile] = positionals;
  if (positionals.length !== 2 || beforeFile === undefined || afterFile === undefined) throw new CliUsageError(texts.diffNeedsTwo);
  const [beforePath, afterPath] = [resolve(io.cwd, beforeFile), resolve(io.cwd, afterFile)];
  const real = (p: string): Promise<string> => realpath(p).catch(() => p);
  if ((await real(beforePath)) === (await real(afterPath))) throw new CliUsageError(texts.diffSameFile(afterFile));
  const before = await readWorkbookFile(beforePath, beforeFile);
  const after = await readWorkbookFile(afterPath, afterFile);
  const result = compareVersions(before, after, { asOf, ...(profile ? { profile } : {}) });
  if (result.kind === 'not-same-cls') {
    throw new CliUsageError(texts.notSameCls(beforeFile, afterFile, result.before ?? texts.unnamedCls, result.after ?? texts.unnamedCls));
  }
  io.stdout(format === 'json' ? `${JSON.stringify(diffJson(result.diff, beforeFile, afterFile), null, 2)}\n` : renderDiffText(result.diff, beforeFile, afterFile, lang));
  return 0;
}
