/**
 * The regional review on the command line: read every workbook once (never write it), set aside what cannot be
 * counted (unusable files, other formats, our own reports, older versions), then text, JSON and report workbooks.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Lang, ProfileId } from '../domain/report';
import type { Review, ReviewedWorkbook, SetAside } from '../domain/review/review';
import { buildReview, reviewSnapshot } from '../domain/review/review';
import { REVIEW_TEXTS } from '../domain/review/texts';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import { readWorkbookFile } from '../xlsx/read-file';
import type { InputFile } from './inputs';
import type { ReportedFile } from './report-xlsx';
import { writeReviewReport } from './report-xlsx';
import { REVIEW_CLI_TEXTS } from './review-texts';
import { TEXTS } from './texts';

export interface ReadOptions {
  readonly asOf: string;
  readonly profile?: ProfileId;
  readonly lang: Lang;
}

export interface ReadWorkbooks {
  readonly workbooks: readonly (ReviewedWorkbook & { readonly path: string })[];
  readonly setAside: readonly SetAside[];
  /** One line each for stderr: the files that could not be used. */
  readonly problems: readonly string[];
}

/** Reads and validates each file in turn; a file that cannot be read is set aside with its reason, the others are still checked. */
export async function readWorkbooks(files: readonly InputFile[], otherFormats: readonly InputFile[], options: ReadOptions): Promise<ReadWorkbooks> {
  const { lang } = options;
  const workbooks: (ReviewedWorkbook & { path: string })[] = [];
  const setAside: SetAside[] = [];
  const problems: string[] = [];
  const unusable = (file: string, message: string): void => {
    setAside.push({ file, reason: 'unusable', message });
    problems.push(message);
  };
  for (const file of otherFormats) unusable(file.label, REVIEW_TEXTS[lang].otherFormat(file.label, extname(file.label).toLowerCase()));
  for (const file of files) {
    try {
      const snapshot = await readWorkbookFile(file.path, file.label);
      const modifiedMs = (await stat(file.path).catch(() => undefined))?.mtimeMs ?? null;
      const reviewed = reviewSnapshot(file.label, modifiedMs, snapshot, { asOf: options.asOf, ...(options.profile ? { profile: options.profile } : {}) });
      if (reviewed.kind === 'own-report') setAside.push({ file: file.label, reason: 'own-report' });
      else workbooks.push({ ...reviewed.workbook, path: file.path });
    } catch (error) {
      // One broken workbook never stops the review of the others: it is listed as unusable.
      if (error instanceof UnusableWorkbookError) unusable(file.label, error.localized(lang));
      else unusable(file.label, TEXTS[lang].unexpected(file.label, error instanceof Error ? error.message : String(error)));
    }
  }
  return { workbooks, setAside, problems };
}

/** The review of what was read. */
export const reviewOf = (read: ReadWorkbooks): Review => buildReview(read.workbooks, read.setAside);

/** The files of the review with their paths, for the report's links. */
export const reportedFiles = (read: ReadWorkbooks): ReportedFile[] => read.workbooks.map((w) => ({ label: w.summary.file, path: w.path }));

/** `cls-valmont-rapport.xlsx` / `cls-valmont-report.xlsx`. */
const perClsName = (file: string, lang: Lang): string => REVIEW_CLI_TEXTS[lang].perClsReport(basename(file, extname(file)));

/**
 * Writes one report per CLS counted into `dir` (created when missing), never over an existing file.
 * @returns the number written and one problem line per report that could not be written.
 */
export async function writeReportDir(review: Review, files: readonly ReportedFile[], dir: string, cwd: string, asOf: string, lang: Lang): Promise<{ written: number; problems: string[] }> {
  const texts = REVIEW_CLI_TEXTS[lang];
  const folder = resolve(cwd, dir);
  await mkdir(folder, { recursive: true });
  let written = 0;
  const problems: string[] = [];
  for (const workbook of review.workbooks) {
    const name = perClsName(workbook.summary.file, lang);
    const single = buildReview([workbook], []);
    try {
      await writeReviewReport(single, join(folder, name), files, asOf, lang);
      written += 1;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const shown = join(dir, name);
      problems.push(code === 'EEXIST' ? texts.outExists(shown) : texts.outWriteFailed(shown, error instanceof Error ? error.message : String(error)));
    }
  }
  return { written, problems };
}
