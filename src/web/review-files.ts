/** Several workbooks picked or dropped in the page: each read in the browser once, reviewed as the command line reviews a folder. */
import type { Lang } from '../domain/report';
import type { Review, ReviewedWorkbook, SetAside } from '../domain/review/review';
import { buildReview, reviewSnapshot } from '../domain/review/review';
import { OTHER_SPREADSHEET, REVIEW_TEXTS } from '../domain/review/texts';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import type { FileHandle } from './file-port';
import type { XlsxLoader } from './xlsx-loader';
import { punctuationOf } from '../texts/punctuation';

/** A file as the page holds it. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  /** When it was last modified (ms), to keep the newest of two versions. */
  readonly lastModified: number;
  readonly bytes: () => Promise<ArrayBuffer>;
  /** The file on disk, when the browser gave a handle (File System Access): opened alone, it is read again on « Relancer ». */
  readonly handle?: FileHandle | undefined;
}

/** A file that could not be counted, kept as the reason so that its sentence follows the page's language. */
export type Failure =
  | { readonly file: string; readonly kind: 'other-format' }
  | { readonly file: string; readonly kind: 'unusable'; readonly error: unknown }
  | { readonly file: string; readonly kind: 'own-report' };

export interface ReadFiles {
  readonly workbooks: readonly ReviewedWorkbook[];
  readonly failures: readonly Failure[];
}

/** Reads and checks each file in turn; one broken file never stops the others. */
export async function readFiles(files: readonly PickedFile[], load: XlsxLoader, asOf: string): Promise<ReadFiles> {
  const { readWorkbookBuffer } = await load();
  const workbooks: ReviewedWorkbook[] = [];
  const failures: Failure[] = [];
  for (const file of files) {
    if (OTHER_SPREADSHEET.test(file.name)) {
      failures.push({ file: file.name, kind: 'other-format' });
      continue;
    }
    try {
      const reviewed = reviewSnapshot(file.name, file.lastModified, await readWorkbookBuffer(await file.bytes()), { asOf });
      if (reviewed.kind === 'own-report') failures.push({ file: file.name, kind: 'own-report' });
      else workbooks.push(reviewed.workbook);
    } catch (error) {
      failures.push({ file: file.name, kind: 'unusable', error });
    }
  }
  return { workbooks, failures };
}

const extension = (name: string): string => /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** Why a file is set aside, in the reader's language. */
function setAside(failure: Failure, lang: Lang): SetAside {
  if (failure.kind === 'own-report') return { file: failure.file, reason: 'own-report' };
  if (failure.kind === 'other-format') return { file: failure.file, reason: 'unusable', message: REVIEW_TEXTS[lang].otherFormat(failure.file, extension(failure.file)) };
  const { error } = failure;
  const message =
    error instanceof UnusableWorkbookError ? error.withFile(failure.file).localized(lang) : `${failure.file}${punctuationOf(lang).colon}${error instanceof Error ? error.message : String(error)}`;
  return { file: failure.file, reason: 'unusable', message };
}

/** The review of what was read, its sentences in `lang`. */
export const reviewOfFiles = (read: ReadFiles, lang: Lang): Review => buildReview(read.workbooks, read.failures.map((f) => setAside(f, lang)));
