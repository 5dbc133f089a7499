/** Why a file cannot be read as a CLS workbook: one typed error, one line per language, never a stack trace. */
import type { Lang } from '../domain/report';
import { visibleText } from '../domain/values/controls';
import { formatNumber } from '../domain/values/format';

export type UnusableReason =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'not-zip'
  | 'corrupt'
  | 'encrypted-or-xls'
  | 'not-xlsx'
  | 'too-large'
  | 'damaged';

/** What makes a workbook too large to read (README « Limites »). Sizes in bytes. */
export type Oversize =
  | { readonly kind: 'file'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'entries'; readonly count: number; readonly limit: number }
  | { readonly kind: 'part'; readonly part: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'total'; readonly limit: number }
  | { readonly kind: 'sheet-cells'; readonly sheet: string; readonly limit: number }
  | { readonly kind: 'cells'; readonly limit: number };

/** What is broken inside an archive that opens: the part named, so the user knows it is the file, not them. */
export type Damage =
  | { readonly kind: 'crc'; readonly part: string }
  | { readonly kind: 'size'; readonly part: string }
  | { readonly kind: 'compression'; readonly part: string }
  | { readonly kind: 'xml'; readonly part: string }
  | { readonly kind: 'doctype'; readonly part: string }
  | { readonly kind: 'content-types' }
  | { readonly kind: 'missing-part'; readonly part: string }
  | { readonly kind: 'duplicate-entry'; readonly part: string }
  | { readonly kind: 'cell-address'; readonly part: string; readonly address: string }
  | { readonly kind: 'shared-strings'; readonly cells: number };

export type UnusableDetail = Oversize | Damage;

type Render = (file: string, detail: UnusableDetail | undefined) => string;

const MIB = 1024 * 1024;
const mib = (bytes: number, lang: Lang): string => formatNumber(Math.ceil((bytes / MIB) * 10) / 10, lang);
const count = (n: number, lang: Lang): string => formatNumber(n, lang);

const OVERSIZE: Readonly<Record<Lang, (o: Oversize) => string>> = {
  fr: (o) => {
    switch (o.kind) {
      case 'file':
        return `le fichier pèse ${mib(o.bytes, 'fr')} Mo (au plus ${mib(o.limit, 'fr')} Mo)`;
      case 'entries':
        return `l'archive contient ${count(o.count, 'fr')} fichiers (au plus ${count(o.limit, 'fr')})`;
      case 'part':
        return `${o.part} occupe ${mib(o.bytes, 'fr')} Mo une fois décompressé (au plus ${mib(o.limit, 'fr')} Mo)`;
      case 'total':
        return `plus de ${mib(o.limit, 'fr')} Mo une fois décompressé`;
      case 'sheet-cells':
        return `la feuille « ${o.sheet} » a plus de ${count(o.limit, 'fr')} cellules remplies`;
      case 'cells':
        return `plus de ${count(o.limit, 'fr')} cellules remplies en tout`;
    }
  },
  en: (o) => {
    switch (o.kind) {
      case 'file':
        return `the file weighs ${mib(o.bytes, 'en')} MB (at most ${mib(o.limit, 'en')} MB)`;
      case 'entries':
        return `the archive holds ${count(o.count, 'en')} files (at most ${count(o.limit, 'en')})`;
      case 'part':
        return `${o.part} takes ${mib(o.bytes, 'en')} MB once uncompressed (at most ${mib(o.limit, 'en')} MB)`;
      case 'total':
        return `more than ${mib(o.limit, 'en')} MB once uncompressed`;
      case 'sheet-cells':
        return `sheet "${o.sheet}" has more than ${count(o.limit, 'en')} filled cells`;
      case 'cells':
        return `more than ${count(o.limit, 'en')} filled cells in all`;
    }
  },
};

