/**
 * Why a plan cannot be applied to a workbook, found before anything is written, with what the user can do.
 * Rendered in French and English from data, by the text catalogue (src/texts/{fr,en}/refusals.ts).
 */
import { refusals as en } from '../../texts/en/refusals';
import type { RefusalTexts } from '../../texts/fr/refusals';
import { refusals as fr } from '../../texts/fr/refusals';
import { keepQuotesTogether } from '../values/text';

export type Refusal =
  | { readonly kind: 'read-only' }
  | { readonly kind: 'workbook-protected' }
  | { readonly kind: 'sheet-protected'; readonly sheet: string }
  | { readonly kind: 'name-taken'; readonly name: string }
  | { readonly kind: 'changed-since-preview'; readonly where: string }
  | { readonly kind: 'missing-column'; readonly table: string; readonly column: string }
  | { readonly kind: 'missing-table'; readonly table: string }
  /** An import's target cells changed between the read and the write. */
  | { readonly kind: 'rows-changed'; readonly cell?: string; readonly table?: string };

/** What the user runs again once the cause is removed. */
export type RefusedAction = 'create' | 'import';

const render = (texts: RefusalTexts, refusal: Refusal, action: RefusedAction): string =>
  (texts.reasons[refusal.kind] as (r: Refusal, again: string) => string)(refusal, texts.again[action]);

/** The refusal in French, its quotes kept with their words. */
export const refusalFr = (refusal: Refusal, action: RefusedAction = 'create'): string => keepQuotesTogether(render(fr, refusal, action));
/** The refusal in English. */
export const refusalEn = (refusal: Refusal, action: RefusedAction = 'create'): string => render(en, refusal, action);

/** A plan refused before any write; `message` in French, `messageEn` in English, one sentence per refusal. */
export class ApplyRefusedError extends Error {
  readonly refusals: readonly Refusal[];
  readonly messageEn: string;

  constructor(refusals: readonly Refusal[], action: RefusedAction = 'create') {
    super(fr.nothingChanged(refusals.map((r) => refusalFr(r, action))));
    this.name = 'ApplyRefusedError';
    this.refusals = refusals;
    this.messageEn = en.nothingChanged(refusals.map((r) => refusalEn(r, action)));
  }
}
