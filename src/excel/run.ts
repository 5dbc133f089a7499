/** Runs Excel batches with the options we always want, and turns failures into messages the task pane can show (src/texts/{fr,en}/excel.ts). */
import { ApplyRefusedError } from '../domain/apply/refusals';
import { excel as en } from '../texts/en/excel';
import { excel as fr } from '../texts/fr/excel';

export type ExcelOperation = 'read' | 'apply' | 'select' | 'highlight' | 'clearHighlights' | 'writeControl' | 'rewrite' | 'import';

/** An Excel failure with a French message (English in `messageEn`) and the original error as `cause`. */
export class ExcelAdapterError extends Error {
  readonly operation: ExcelOperation;
  readonly messageEn: string;

  constructor(operation: ExcelOperation, detailFr: string, detailEn: string, cause?: unknown) {
    super(fr.failed(fr.operations[operation], detailFr), cause === undefined ? undefined : { cause });
    this.name = 'ExcelAdapterError';
    this.operation = operation;
    this.messageEn = en.failed(en.operations[operation], detailEn);
  }
}

const codeOf = (cause: unknown): string | null => {
  const code = cause instanceof Error ? (cause as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
};

function advise(cause: unknown): { readonly fr: string; readonly en: string } {
  const code = codeOf(cause);
  if (code !== null) {
    const byCode = (advice: object): string | undefined => (advice as Readonly<Record<string, string | undefined>>)[code];
    const [adviceFr, adviceEn] = [byCode(fr.advice), byCode(en.advice)];
    if (adviceFr !== undefined && adviceEn !== undefined) return { fr: fr.withCode(adviceFr, code), en: en.withCode(adviceEn, code) };
    return { fr: fr.unknownCode(code), en: en.unknownCode(code) };
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { fr: detail, en: detail };
}

/** A failure after some changes were written: running the operation again completes them (it is idempotent). */
export class PartialWriteError extends Error {
  constructor(cause: unknown) {
    super('partial write', { cause });
    this.name = 'PartialWriteError';
  }
}

/**
 * Runs `batch` inside `Excel.run` with `delayForCellEdit` so a user typing in a cell delays us instead of failing us.
 * @throws ExcelAdapterError when Excel is unavailable, the plan is refused, or the batch fails; its messages say what to do.
 */
export async function runExcel<T>(operation: ExcelOperation, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined') {
    throw new ExcelAdapterError(operation, fr.unavailable, en.unavailable);
  }
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (cause) {
    if (cause instanceof ExcelAdapterError) throw cause;
    if (cause instanceof ApplyRefusedError) throw new ExcelAdapterError(operation, cause.message, cause.messageEn, cause);
    const partial = cause instanceof PartialWriteError;
    const advice = advise(partial ? cause.cause : cause);
    throw new ExcelAdapterError(operation, advice.fr + (partial ? fr.partial : ''), advice.en + (partial ? en.partial : ''), cause);
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
