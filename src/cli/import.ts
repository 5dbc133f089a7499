/** `cls-workbook import <existing.xlsx> <new.xlsx> [--mapping m.json] [--year YYYY] [--format text|json] [--lang fr|en]`. */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ImportMapping } from '../domain/import';
import { importWorkbook, parseMapping, planImportedWorkbook } from '../domain/import';
import type { Lang } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import { validateWorkbook } from '../domain/validate';
import { readWorkbookBuffer } from '../xlsx/read';
import { readWorkbookFile } from '../xlsx/read-file';
import { writePlanToBuffer } from '../xlsx/write';
import { choiceOption, flagOption, langOf, parseOptions, patternOption, textOption } from './args';
import { importJson, mappingText, nothingText, resultText } from './import-report';
import { IMPORT_TEXTS } from './import-texts';
import type { CliIo } from './io';
import { exists, isDirectory } from './io';
import { LANGS, OUTPUT_FORMATS } from './langs';
import { CliUsageError, TEXTS } from './texts';

/** The options of `import`, each value checked by its zod schema (src/cli/args.ts). */
const IMPORT_OPTIONS = {
  lang: choiceOption(LANGS),
  profile: choiceOption(PROFILE_IDS),
  format: choiceOption(OUTPUT_FORMATS),
  year: patternOption(/^(199\d|20\d\d)$/, (value, lang) => IMPORT_TEXTS[lang].badYear(value)),
  mapping: textOption,
  help: flagOption,
};

/**
 * Runs `import`; returns the exit status: 0 written, 2 unusable input, bad arguments, nothing recognisable
 * or an import refused (conflicting columns, no year). Never writes into the source.
 * @throws UnusableWorkbookError when the source is not a usable .xlsx (main turns it into one line, exit 2).
 */
export async function runImport(args: string[], io: CliIo, lang: Lang = langOf(args)): Promise<number> {
  const texts = IMPORT_TEXTS[lang];
  const fail = (message: string): number => {
    io.stderr(`cls-workbook: ${message}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseOptions(args, IMPORT_OPTIONS, lang);
  } catch (error) {
    if (error instanceof CliUsageError) return fail(error.message);
    throw error;
  }
  const { positionals, options } = parsed;
  if (options.help === true) {
    io.stdout(TEXTS[lang].help);
    return 0;
  }
  const [source, output, ...extra] = positionals;
  if (source === undefined || output === undefined) return fail(texts.missingFiles);
  if (extra.length > 0) return fail(texts.extraArgs(extra.join(' ')));
  if (!/\.xlsx$/i.test(output)) return fail(texts.notXlsx(output));
  const format = options.format ?? 'text';
  const profile = options.profile ?? 'generic';
  const year = options.year === undefined ? undefined : Number(options.year);
  const sourcePath = resolve(io.cwd, source);
  const outputPath = resolve(io.cwd, output);
  if (outputPath === sourcePath) return fail(texts.outputIsInput(output));
  if (await exists(outputPath)) return fail(texts.outputExists(output));
  if (!(await isDirectory(dirname(outputPath)))) return fail(texts.outputFolderMissing(output));

  let mapping: ImportMapping | undefined;
  const mappingArg = options.mapping;
  if (mappingArg !== undefined) {
    let raw: string;
    try {
      raw = await readFile(resolve(io.cwd, mappingArg), 'utf8');
    } catch {
      return fail(texts.mappingUnreadable(mappingArg));
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return fail(texts.mappingNotJson(mappingArg));
    }
    // The JSON report holds the mapping under `mapping`: it is accepted as saved.
    const report = json as { mapping?: unknown; version?: unknown } | null;
    const checked = parseMapping(report !== null && typeof report === 'object' && report.version === undefined && report.mapping !== undefined ? report.mapping : json, lang);
    if (!checked.ok) return fail(texts.mappingInvalid(mappingArg, checked.problems));
    mapping = checked.mapping;
  }

  const snapshot = await readWorkbookFile(sourcePath, source);
  const outcome = importWorkbook(snapshot, { profile, ...(year === undefined ? {} : { year }), ...(mapping ? { mapping } : {}) });
  const print = (text: string): void => io.stdout(`${text}\n`);
  if (outcome.kind === 'nothing') {
    if (format === 'json') print(JSON.stringify(importJson({ source, output: null, mapping: outcome.proposal.mapping, result: null, refusals: [texts.nothing(source)], validation: null }), null, 2));
    else print(nothingText(outcome.proposal, texts));
    return fail(texts.nothing(source));
  }
  if (outcome.kind === 'refused') {
    const reasons = outcome.reasons.map((r) =>
      r.kind === 'conflict'
        ? texts.conflict(r.conflict)
        : r.kind === 'sheet-missing'
          ? texts.sheetMissing(r.sheet)
          : r.kind === 'sheet-too-large'
            ? texts.tooLarge(r.sheet, r.range)
            : r.kind === 'year-missing'
              ? texts.yearMissing(r.areas)
              : texts.unbalanced(r.area),
    );
    if (format === 'json') print(JSON.stringify(importJson({ source, output: null, mapping: outcome.mapping, result: null, refusals: reasons, validation: null }), null, 2));
    else print(`${texts.title(source, output)}\n\n${mappingText(outcome.mapping, texts)}`);
    return fail(texts.refused(reasons));
  }

  const plan = planImportedWorkbook(outcome.result, { profile });
  const bytes = await writePlanToBuffer(plan);
  const report = validateWorkbook(await readWorkbookBuffer(bytes), { asOf: new Date().toISOString().slice(0, 10), profile });
  try {
    await writeFile(outputPath, bytes, { flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST') return fail(texts.outputExists(output));
    return fail(texts.writeFailed(output, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)));
  }
  const summary = report.summary;
  if (format === 'json') {
    print(JSON.stringify(importJson({ source, output, mapping: outcome.mapping, result: outcome.result, refusals: [], validation: summary }), null, 2));
  } else {
    print(
      [
        texts.title(source, output),
        '',
        mappingText(outcome.mapping, texts),
        ...outcome.proposal.tooLarge.map((s) => `${texts.tooLarge(s.sheet, s.range)}.`),
        '',
        resultText(outcome.result, texts, lang),
        '',
        texts.written(output),
        texts.validation(summary.error, summary.warning, summary.info, output),
      ].join('\n'),
    );
  }
  return 0;
}
