/** Which files `validate` reads, and whether a `--report` path is safe to create. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliTexts } from './texts';
import { CliUsageError } from './texts';
import { OTHER_SPREADSHEET } from '../domain/review/texts';

export interface InputFile {
  /** The path as the user gave it (or folder + name): shown in reports. */
  readonly label: string;
  readonly path: string;
}

export interface InputProblem {
  readonly label: string;
  readonly message: string;
}

export interface ExpandedInputs {
  readonly files: readonly InputFile[];
  /** Folders without any workbook; missing files are left to the reader, which says why. */
  readonly problems: readonly InputProblem[];
  /** A folder was named: a folder holding any spreadsheet makes a review (one JSON object for all), even for one workbook. */
  readonly folderGiven: boolean;
  /** Spreadsheets of a folder in a format the command line cannot read (`.xls`, `.ods`…): listed as unusable, not read. */
  readonly otherFormats: readonly InputFile[];
}

const isVisible = (name: string): boolean => !name.startsWith('~$') && !name.startsWith('.');
const isWorkbookName = (name: string): boolean => /\.xls[xm]$/i.test(name) && isVisible(name);

/** Expands folders into their `.xlsx`/`.xlsm` files (sorted, not recursive, lock files `~$…` skipped), apart their other spreadsheets, and drops duplicates. */
export async function expandInputs(args: readonly string[], cwd: string, texts: CliTexts): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const otherFormats: InputFile[] = [];
  let folderGiven = false;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ label: arg, path });
      continue;
    }
    folderGiven = true;
    const entries = await readdir(path, { withFileTypes: true });
    const names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
    const others = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && OTHER_SPREADSHEET.test(e.name) && isVisible(e.name)).map((e) => e.name);
    if (names.length === 0 && others.length === 0) problems.push({ label: arg, message: texts.emptyFolder(arg) });
    for (const name of names) files.push({ label: join(arg, name), path: join(path, name) });
    for (const name of others.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))) otherFormats.push({ label: join(arg, name), path: join(path, name) });
  }
  const seen = new Set<string>();
  const unique: InputFile[] = [];
  for (const file of files) {
    const key = await realpath(file.path).catch(() => file.path);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  return { files: unique, problems, folderGiven, otherFormats };
}

/**
 * Checks that `--report` names a new `.xlsx` file in an existing folder, distinct from every input.
 * @throws CliUsageError otherwise.
 */
export async function checkReportPath(report: string, cwd: string, inputs: readonly InputFile[], texts: CliTexts): Promise<string> {
  if (!/\.xlsx$/i.test(report)) throw new CliUsageError(texts.reportNotXlsx(report));
  const path = resolve(cwd, report);
  const folder = await realpath(dirname(path)).catch(() => undefined);
  if (folder === undefined) throw new CliUsageError(texts.reportFolderMissing(report));
  const target = join(folder, basename(path));
  for (const input of inputs) {
    const real = await realpath(input.path).catch(() => resolve(input.path));
    if (real === target || real.toLowerCase() === target.toLowerCase()) throw new CliUsageError(texts.reportIsInput(report));
  }
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliUsageError(texts.reportExists(report));
  return path;
}
