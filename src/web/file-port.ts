/** A read-only WorkbookPort over an .xlsx file chosen in the browser: nothing is written, nothing leaves the computer. */
import type { WorkbookPort } from '../domain/port';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';

/** The file as the page holds it: its name and its bytes (never re-read from disk). */
export interface PickedWorkbook {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface FilePort extends WorkbookPort {
  readonly kind: 'file';
  readonly fileName: string;
}

/**
 * The port over a picked file. `read()` parses once and returns the same snapshot afterwards (the bytes
 * cannot change); it rejects with UnusableWorkbookError, named after the file, when they are not a workbook.
 * No apply/select/highlight/writeControl: the task pane then shows details instead of selecting cells.
 */
export function createFilePort(file: PickedWorkbook, load: XlsxLoader = loadXlsx): FilePort {
  let snapshot: Promise<WorkbookSnapshot> | null = null;
  const parse = async (): Promise<WorkbookSnapshot> => {
    const { readWorkbookBuffer } = await load();
    try {
      return await readWorkbookBuffer(file.bytes);
    } catch (error) {
      throw error instanceof UnusableWorkbookError ? error.withFile(file.name) : error;
    }
  };
  return {
    kind: 'file',
    fileName: file.name,
    read: () => {
      snapshot ??= parse();
      return snapshot;
    },
  };
}

