/** Why a file cannot be read as a CLS workbook: one typed error, one line per language (src/texts/{fr,en}/read-errors.ts), never a stack trace. */
import type { Lang } from '../domain/report';
import { visibleText } from '../domain/values/controls';
import { readErrors as en } from '../texts/en/read-errors';
import type { ReadErrorTexts } from '../texts/fr/read-errors';
import { readErrors as fr } from '../texts/fr/read-errors';

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

const TEXTS: Readonly<Record<Lang, ReadErrorTexts>> = { fr, en };

const isOversize = (detail: UnusableDetail | undefined): detail is Oversize =>
  detail !== undefined && ['file', 'entries', 'part', 'total', 'sheet-cells', 'cells'].includes(detail.kind);

/** The line in `lang`, the detail said first. */
function message(reason: UnusableReason, file: string, detail: UnusableDetail | undefined, lang: Lang): string {
  const texts = TEXTS[lang];
  const said = reason === 'too-large' && isOversize(detail) ? texts.oversize(detail) : reason === 'damaged' && detail !== undefined && !isOversize(detail) ? texts.damage(detail) : undefined;
  return texts.reasons[reason](file, said);
}

const DEFAULT_FILE = fr.defaultFile;

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
    super(visibleText(message(reason, file, detail, 'fr')));
  }

  /** The one-line message in French or English; control characters of file, sheet and part names made visible. */
  localized(lang: Lang): string {
    const file = this.file === DEFAULT_FILE ? TEXTS[lang].defaultFile : this.file;
    return visibleText(message(this.reason, file, this.detail, lang));
  }

  /** The same error about a named file (readers of buffers do not know the name). */
  withFile(file: string): UnusableWorkbookError {
    return new UnusableWorkbookError(this.reason, file, this.detail);
  }
}

/** The workbook exceeds a read limit. */
export const tooLarge = (detail: Oversize): UnusableWorkbookError => new UnusableWorkbookError('too-large', DEFAULT_FILE, detail);

/** The archive opens but a part of it is broken. */
export const damaged = (detail: Damage): UnusableWorkbookError => new UnusableWorkbookError('damaged', DEFAULT_FILE, detail);
