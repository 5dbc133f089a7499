/** `cls-workbook`: dispatches to `validate`, `statement`, `diff`, `generate` or `import`; every failure becomes one stderr line and exit 2. */
import { langOf } from './args';
import type * as GenerateCommand from './generate';
import type * as ImportCommand from './import';
import type * as StatementCommand from './statement';
import type { CliIo } from './io';
import { processIo } from './io';
import { CliUsageError, TEXTS } from './texts';
import { runDiff } from './diff';
import { REVIEW_CLI_TEXTS } from './review-texts';
import { runValidate } from './validate';
import { UnusableWorkbookError } from '../xlsx/read-errors';

export type { CliIo } from './io';

/**
 * Runs the command line with `argv` (without `node` and the script) and returns the exit status:
 * 0 no error finding, 1 at least one error finding, 2 unusable input or bad arguments. Never throws.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const lang = langOf(argv);
  const texts = TEXTS[lang];
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(`cls-workbook: ${texts.missingCommand}\n`);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(texts.help + REVIEW_CLI_TEXTS[lang].helpMore);
      return 0;
    }
    if (command === 'validate') return await runValidate(rest, io, lang);
    if (command === 'statement') {
      // Loaded on demand, like generate: it needs the writer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runStatement } = require('./statement') as typeof StatementCommand;
      return await runStatement(rest, io, lang);
    }
    if (command === 'diff') return await runDiff(rest, io, lang);
    if (command === 'import') {
      // Loaded on demand, like generate: it needs the writer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runImport } = require('./import') as typeof ImportCommand;
      return await runImport(rest, io, lang);
    }
    if (command === 'generate') {
      // Loaded on demand so that validating never loads the writer; `require` resolves the same under tsc and jest.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runGenerate } = require('./generate') as typeof GenerateCommand;
      return await runGenerate(rest, io, lang);
    }
    const known = command.startsWith('-') ? texts.unknownOption(command) : texts.unknownCommand(command);
    io.stderr(`cls-workbook: ${known}\n`);
    return 2;
  } catch (error) {
    io.stderr(`cls-workbook: ${describe(error, lang)}\n`);
    return 2;
  }
}

/** One line, no stack: what went wrong, in the user's language. */
function describe(error: unknown, lang: 'fr' | 'en'): string {
  if (error instanceof UnusableWorkbookError) return error.localized(lang);
  if (error instanceof CliUsageError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return TEXTS[lang].internalError(reason.split('\n')[0] ?? reason);
}
