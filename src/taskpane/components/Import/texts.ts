/** The Importer view's own sentences, French first; loaded with the view, not with the pane. */
import type { Lang } from '../../../domain/report';
import { translatorOf } from '../../../ui/translate';

const fr = {
  importTitle: 'Importer vos propres tableaux',
  importIntro:
    'Vos feuilles (matrice des partenaires, tableau de bord, liste des engagements, fiches action, grille d’évaluation) sont lues telles que vous les tenez, et leurs lignes écrites dans les tableaux du contrat de ce classeur. Vos feuilles ne sont jamais modifiées, ni une valeur que vous avez saisie dans les tableaux.',
  importSettings: 'Réglages de l’import',
  importProfile: 'Profil régional',
  importYearLabel: 'Année des montants sans année',
  importYearHint: 'Quatre chiffres, par exemple 2025.',
  importYearApply: 'Appliquer',
  importYearInvalid: 'Indiquez une année sur quatre chiffres, entre 1990 et 2100.',
  importPlanTitle: 'Ce que l’import va écrire',
  importWillCreate: 'Les tableaux du contrat manquants seront d’abord créés (comme avec « Créer »), puis les lignes y seront écrites.',
  importTableLine: '{table} : {added} ajoutée(s), {updated} mise(s) à jour ({cells} valeur(s)), {cleared} effacée(s), {unchanged} inchangée(s)',
  importUpToDate: 'Rien à écrire : les tableaux contiennent déjà ce que disent vos feuilles.',
  importDeletedByUser: '{count} ligne(s) importée(s) puis supprimée(s) par vous ne sont pas réimportée(s).',
  importKeptGone: '{count} ligne(s) absente(s) désormais de vos feuilles, mais modifiée(s) par vous, sont laissée(s) telles quelles.',
  importMissingColumns: '{table} n’a pas la colonne {columns} : ces valeurs ne sont pas écrites.',
  importKeptTitle: 'Vos valeurs conservées',
  importKeptEdited: '{cell} ({header}) : vous avez saisi {current} ; vos feuilles disent {imported}.',
  importKeptUserRow: '{cell} ({header}) : votre ligne dit {current} ; vos feuilles disent {imported}.',
  importKeptMore: '… et {count} autre(s).',
  importButton: 'Importer dans ce classeur',
  importReadOnly: 'Ce classeur est en lecture seule ici : l’import ne peut pas y écrire. Utilisez la conversion de la page web ou la ligne de commande, qui écrivent un nouveau classeur.',
  importSaved: 'Le dernier import est enregistré dans ce classeur : importer à nouveau met à jour ces lignes au lieu de les dupliquer.',
  importEdited: 'Vous avez modifié le mapping proposé.',
  importResetMapping: 'Revenir au mapping proposé',
  importDoneTitle: 'Import terminé',
  importDone: '{written} ligne(s) écrite(s) dans les tableaux du contrat, dont {added} ajoutée(s) à leur suite.',
  importDoneNothing: 'Rien n’a été écrit : les tableaux étaient déjà à jour.',
  importCreated: 'Tableaux créés : {tables}.',
  tableFunders: 'Partenaires',
  tableActions: 'Actions',
  tableFundings: 'Financements',
  tableEvaluation: 'Évaluation',
} as const;

export type ImportTextKey = keyof typeof fr;

const en: Record<ImportTextKey, string> = {
  importTitle: 'Import your own tables',
  importIntro:
    'Your sheets (partner matrix, dashboard, list of commitments, action sheets, evaluation grid) are read as you keep them, and their rows written into this workbook’s contract tables. Your sheets are never changed, nor any value you typed in the tables.',
  importSettings: 'Import settings',
  importProfile: 'Regional profile',
  importYearLabel: 'Year of amounts without a year',
  importYearHint: 'Four digits, e.g. 2025.',
  importYearApply: 'Apply',
  importYearInvalid: 'Enter a four-digit year between 1990 and 2100.',
  importPlanTitle: 'What the import will write',
  importWillCreate: 'The missing contract tables will be created first (as with “Create”), then the rows written into them.',
  importTableLine: '{table}: {added} added, {updated} updated ({cells} value(s)), {cleared} cleared, {unchanged} unchanged',
  importUpToDate: 'Nothing to write: the tables already hold what your sheets say.',
  importDeletedByUser: '{count} row(s) imported then deleted by you are not imported again.',
  importKeptGone: '{count} row(s) no longer in your sheets but edited by you are left as they are.',
  importMissingColumns: '{table} lacks column {columns}: those values are not written.',
  importKeptTitle: 'Your values kept',
  importKeptEdited: '{cell} ({header}): you typed {current}; your sheets say {imported}.',
  importKeptUserRow: '{cell} ({header}): your row says {current}; your sheets say {imported}.',
  importKeptMore: '… and {count} more.',
  importButton: 'Import into this workbook',
  importReadOnly: 'This workbook is read-only here: the import cannot write into it. Use the web page’s conversion or the command line, which write a new workbook.',
  importSaved: 'The last import is saved in this workbook: importing again updates those rows instead of duplicating them.',
  importEdited: 'You changed the proposed mapping.',
  importResetMapping: 'Back to the proposed mapping',
  importDoneTitle: 'Import done',
  importDone: '{written} row(s) written into the contract tables, {added} of them added below the tables.',
  importDoneNothing: 'Nothing was written: the tables were already up to date.',
  importCreated: 'Tables created: {tables}.',
  tableFunders: 'Partners',
  tableActions: 'Actions',
  tableFundings: 'Funding',
  tableEvaluation: 'Evaluation',
};

export type ImportTranslate = (key: ImportTextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** `{name}` placeholders replaced from `vars`; French quotes kept with their words. */
export const importTranslator = (lang: Lang): ImportTranslate => translatorOf(lang === 'fr' ? fr : en);
