/** Runs Excel batches with the options we always want, and turns failures into French messages the task pane can show. */
import { ApplyRefusedError } from '../domain/apply/refusals';

export type ExcelOperation = 'read' | 'apply' | 'select' | 'highlight' | 'clearHighlights' | 'writeControl' | 'rewrite' | 'import';

const OPERATION_MESSAGES: Readonly<Record<ExcelOperation, { readonly fr: string; readonly en: string }>> = {
  read: { fr: 'Lecture du classeur impossible', en: 'Could not read the workbook' },
  apply: { fr: 'Création des tableaux impossible', en: 'Could not create the tables' },
  select: { fr: 'Sélection de la cellule impossible', en: 'Could not select the cell' },
  highlight: { fr: 'Surlignage des cellules impossible', en: 'Could not highlight the cells' },
  clearHighlights: { fr: 'Effacement du surlignage impossible', en: 'Could not clear the highlights' },
  writeControl: { fr: 'Écriture de la feuille « Contrôle » impossible', en: 'Could not write the "Contrôle" sheet' },
  rewrite: { fr: 'Harmonisation des noms impossible', en: 'Could not harmonise the names' },
  import: { fr: 'Import des lignes impossible', en: 'Could not import the rows' },
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

/**
 * What the user can do, by Office error code. Office's own `message` "isn't intended for consumption by end users;
 * you should use the error code" (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling);
 * codes from https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes.
 */
const ADVICE: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  AccessDenied: {
    fr: 'Excel refuse la modification : une feuille ou le classeur est protégé, ou le fichier est ouvert en lecture seule. Ôtez la protection ou enregistrez une copie modifiable, puis recommencez.',
    en: 'Excel refused the change: a sheet or the workbook is protected, or the file is open read-only. Remove the protection or save an editable copy, then try again.',
  },
  InvalidOperationInCellEditMode: {
    fr: 'une cellule est en cours de saisie : validez-la (Entrée) ou quittez-la (Échap), puis recommencez.',
    en: 'a cell is being edited: press Enter or Esc, then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    fr: 'la demande dépasse la taille qu’Excel sur le web accepte en une fois : ouvrez le classeur dans Excel sur ordinateur, ou réduisez le nombre de constats (filtre par tableau), puis recommencez.',
    en: 'the request is larger than Excel on the web accepts at once: open the workbook in the desktop app, or reduce the findings (filter by table), then try again.',
  },
  ResponsePayloadSizeLimitExceeded: {
    fr: 'la réponse dépasse la taille qu’Excel sur le web accepte en une fois : ouvrez le classeur dans Excel sur ordinateur, puis recommencez.',
    en: 'the answer is larger than Excel on the web accepts at once: open the workbook in the desktop app, then try again.',
  },
  Conflict: {
    fr: 'un co-auteur modifie le classeur au même moment : attendez la fin de l’enregistrement automatique, puis recommencez.',
    en: 'a co-author is editing the workbook at the same time: wait for AutoSave to finish, then try again.',
  },
  MergedRangeConflict: {
    fr: 'un tableau ne peut pas recouvrir des cellules fusionnées : annulez la fusion de ces cellules (Accueil › Fusionner), puis recommencez.',
    en: 'a table cannot cover merged cells: unmerge them (Home › Merge), then try again.',
  },
  ItemAlreadyExists: {
    fr: 'une feuille, un tableau ou un nom défini porte déjà ce nom : renommez-le, puis recommencez.',
    en: 'a sheet, table or defined name already has that name: rename it, then try again.',
  },
  ItemNotFound: {
    fr: 'une feuille, un tableau ou un nom a été supprimé ou renommé pendant l’opération : recommencez.',
    en: 'a sheet, table or name was deleted or renamed during the operation: try again.',
  },
  InsertDeleteConflict: {
    fr: 'Excel ne peut pas décaler des cellules à cause d’un tableau, d’un filtre ou de cellules fusionnées voisins : libérez les cellules à droite du tableau, puis recommencez.',
    en: 'Excel cannot shift cells because of a neighbouring table, filter or merged cells: clear the cells right of the table, then try again.',
  },
  FilteredRangeConflict: {
    fr: 'un filtre est actif sur le tableau : effacez le filtre (Données › Effacer), puis recommencez.',
    en: 'a filter is on in the table: clear it (Data › Clear), then try again.',
  },
  OperationCellsExceedLimit: {
    fr: 'l’opération touche trop de cellules pour Excel sur le web : supprimez les cellules remplies loin à droite des tableaux, ou utilisez Excel sur ordinateur.',
    en: 'the operation touches too many cells for Excel on the web: clear cells far right of the tables, or use the desktop app.',
  },
  InactiveWorkbook: {
    fr: 'le classeur n’est plus actif (fermé ou en arrière-plan) : revenez-y, puis recommencez.',
    en: 'the workbook is no longer active: go back to it, then try again.',
  },
  RequestAborted: { fr: 'Excel a interrompu la demande : recommencez.', en: 'Excel aborted the request: try again.' },
};

const codeOf = (cause: unknown): string | null => {
  const code = cause instanceof Error ? (cause as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
};

function advise(cause: unknown): { readonly fr: string; readonly en: string } {
  const code = codeOf(cause);
  const advice = code === null ? undefined : ADVICE[code];
  if (advice) return { fr: `${advice.fr} (code Excel : ${code})`, en: `${advice.en} (Excel code: ${code})` };
  if (code !== null) return { fr: `Excel a refusé l’opération (code ${code}). Recommencez ; si cela persiste, enregistrez le classeur et rouvrez-le.`, en: `Excel refused the operation (code ${code}). Try again; if it persists, save and reopen the workbook.` };
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

const PARTIAL = {
  fr: ' Une partie des changements a pu être écrite : relancez « Créer », qui complète sans rien dupliquer ni écraser.',
  en: ' Some changes may already be written: run "Create" again, which completes them without duplicating or overwriting anything.',
};

/**
 * Runs `batch` inside `Excel.run` with `delayForCellEdit` so a user typing in a cell delays us instead of failing us.
 * @throws ExcelAdapterError when Excel is unavailable, the plan is refused, or the batch fails; its messages say what to do.
 */
export async function runExcel<T>(operation: ExcelOperation, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined') {
    throw new ExcelAdapterError(operation, 'Excel n’est pas disponible (le complément doit être ouvert dans Excel).', 'Excel is not available (open the add-in inside Excel).');
  }
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (cause) {
    if (cause instanceof ExcelAdapterError) throw cause;
    if (cause instanceof ApplyRefusedError) throw new ExcelAdapterError(operation, cause.message, cause.messageEn, cause);
    const partial = cause instanceof PartialWriteError;
    const advice = advise(partial ? cause.cause : cause);
    throw new ExcelAdapterError(operation, advice.fr + (partial ? PARTIAL.fr : ''), advice.en + (partial ? PARTIAL.en : ''), cause);
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
