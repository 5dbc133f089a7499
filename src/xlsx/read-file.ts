/** Reads an .xlsx file from disk, read-only: the file is opened for reading and never written. */
import { readFile, stat } from 'node:fs/promises';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { READ_LIMITS } from './limits';
import { readWorkbookBuffer } from './read';
import { tooLarge, UnusableWorkbookError } from './read-errors';

/**
 * Reads the workbook at `path`; `label` names it in messages (defaults to the path).
 * @throws UnusableWorkbookError when the file is missing, unreadable or not a usable .xlsx.
 */
export async function readWorkbookFile(path: string, label: string = path): Promise<WorkbookSnapshot> {
  let data: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnusableWorkbookError('not-a-file', label);
    // Refused before a byte is read: a huge file never reaches memory.
    if (info.size > READ_LIMITS.fileBytes) throw tooLarge({ kind: 'file', bytes: info.size, limit: READ_LIMITS.fileBytes }).withFile(label);
    data = await readFile(path);
  } catch (error) {
    if (error instanceof UnusableWorkbookError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    throw new UnusableWorkbookError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', label);
  }
  try {
    return await readWorkbookBuffer(data);
  } catch (error) {
    if (error instanceof UnusableWorkbookError) throw error.withFile(label);
    throw error;
  }
}
