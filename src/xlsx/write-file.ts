/** Writes a plan to a new .xlsx file on disk. */
import { writeFile } from 'node:fs/promises';
import type { WorkbookPlan } from '../domain/generate/plan';
import type { WriteOptions } from './write';
import { writePlanToBuffer } from './write';

/**
 * Writes the plan to `path`; without `overwrite`, fails when the file exists (EEXIST), atomically.
 * @throws the file system error (EEXIST, EACCES, ENOENT…).
 */
export async function writePlanToFile(plan: WorkbookPlan, path: string, options: WriteOptions & { overwrite?: boolean } = {}): Promise<void> {
  const bytes = await writePlanToBuffer(plan, options);
  await writeFile(path, bytes, { flag: options.overwrite === true ? 'w' : 'wx' });
}
