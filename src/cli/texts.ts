/** Every sentence the command line prints itself, French and English (findings come from domain/messages). */
import type { Lang, ProfileId } from '../domain/report';

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
}

const FR_HELP = `cls-workbook — Tableaux CLS : contrôle et création des classeurs de contrat local de santé

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
  --lang fr|en           langue des messages (par défaut : fr)

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

const EN_HELP = `cls-workbook — Tableaux CLS: checks and creates local health contract (CLS) workbooks

Usage:
  cls-workbook validate <workbook.xlsx|folder>… [options]
  cls-workbook generate <new.xlsx> [--profile …] [--years 3..5] [--sample] [--force]
  cls-workbook import <workbook.xlsx> <new.xlsx> [--mapping m.json] [--year YYYY] [--format text|json]

validate   reads the workbooks without ever changing them, prints the findings and the totals.
           A folder means every .xlsx in it (not its subfolders); several workbooks give
           one consolidated report.
  --profile normandie|centre-val-de-loire|generic
                         rule profile (default: the "Profil régional" parameter)
  --as-of YYYY-MM-DD     reference date for lateness (default: today)
  --format text|json     readable output (default) or JSON: one object per workbook,
                         an array for a folder or several workbooks
  --report report.xlsx   also writes the report to a NEW workbook (sheets Contrôle and
                         Totaux); refuses an existing file or a workbook being read
  --lang fr|en           language of the messages (default: fr)

generate   creates a new workbook with every sheet of the template; --sample fills it with
           a realistic fictional CLS; refuses to overwrite an existing file without --force.

import     recognises in your own workbook the partner matrix (year bands), a list of
           commitments, a dashboard of actions, an evaluation grid, and writes a NEW workbook
           with the three tables filled; prints the mapping and the money conservation
           (imported + skipped = source, to the cent). The workbook read is never modified.
  --mapping m.json       reuses or corrects a saved mapping (the JSON of --format json,
                         schema: docs/import-mapping.schema.json)
  --year YYYY            year of the amounts of a matrix without years

Exit status: 0 no error, 1 at least one error, 2 unusable file or invalid arguments.
The command line never writes into an existing workbook.
`;

const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;

const fr: CliTexts = {
  help: FR_HELP,
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
  profileName: (p) => ({ normandie: 'Normandie', 'centre-val-de-loire': 'Centre-Val de Loire', generic: 'générique' })[p],
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
};

const en: CliTexts = {
  help: EN_HELP,
  missingCommand: 'missing command: validate, generate or import (see cls-workbook --help)',
  unknownCommand: (c) => `unknown command "${c}": validate, generate or import (see cls-workbook --help)`,
  unknownOption: (o) => `unknown option ${o} (see cls-workbook --help)`,
  missingValue: (o) => `option ${o} needs a value`,
  repeatedOption: (o) => `option ${o} is given twice`,
  badChoice: (o, v, choices) => `invalid value "${v}" for ${o}: ${choices.join(', ')}`,
  badDate: (v) => `invalid date "${v}" for --as-of: expected YYYY-MM-DD, e.g. 2026-11-23`,
  unexpected: (f, d) => `${f}: could not be read (${d}); the other workbooks are checked`,
  noInput: 'name at least one .xlsx workbook or folder to check',
  emptyFolder: (f) => `${f}: no .xlsx workbook in this folder`,
  reportNotXlsx: (p) => `report ${p} must have the .xlsx extension`,
  reportExists: (p) => `report ${p} already exists: choose a new file name (nothing is overwritten)`,
  reportIsInput: (p) => `report ${p} names a workbook being checked: the command line never writes into an existing workbook`,
  reportFolderMissing: (p) => `the folder of report ${p} does not exist`,
  reportWriteFailed: (p, r) => `cannot write report ${p}: ${r}`,
  reportWritten: (p) => `Report written: ${p}`,
  internalError: (r) => `internal error: ${r}`,
  profileName: (p) => ({ normandie: 'Normandie', 'centre-val-de-loire': 'Centre-Val de Loire', generic: 'generic' })[p],
  profile: 'Profile',
  asOf: 'As of',
  contractYears: 'Contract years',
  noFinding: 'No finding: the workbook is compliant.',
  summary: 'Summary',
  committedTitle: 'Financial commitments (secured and requested)',
  byFunder: 'By partner',
  byYear: 'By year',
  byAction: 'By action',
  action: 'Action',
  title: 'Title',
  budget: 'Planned budget',
  committed: 'Committed',
  secured: 'Secured',
  requested: 'Requested',
  forecast: 'Forecast',
  committedBreakdown: (c, s, r, f) => `committed ${c} = secured ${s} + requested ${r}; forecast ${f} (not counted)`,
  unlistedTitle: 'Outside the partner list (in the total, in no column of the partner-engagement table)',
  remaining: 'Still to find',
  total: 'Total',
  none: 'none',
  file: 'File',
  year: 'Year',
  funder: 'Partner',
  consolidatedTitle: (n) => `Summary of ${plural(n, 'workbook', 'workbooks')}`,
  filesWithErrors: (n, t) => `Workbooks with errors: ${n} of ${t}`,
  unusableFiles: (n) => `${plural(n, 'unusable file', 'unusable files')} (see the error messages)`,
  allFilesCommitted: 'Financial commitments, all workbooks (secured and requested)',
  controlNoFinding: 'No finding: the workbook is compliant.',
};

export const TEXTS: Readonly<Record<Lang, CliTexts>> = { fr, en };

/** Thrown for bad arguments or refused outputs: exit 2 with its one-line message. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
