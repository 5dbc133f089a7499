/** "Télécharger un classeur CLS": the generated workbook, written in the browser and saved as a file. */
import { planWorkbook } from '../domain/generate';
import type { WorkbookOptions } from '../taskpane/types';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the user; the browser decides where it goes. */
export type SaveFile = (blob: Blob, fileName: string) => void;

/** `cls-normandie-3ans.xlsx`. */
export const downloadFileName = (options: Pick<WorkbookOptions, 'profile' | 'years'>): string => `cls-${options.profile}-${options.years}ans.xlsx`;

/** Saves through a temporary link: works offline, sends nothing anywhere. */
export const saveWithLink: SaveFile = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/**
 * Plans the workbook for `options`, writes it with the lazily loaded .xlsx adapter and saves it.
 * @throws RangeError when `options.years` is outside 3..5 (planWorkbook); the task pane shows it.
 */
export async function downloadWorkbook(options: WorkbookOptions, save: SaveFile = saveWithLink, load: XlsxLoader = loadXlsx): Promise<string> {
  const plan = planWorkbook({
    profile: options.profile,
    years: options.years,
    sample: options.sample,
    ...(options.sample && options.startYear !== undefined ? { startYear: options.startYear } : {}),
  });
  const { writePlanToBuffer } = await load();
  const bytes = await writePlanToBuffer(plan, { date: new Date() });
  const fileName = downloadFileName(options);
  save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), fileName);
  return fileName;
}
