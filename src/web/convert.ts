/** "Télécharger le classeur converti": the imported rows planned by the generator, written in the browser, checked, saved. */
import type { ImportResult } from '../domain/import';
import { planImportedWorkbook } from '../domain/import';
import type { ProfileId } from '../domain/report';
import { validateWorkbook } from '../domain/validate';
import type { SaveFile } from './download';
import { XLSX_MIME } from './download';
import type { XlsxLoader } from './xlsx-loader';

/** `suivi.xlsx` → `suivi-cls.xlsx`: never the dropped file's own name. */
export const convertedFileName = (sourceName: string): string => `${sourceName.replace(/\.(xlsx|xlsm|xls)$/i, '') || 'classeur'}-cls.xlsx`;

/** Today as the reader's clock says (local date), `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ConvertedWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly summary: Readonly<Record<'error' | 'warning' | 'info', number>>;
}

/** Plans and writes the new workbook, checks it as the page would, and hands it to `save`. The source is never touched. */
export async function downloadConverted(result: ImportResult, profile: ProfileId, sourceName: string, save: SaveFile, load: XlsxLoader): Promise<ConvertedWorkbook> {
  const plan = planImportedWorkbook(result, { profile });
  const { writePlanToBuffer, readWorkbookBuffer } = await load();
  const bytes = await writePlanToBuffer(plan, { date: new Date() });
  const { summary } = validateWorkbook(await readWorkbookBuffer(bytes), { asOf: localToday(), profile });
  const name = convertedFileName(sourceName);
  save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), name);
  return { name, bytes, summary };
}