const DAMAGE: Readonly<Record<Lang, (d: Damage) => string>> = {
  fr: (d) => {
    switch (d.kind) {
      case 'crc':
        return `la somme de contrôle de ${d.part} ne correspond pas à son contenu`;
      case 'size':
        return `${d.part} n'a pas la taille que l'archive annonce`;
      case 'compression':
        return `${d.part} est compressé de façon illisible`;
      case 'xml':
        return `${d.part} n'est pas un XML bien formé`;
      case 'doctype':
        return `${d.part} contient une déclaration DOCTYPE, interdite dans un classeur (refusée par sécurité)`;
      case 'content-types':
        return `la liste des contenus [Content_Types].xml manque`;
      case 'missing-part':
        return `${d.part} manque`;
      case 'duplicate-entry':
        return `${d.part} figure deux fois dans l'archive`;
      case 'cell-address':
        return `${d.part} désigne la cellule « ${d.address} », hors d'une feuille Excel`;
      case 'shared-strings':
        return `${count(d.cells, 'fr')} cellules renvoient à des textes partagés (xl/sharedStrings.xml) absents`;
    }
  },
  en: (d) => {
    switch (d.kind) {
      case 'crc':
        return `the checksum of ${d.part} does not match its content`;
      case 'size':
        return `${d.part} does not have the size the archive announces`;
      case 'compression':
        return `${d.part} is compressed in an unreadable way`;
      case 'xml':
        return `${d.part} is not well-formed XML`;
      case 'doctype':
        return `${d.part} holds a DOCTYPE declaration, which workbooks may not have (refused for safety)`;
      case 'content-types':
        return `the content list [Content_Types].xml is missing`;
      case 'missing-part':
        return `${d.part} is missing`;
      case 'duplicate-entry':
        return `${d.part} appears twice in the archive`;
      case 'cell-address':
        return `${d.part} names cell "${d.address}", outside an Excel sheet`;
      case 'shared-strings':
        return `${count(d.cells, 'en')} cells refer to shared strings (xl/sharedStrings.xml) that are missing`;
    }
  },
};

const isOversize = (detail: UnusableDetail | undefined): detail is Oversize =>
  detail !== undefined && ['file', 'entries', 'part', 'total', 'sheet-cells', 'cells'].includes(detail.kind);

const MESSAGES: Readonly<Record<UnusableReason, Readonly<Record<Lang, Render>>>> = {
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
  'too-large': {
    fr: (f, d) => `${f} : classeur trop volumineux${isOversize(d) ? ` : ${OVERSIZE.fr(d)}` : ''} ; découpez-le ou supprimez les feuilles inutiles`,
    en: (f, d) => `${f}: workbook too large${isOversize(d) ? ` (${OVERSIZE.en(d)})` : ''}; split it or delete the sheets you do not need`,
  },
  damaged: {
    fr: (f, d) =>
      `${f} est un classeur endommagé${d && !isOversize(d) ? ` (${DAMAGE.fr(d)})` : ''} : rouvrez-le dans Excel, qui propose de le réparer, et réenregistrez-le`,
    en: (f, d) =>
      `${f} is a damaged workbook${d && !isOversize(d) ? ` (${DAMAGE.en(d)})` : ''}: open it in Excel, which offers to repair it, and save it again`,
  },
};

const DEFAULT_FILE = 'le fichier';

/** A file that cannot be read as a workbook at all (as opposed to a workbook with findings). */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';

  constructor(
    readonly reason: UnusableReason,
    /** The file as the user named it; `le fichier` when reading a buffer. */
    readonly file: string = DEFAULT_FILE,
    /** What is too large or damaged, for `too-large` and `damaged`. */
    readonly detail?: UnusableDetail,
  ) {
    super(visibleText(MESSAGES[reason].fr(file, detail)));
  }

  /** The one-line message in French or English; control characters of file, sheet and part names made visible. */
  localized(lang: Lang): string {
    const file = lang === 'en' && this.file === DEFAULT_FILE ? 'the file' : this.file;
    return visibleText(MESSAGES[this.reason][lang](file, this.detail));
  }

  /** The same error about a named file (readers of buffers do not know the name). */
  withFile(file: string): UnusableWorkbookError {
    return new UnusableWorkbookError(this.reason, file, this.detail);
  }
}

export const isUnusableWorkbookError = (error: unknown): error is UnusableWorkbookError =>
  error instanceof UnusableWorkbookError;

/** The workbook exceeds a read limit. */
export const tooLarge = (detail: Oversize): UnusableWorkbookError => new UnusableWorkbookError('too-large', DEFAULT_FILE, detail);

/** The archive opens but a part of it is broken. */
export const damaged = (detail: Damage): UnusableWorkbookError => new UnusableWorkbookError('damaged', DEFAULT_FILE, detail);
