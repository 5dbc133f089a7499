/** The `--report` workbook and the `--report-dir` workbooks: NEW files holding the review plan, written by the project's writer. */
import { dirname, relative, sep } from 'node:path';
import { AMOUNT_FORMAT } from '../domain/review/sheet-builder';
import type { Review } from '../domain/review/review';
import { reviewWorkbook } from '../domain/review/workbook';
import type { Lang } from '../domain/report';
import { writePlanToFile } from '../xlsx/write-file';

/** `25 000,00 €` in a French Excel, `25,000.00 €` in an English one. */
export const EURO_FORMAT = AMOUNT_FORMAT;

/** A checked workbook as the report names it, and where it is on disk. */
export interface ReportedFile {
  readonly label: string;
  readonly path: string;
}

/**
 * Writes the review to `reportPath`, which must not exist (checked again atomically here); each finding's cell links
 * to the checked workbook, relative to the report.
 * @throws Error from the file system (EEXIST when the file appeared meanwhile); RangeError for a NaN cell, before anything is written.
 */
export async function writeReviewReport(review: Review, reportPath: string, files: readonly ReportedFile[], asOf: string, lang: Lang): Promise<void> {
  const links = new Map(files.map((f) => [f.label, relative(dirname(reportPath), f.path).split(sep).join('/')]));
  await writePlanToFile(reviewWorkbook(review, { lang, asOf, links }), reportPath);
}
