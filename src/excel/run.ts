/** Runs Excel batches with the options we always want, and turns failures into French messages the task pane can show. */

export type ExcelOperation = 'read' | 'apply' | 'select' | 'highlight' | 'clearHighlights' | 'writeControl';

const OPERATION_MESSAGES: Readonly<Record<ExcelOperation, { readonly fr: string; readonly en: string }>> = {
  read: { fr: 'Lecture du classeur impossible', en: 'Could not read the workbook' },
  apply: { fr: 'Création des tableaux impossible', en: 'Could not create the tables' },
  select: { fr: 'Sélection de la cellule impossible', en: 'Could not select the cell' },
  highlight: { fr: 'Surlignage des cellules impossible', en: 'Could not highlight the cells' },
  clearHighlights: { fr: 'Effacement du surlignage impossible', en: 'Could not clear the highlights' },
  writeControl: { fr: 'Écriture de la feuille « Contrôle » impossible', en: 'Could not write the "Contrôle" sheet' },
};

/** An Excel failure with a French message (English in `messageEn`) and the original error as `cause`. */
export class ExcelAdapterError extends Error {
  readonly operation: ExcelOperation;
  readonly messageEn: string;

  constructor(operation: ExcelOperation, detailFr: string, detailEn: string, cause?: unknown) {
    const texts = OPERATION_MESSAGES[operation];
    super(`${texts.fr} : ${detailFr}`, cause === undefined ? undefined : { cause });
    this.name = 'ExcelAdapterError';
    this.operation = operation;
    this.messageEn = `${texts.en}: ${detailEn}`;
  }
}

const describe = (cause: unknown): string => {
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
};

/**
 * Runs `batch` inside `Excel.run` with `delayForCellEdit` so a user typing in a cell delays us instead of failing us.
 * @throws ExcelAdapterError when Excel is unavailable or the batch fails.
 */
export async function runExcel<T>(operation: ExcelOperation, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined') {
    throw new ExcelAdapterError(operation, 'Excel n’est pas disponible (le complément doit être ouvert dans Excel).', 'Excel is not available (open the add-in inside Excel).');
  }
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (cause) {
    if (cause instanceof ExcelAdapterError) throw cause;
    const detail = describe(cause);
    throw new ExcelAdapterError(operation, detail, detail, cause);
  }
}

/** Whether the host supports an ExcelApi requirement set; false outside Office. */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const requirements = (Office.context as Office.Context | undefined)?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : false;
}

export interface RequirementStatus {
  readonly supported: boolean;
  /** `office-unavailable`: Office.js did not load or we run outside Office; `api-too-old`: Excel lacks ExcelApi 1.8. */
  readonly reason: 'ok' | 'office-unavailable' | 'api-too-old';
  readonly requirement: 'ExcelApi 1.8';
}

/** Tells the UI whether this Excel can run the add-in (data validation needs ExcelApi 1.8). */
export function excelRequirementStatus(): RequirementStatus {
  const requirement = 'ExcelApi 1.8';
  if (typeof Office === 'undefined' || (Office.context as Office.Context | undefined)?.requirements === undefined) {
    return { supported: false, reason: 'office-unavailable', requirement };
  }
  return supportsExcelApi('1.8')
    ? { supported: true, reason: 'ok', requirement }
    : { supported: false, reason: 'api-too-old', requirement };
}
