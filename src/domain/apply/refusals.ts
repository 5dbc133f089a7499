/**
 * Why a plan cannot be applied to a workbook, found before anything is written, with what the user can do.
 * Rendered in French and English here, at the edge of the domain, from data.
 */
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

type Render = { readonly [K in Refusal['kind']]: (refusal: Extract<Refusal, { kind: K }>, again: string) => string };

const AGAIN: Readonly<Record<'fr' | 'en', Readonly<Record<RefusedAction, string>>>> = {
  fr: { create: '« Créer »', import: '« Importer »' },
  en: { create: '"Create"', import: '"Import"' },
};

const FR: Render = {
  'read-only': (_, again) => `le classeur est ouvert en lecture seule : enregistrez-en une copie modifiable (ou demandez l’accès en modification), puis relancez ${again}.`,
  'workbook-protected': (_, again) => `la structure du classeur est protégée : des feuilles doivent être ajoutées. Ôtez la protection (Révision › Protéger le classeur), puis relancez ${again}.`,
  'sheet-protected': (r, again) => `la feuille « ${r.sheet} » est protégée : ôtez sa protection (Révision › Ôter la protection de la feuille), puis relancez ${again}.`,
  'name-taken': (r, again) => `le nom « ${r.name} » est déjà un nom défini du classeur : renommez ou supprimez ce nom (Formules › Gestionnaire de noms), puis relancez ${again}.`,
  'changed-since-preview': (r, again) => `le classeur a changé depuis l’aperçu (${r.where} n’a plus d’en-têtes utilisables) ; relancez ${again}.`,
  'missing-column': (r, again) =>
    `la colonne « ${r.column} » manque dans le tableau ${r.table} et ne peut pas être ajoutée (des cellules sont remplies juste à sa droite) : ajoutez-la à la main, ou libérez les colonnes à droite du tableau, puis relancez ${again}.`,
  'missing-table': (r, again) =>
    `le tableau ${r.table} n’existe pas et ne peut pas être créé sans toucher à vos cellules : transformez vos données en tableau nommé ${r.table} (Insertion › Tableau), puis relancez ${again}.`,
  'rows-changed': (r, again) => `${r.cell === undefined ? `le tableau ${r.table ?? ''}` : `la cellule ${r.cell}`} a changé pendant l’import : relancez ${again}.`,
};

const EN: Render = {
  'read-only': (_, again) => `the workbook is open read-only: save an editable copy (or ask for edit access), then run ${again} again.`,
  'workbook-protected': (_, again) => `the workbook structure is protected and sheets must be added: unprotect it (Review › Protect Workbook), then run ${again} again.`,
  'sheet-protected': (r, again) => `sheet "${r.sheet}" is protected: unprotect it (Review › Unprotect Sheet), then run ${again} again.`,
  'name-taken': (r, again) => `"${r.name}" is already a defined name in this workbook: rename or delete it (Formulas › Name Manager), then run ${again} again.`,
  'changed-since-preview': (r, again) => `the workbook changed since the preview (${r.where} no longer has usable headers); run ${again} again.`,
  'missing-column': (r, again) =>
    `column "${r.column}" is missing from table ${r.table} and cannot be added (cells right of the table are in use): add it by hand, or clear the columns right of the table, then run ${again} again.`,
  'missing-table': (r, again) =>
    `table ${r.table} does not exist and cannot be created without touching your cells: turn your data into a table named ${r.table} (Insert › Table), then run ${again} again.`,
  'rows-changed': (r, again) => `${r.cell === undefined ? `table ${r.table ?? ''}` : `cell ${r.cell}`} changed during the import: run ${again} again.`,
};

const render = (texts: Render, refusal: Refusal, again: string): string => (texts[refusal.kind] as (r: Refusal, again: string) => string)(refusal, again);

export const refusalFr = (refusal: Refusal, action: RefusedAction = 'create'): string => keepQuotesTogether(render(FR, refusal, AGAIN.fr[action]));
export const refusalEn = (refusal: Refusal, action: RefusedAction = 'create'): string => render(EN, refusal, AGAIN.en[action]);

/** A plan refused before any write; `message` in French, `messageEn` in English, one sentence per refusal. */
export class ApplyRefusedError extends Error {
  readonly refusals: readonly Refusal[];
  readonly messageEn: string;

  constructor(refusals: readonly Refusal[], action: RefusedAction = 'create') {
    super(`rien n’a été modifié, car ${refusals.map((r) => refusalFr(r, action)).join(' ')}`);
    this.name = 'ApplyRefusedError';
    this.refusals = refusals;
    this.messageEn = `nothing was changed, because ${refusals.map((r) => refusalEn(r, action)).join(' ')}`;
  }
}
