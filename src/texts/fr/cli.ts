/** Every sentence the command line prints itself, in French (findings come from the findings section). */
import type { PlanSummary } from '../../domain/generate/summary';
import type { ProfileId } from '../../domain/report';
import { formatNumber } from '../../domain/values/format';

export interface CliTexts {
  readonly help: string;
  readonly missingCommand: string;
  unknownCommand(command: string): string;
  unknownOption(option: string): string;
  missingValue(option: string): string;
  repeatedOption(option: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  badDate(value: string): string;
  /** A workbook that made the reader or the rules fail unexpectedly. */
  unexpected(file: string, detail: string): string;
  noInput: string;
  emptyFolder(folder: string): string;
  reportNotXlsx(path: string): string;
  reportExists(path: string): string;
  reportIsInput(path: string): string;
  reportFolderMissing(path: string): string;
  reportWriteFailed(path: string, reason: string): string;
  reportWritten(path: string): string;
  internalError(reason: string): string;
  profileName(profile: ProfileId): string;
  readonly profile: string;
  readonly asOf: string;
  readonly contractYears: string;
  readonly noFinding: string;
  readonly summary: string;
  readonly committedTitle: string;
  readonly byFunder: string;
  readonly byYear: string;
  readonly byAction: string;
  readonly action: string;
  readonly title: string;
  readonly budget: string;
  readonly committed: string;
  readonly secured: string;
  readonly requested: string;
  readonly forecast: string;
  /** `engagé = acquis + sollicité ; prévisionnel … (non compté)`. */
  committedBreakdown(committed: string, secured: string, requested: string, forecast: string): string;
  readonly unlistedTitle: string;
  readonly remaining: string;
  readonly total: string;
  readonly none: string;
  readonly file: string;
  readonly year: string;
  readonly funder: string;
  consolidatedTitle(files: number): string;
  filesWithErrors(count: number, total: number): string;
  unusableFiles(count: number): string;
  readonly allFilesCommitted: string;
  readonly controlNoFinding: string;
  /** `label :` before a value (French puts a space before the colon). */
  readonly colon: string;
  /** An empty cell, where its value is shown. */
  readonly emptyCell: string;
  /** `generate` without an output file. */
  readonly generateNoOutput: string;
  generateExtraOutputs(extra: string): string;
  generateNotXlsx(path: string): string;
  badYears(value: string, min: number, max: number): string;
  generateExists(path: string): string;
  generateFolderMissing(path: string): string;
  generateWriteFailed(path: string, reason: string): string;
  /** `Classeur écrit : cls.xlsx (modèle vide, profil generic, 3 ans, 120 ms)`. */
  generateWritten(path: string, sample: boolean, profile: ProfileId, years: number, ms: number): string;
  /** The sheets, tables with their rows and defined names of a written workbook. */
  planSummary(summary: PlanSummary): string;
}

const HELP = `cls-workbook — Tableaux CLS : contrôle et création des classeurs de contrat local de santé

Utilisation :
  cls-workbook validate <classeur.xlsx|dossier>… [options]
  cls-workbook generate <nouveau.xlsx> [--profile …] [--years 3..5] [--sample] [--force]
  cls-workbook import <classeur.xlsx> <nouveau.xlsx> [--mapping m.json] [--year AAAA] [--format text|json]

validate   lit les classeurs sans jamais les modifier, affiche les constats et les totaux.
           Un dossier désigne tous les .xlsx qu'il contient (sans ses sous-dossiers) ;
           plusieurs classeurs donnent un rapport consolidé.
  --profile normandie|centre-val-de-loire|generic
                         profil de règles (par défaut : le paramètre « Profil régional »)
  --as-of AAAA-MM-JJ     date de référence des retards (par défaut : aujourd'hui)
  --format text|json     sortie lisible (par défaut) ou JSON : un objet par classeur,
                         un tableau pour un dossier ou plusieurs classeurs
  --report rapport.xlsx  écrit aussi le rapport dans un NOUVEAU classeur (feuilles Contrôle
                         et Totaux) ; refuse un fichier existant ou un classeur lu
  --lang fr|en           langue des messages, pour toutes les commandes (par défaut : fr)

generate   crée un nouveau classeur avec toutes les feuilles du modèle ; --sample le remplit
           d'un CLS fictif réaliste ; refuse d'écraser un fichier existant sans --force.

import     reconnaît dans votre propre classeur la matrice des partenaires (bandeaux d'années),
           une liste d'engagements, un tableau de bord des actions, une grille d'évaluation,
           et écrit un NOUVEAU classeur aux trois tableaux remplis ; affiche le mapping et la
           conservation des montants (importé + écarté = source, au centime). Le classeur lu
           n'est jamais modifié.
  --mapping m.json       réutilise ou corrige un mapping enregistré (le JSON de --format json,
                         schéma : docs/import-mapping.schema.json)
  --year AAAA            année des montants d'une matrice sans année

Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 fichier inutilisable ou arguments invalides.
La ligne de commande n'écrit jamais dans un classeur existant.
`;

const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;

export const cli: CliTexts = {
  help: HELP,
  missingCommand: 'commande manquante : validate, generate ou import (voir cls-workbook --help)',
  unknownCommand: (c) => `commande inconnue « ${c} » : validate, generate ou import (voir cls-workbook --help)`,
  unknownOption: (o) => `option inconnue ${o} (voir cls-workbook --help)`,
  missingValue: (o) => `l'option ${o} attend une valeur`,
  repeatedOption: (o) => `l'option ${o} est donnée deux fois`,
  badChoice: (o, v, choices) => `valeur « ${v} » invalide pour ${o} : ${choices.join(', ')}`,
  badDate: (v) => `date « ${v} » invalide pour --as-of : attendu AAAA-MM-JJ, par exemple 2026-11-23`,
  unexpected: (f, d) => `${f} : lecture impossible (${d}) ; les autres classeurs sont contrôlés`,
  noInput: 'indiquez au moins un classeur .xlsx ou un dossier à contrôler',
  emptyFolder: (f) => `${f} : aucun classeur .xlsx dans ce dossier`,
  reportNotXlsx: (p) => `le rapport ${p} doit porter l'extension .xlsx`,
  reportExists: (p) => `le rapport ${p} existe déjà : choisissez un nouveau nom de fichier (rien n'est écrasé)`,
  reportIsInput: (p) => `le rapport ${p} désigne un classeur contrôlé : la ligne de commande n'écrit jamais dans un classeur existant`,
  reportFolderMissing: (p) => `le dossier du rapport ${p} n'existe pas`,
  reportWriteFailed: (p, r) => `écriture du rapport ${p} impossible : ${r}`,
  reportWritten: (p) => `Rapport écrit : ${p}`,
  internalError: (r) => `erreur interne : ${r}`,
  profileName: (p) =>
    ({
      normandie: 'Normandie',
      'centre-val-de-loire': 'Centre-Val de Loire',
      generic: 'générique',
    })[p],
  profile: 'Profil',
  asOf: 'Date de référence',
  contractYears: 'Années du contrat',
  noFinding: 'Aucun constat : le classeur est conforme.',
  summary: 'Bilan',
  committedTitle: 'Engagements financiers (acquis et sollicités)',
  byFunder: 'Par partenaire',
  byYear: 'Par année',
  byAction: 'Par action',
  action: 'Action',
  title: 'Intitulé',
  budget: 'Budget prévisionnel',
  committed: 'Engagé',
  secured: 'Acquis',
  requested: 'Sollicité',
  forecast: 'Prévisionnel',
  committedBreakdown: (c, s, r, f) => `engagé ${c} = acquis ${s} + sollicité ${r} ; prévisionnel ${f} (non compté)`,
  unlistedTitle: 'Hors liste des partenaires (comptés dans le total, dans aucune colonne du tableau d’engagement)',
  remaining: 'Restant à trouver',
  total: 'Total',
  none: 'aucun',
  file: 'Fichier',
  year: 'Année',
  funder: 'Partenaire',
  consolidatedTitle: (n) => `Synthèse de ${plural(n, 'classeur', 'classeurs')}`,
  filesWithErrors: (n, t) => `Classeurs avec erreurs : ${n} sur ${t}`,
  unusableFiles: (n) => `${plural(n, 'fichier inutilisable', 'fichiers inutilisables')} (voir les messages d'erreur)`,
  allFilesCommitted: 'Engagements financiers, tous classeurs (acquis et sollicités)',
  controlNoFinding: 'Aucun constat : le classeur est conforme.',
  colon: ' :',
  emptyCell: 'vide',
  generateNoOutput: 'indiquez le fichier .xlsx à créer, par exemple : cls-workbook generate cls.xlsx --sample',
  generateExtraOutputs: (e) => `un seul fichier de sortie attendu (reçu aussi : ${e})`,
  generateNotXlsx: (p) => `le fichier ${p} doit porter l'extension .xlsx`,
  badYears: (v, min, max) => `valeur « ${v} » invalide pour --years : un entier de ${min} à ${max}`,
  generateExists: (p) => `${p} existe déjà : rien n'est écrasé (ajoutez --force pour le remplacer)`,
  generateFolderMissing: (p) => `le dossier de ${p} n'existe pas`,
  generateWriteFailed: (p, r) => `écriture de ${p} impossible : ${r}`,
  generateWritten: (p, sample, profile, years, ms) =>
    `Classeur écrit : ${p} (${sample ? 'exemple fictif rempli' : 'modèle vide'}, profil ${profile}, ${years} ans, ${ms} ms)`,
  planSummary: (s) =>
    [
      `Feuilles (${s.sheets.length}) : ${s.sheets.join(', ')}.`,
      'Tableaux :',
      ...s.tables.map((t) => `  ${t.name} (${t.sheet}) : ${t.rows === 0 ? 'aucune ligne' : t.rows === 1 ? '1 ligne' : `${formatNumber(t.rows, 'fr')} lignes`}`),
      `Noms définis : ${s.names} (listes déroulantes).`,
    ].join('\n'),
};
