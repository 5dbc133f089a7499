/** Why a file cannot be read as a CLS workbook: one typed error, one line per language, never a stack trace. */
import type { Lang } from '../domain/report';

export type UnusableReason =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'not-zip'
  | 'corrupt'
  | 'encrypted-or-xls'
  | 'not-xlsx';

const MESSAGES: Readonly<Record<UnusableReason, Readonly<Record<Lang, (file: string) => string>>>> = {
  missing: {
    fr: (f) => `${f} : fichier introuvable`,
    en: (f) => `${f}: file not found`,
  },
  'not-a-file': {
    fr: (f) => `${f} n'est pas un fichier`,
    en: (f) => `${f} is not a file`,
  },
  unreadable: {
    fr: (f) => `${f} : lecture impossible (droits d'accès ?)`,
    en: (f) => `${f}: cannot be read (permissions?)`,
  },
  empty: {
    fr: (f) => `${f} est vide (0 octet) : ce n'est pas un classeur .xlsx`,
    en: (f) => `${f} is empty (0 bytes): not an .xlsx workbook`,
  },
  'not-zip': {
    fr: (f) => `${f} n'est pas un classeur .xlsx (le contenu n'est pas une archive Excel)`,
    en: (f) => `${f} is not an .xlsx workbook (the content is not an Excel archive)`,
  },
  corrupt: {
    fr: (f) => `${f} est un classeur .xlsx tronqué ou corrompu : rouvrez-le et réenregistrez-le dans Excel`,
    en: (f) => `${f} is a truncated or corrupt .xlsx workbook: open it and save it again in Excel`,
  },
  'encrypted-or-xls': {
    fr: (f) =>
      `${f} est protégé par un mot de passe (chiffré) ou au format Excel 97-2003 (.xls) : enregistrez-le sans mot de passe au format .xlsx`,
    en: (f) =>
      `${f} is password-protected (encrypted) or in the Excel 97-2003 format (.xls): save it without a password as .xlsx`,
  },
  'not-xlsx': {
    fr: (f) => `${f} est une archive zip mais pas un classeur .xlsx (aucune feuille de calcul)`,
    en: (f) => `${f} is a zip archive but not an .xlsx workbook (no worksheet)`,
  },
};

/** A file that cannot be read as a workbook at all (as opposed to a workbook with findings). */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';

  constructor(
    readonly reason: UnusableReason,
    /** The file as the user named it; `le fichier` when reading a buffer. */
    readonly file: string = 'le fichier',
  ) {
    super(MESSAGES[reason].fr(file));
  }

  /** The one-line message in French or English. */
  localized(lang: Lang): string {
    const file = lang === 'en' && this.file === 'le fichier' ? 'the file' : this.file;
    return MESSAGES[this.reason][lang](file);
  }

  /** The same error about a named file (readers of buffers do not know the name). */
  withFile(file: string): UnusableWorkbookError {
    return new UnusableWorkbookError(this.reason, file);
  }
}

export const isUnusableWorkbookError = (error: unknown): error is UnusableWorkbookError =>
  error instanceof UnusableWorkbookError;
