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
  | { readonly kind: 'rows-changed'; readonly where: string };

type Render = { readonly [K in Refusal['kind']]: (refusal: Extract<Refusal, { kind: K }>) => string };

const FR: Render = {
  'read-only': () => 'le classeur est ouvert en lecture seule : enregistrez-en une copie modifiable (ou demandez l’accès en modification), puis relancez « Créer ».',
  'workbook-protected': () =>
    'la structure du classeur est protégée : des feuilles doivent être ajoutées. Ôtez la protection (Révision › Protéger le classeur), puis relancez « Créer ».',
  'sheet-protected': (r) => `la feuille « ${r.sheet} » est protégée : ôtez sa protection (Révision › Ôter la protection de la feuille), puis relancez « Créer ».`,
  'name-taken': (r) => `le nom « ${r.name} » est déjà un nom défini du classeur : renommez ou supprimez ce nom (Formules › Gestionnaire de noms), puis relancez « Créer ».`,
  'changed-since-preview': (r) => `le classeur a changé depuis l’aperçu (${r.where} n’a plus d’en-têtes utilisables) ; relancez « Créer ».`,
  'missing-column': (r) =>
    `la colonne « ${r.column} » manque dans le tableau ${r.table} et ne peut pas être ajoutée (des cellules sont remplies juste à sa droite) : ajoutez-la à la main, ou libérez les colonnes à droite du tableau, puis relancez « Créer ».`,
  'missing-table': (r) =>
    `le tableau ${r.table} n’existe pas et ne peut pas être créé sans toucher à vos cellules : transformez vos données en tableau nommé ${r.table} (Insertion › Tableau), puis relancez « Créer ».`,
  'rows-changed': (r) => `${r.where} a changé pendant l’import : relancez « Importer ».`,
};

const EN: Render = {
  'read-only': () => 'the workbook is open read-only: save an editable copy (or ask for edit access), then run "Create" again.',
  'workbook-protected': () => 'the workbook structure is protected and sheets must be added: unprotect it (Review › Protect Workbook), then run "Create" again.',
  'sheet-protected': (r) => `sheet "${r.sheet}" is protected: unprotect it (Review › Unprotect Sheet), then run "Create" again.`,
  'name-taken': (r) => `"${r.name}" is already a defined name in this workbook: rename or delete it (Formulas › Name Manager), then run "Create" again.`,
  'changed-since-preview': (r) => `the workbook changed since the preview (${r.where} no longer has usable headers); run "Create" again.`,
  'missing-column': (r) =>
    `column "${r.column}" is missing from table ${r.table} and cannot be added (cells right of the table are in use): add it by hand, or clear the columns right of the table, then run "Create" again.`,
  'missing-table': (r) =>
    `table ${r.table} does not exist and cannot be created without touching your cells: turn your data into a table named ${r.table} (Insert › Table), then run "Create" again.`,
  'rows-changed': (r) => `${r.where} changed during the import: run "Import" again.`,
};

const render = (texts: Render, refusal: Refusal): string => (texts[refusal.kind] as (r: Refusal) => string)(refusal);

export const refusalFr = (refusal: Refusal): string => keepQuotesTogether(render(FR, refusal));
export const refusalEn = (refusal: Refusal): string => render(EN, refusal);

/** A plan refused before any write; `message` in French, `messageEn` in English, one sentence per refusal. */
export class ApplyRefusedError extends Error {
  readonly refusals: readonly Refusal[];
  readonly messageEn: string;

  constructor(refusals: readonly Refusal[]) {
    super(`rien n’a été modifié, car ${refusals.map(refusalFr).join(' ')}`);
    this.name = 'ApplyRefusedError';
    this.refusals = refusals;
    this.messageEn = `nothing was changed, because ${refusals.map(refusalEn).join(' ')}`;
  }
}
