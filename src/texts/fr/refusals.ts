/** Why a plan cannot be applied to a workbook, with what the user can do, in French. */
import type { Refusal, RefusedAction } from '../../domain/apply/refusals';

export interface RefusalTexts {
  /** What the user runs again once the cause is removed, as a quoted button name. */
  readonly again: Readonly<Record<RefusedAction, string>>;
  /** One sentence per kind of refusal, ending with `again`. */
  readonly reasons: { readonly [K in Refusal['kind']]: (refusal: Extract<Refusal, { kind: K }>, again: string) => string };
  /** `rien n’a été modifié, car …` before the reasons. */
  nothingChanged(reasons: readonly string[]): string;
}

export const refusals: RefusalTexts = {
  again: { create: '« Créer »', import: '« Importer »' },
  reasons: {
    'read-only': (_, again) =>
      `le classeur est ouvert en lecture seule : enregistrez-en une copie modifiable (ou demandez l’accès en modification), puis relancez ${again}.`,
    'workbook-protected': (_, again) =>
      `la structure du classeur est protégée : des feuilles doivent être ajoutées. Ôtez la protection (Révision › Protéger le classeur), puis relancez ${again}.`,
    'sheet-protected': (r, again) =>
      `la feuille « ${r.sheet} » est protégée : ôtez sa protection (Révision › Ôter la protection de la feuille), puis relancez ${again}.`,
    'name-taken': (r, again) =>
      `le nom « ${r.name} » est déjà un nom défini du classeur : renommez ou supprimez ce nom (Formules › Gestionnaire de noms), puis relancez ${again}.`,
    'changed-since-preview': (r, again) => `le classeur a changé depuis l’aperçu (${r.where} n’a plus d’en-têtes utilisables) ; relancez ${again}.`,
    'missing-column': (r, again) =>
      `la colonne « ${r.column} » manque dans le tableau ${r.table} et ne peut pas être ajoutée (des cellules sont remplies juste à sa droite) : ajoutez-la à la main, ou libérez les colonnes à droite du tableau, puis relancez ${again}.`,
    'missing-table': (r, again) =>
      `le tableau ${r.table} n’existe pas et ne peut pas être créé sans toucher à vos cellules : transformez vos données en tableau nommé ${r.table} (Insertion › Tableau), puis relancez ${again}.`,
    'rows-changed': (r, again) =>
      `${r.cell === undefined ? `le tableau ${r.table ?? ''}` : `la cellule ${r.cell}`} a changé pendant l’import : relancez ${again}.`,
  },
  nothingChanged: (reasons) => `rien n’a été modifié, car ${reasons.join(' ')}`,
};
