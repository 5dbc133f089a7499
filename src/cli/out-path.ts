/** Whether a workbook the command line is asked to write (`--out`) names a new file, distinct from the inputs. */
import { resolve } from 'node:path';
import type { Lang } from '../domain/report';
import { checkReportPath } from './inputs';
import { REVIEW_CLI_TEXTS } from './review-texts';
import type { CliTexts } from './texts';
import { TEXTS } from './texts';

/**
 * The absolute path of `out` when it is a new `.xlsx` file in an existing folder and none of `inputs`.
 * @throws CliUsageError otherwise, in the user's language.
 */
export async function checkNewWorkbookPath(out: string, cwd: string, inputs: readonly string[], lang: Lang): Promise<string> {
  const t = REVIEW_CLI_TEXTS[lang];
  const texts: CliTexts = {
    ...TEXTS[lang],
    reportNotXlsx: (p) => t.outNotXlsx(p),
    reportExists: (p) => t.outExists(p),
    reportIsInput: (p) => t.outIsInput(p),
    reportFolderMissing: (p) => t.outFolderMissing(p),
  };
  return checkReportPath(out, cwd, inputs.map((file) => ({ label: file, path: resolve(cwd, file) })), texts);
}
