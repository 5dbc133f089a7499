/** The sentences only `cls-workbook import` says (arguments, files, --year), over the report texts it shares with the web page. */
import type { ImportReportTexts } from '../domain/messages/import';
import { IMPORT_REPORT_TEXTS } from '../domain/messages/import';
import type { Lang } from '../domain/report';

export interface ImportTexts extends ImportReportTexts {
  readonly missingFiles: string;
  readonly extraArgs: (args: string) => string;
  readonly notXlsx: (path: string) => string;
  readonly outputExists: (path: string) => string;
  readonly outputIsInput: (path: string) => string;
  readonly outputFolderMissing: (path: string) => string;
  readonly badYear: (value: string) => string;
  readonly mappingUnreadable: (path: string) => string;
  readonly mappingNotJson: (path: string) => string;
  readonly mappingInvalid: (path: string, problems: readonly string[]) => string;
  readonly nothing: (file: string) => string;
  readonly refused: (reasons: readonly string[]) => string;
  /** How a year given on the command line is named in the notes. */
  readonly yearGiven: string;
  readonly writeFailed: (path: string, reason: string) => string;
  readonly title: (source: string, output: string) => string;
  readonly validation: (errors: number, warnings: number, infos: number, output: string) => string;
  readonly written: (output: string) => string;
}

const fr: ImportTexts = {
  ...IMPORT_REPORT_TEXTS.fr,
  missingFiles: 'indiquez le classeur à importer et le nouveau classeur à écrire, par exemple : cls-workbook import suivi.xlsx cls.xlsx',
  extraArgs: (a) => `deux fichiers attendus, le classeur source et le nouveau classeur (reçu aussi : ${a})`,
  notXlsx: (p) => `le fichier ${p} doit porter l’extension .xlsx`,
  outputExists: (p) => `${p} existe déjà : l’import écrit toujours un NOUVEAU classeur, rien n’est écrasé`,
  outputIsInput: (p) => `${p} est le classeur source : l’import ne le modifie jamais, choisissez un autre nom`,
  outputFolderMissing: (p) => `le dossier de ${p} n’existe pas`,
  badYear: (v) => `valeur « ${v} » invalide pour --year : une année sur quatre chiffres, par exemple 2025`,
  mappingUnreadable: (p) => `mapping ${p} illisible (fichier absent ou inaccessible)`,
  mappingNotJson: (p) => `mapping ${p} invalide : ce n’est pas du JSON`,
  mappingInvalid: (p, problems) => `mapping ${p} invalide : ${problems.slice(0, 3).join(' ; ')}${problems.length > 3 ? ` (et ${problems.length - 3} autres)` : ''}`,
  nothing: (f) => `rien d’importable dans ${f} : aucune zone reconnue (le détail est affiché ci-dessus)`,
  refused: (r) => `import refusé, rien n’est écrit : ${r.join(' ; ')}`,
  yearMissing: (a) => `${IMPORT_REPORT_TEXTS.fr.yearMissing(a)} ; précisez --year AAAA`,
  natureStatus: (n, s) => `${IMPORT_REPORT_TEXTS.fr.natureStatus(n, s)} (modifiables dans le mapping)`,
  yearGiven: 'option --year',
  writeFailed: (p, r) => `écriture de ${p} impossible : ${r}`,
  title: (s, o) => `Import de ${s} → ${o}`,
  validation: (e, w, i, o) => `Contrôle du nouveau classeur : ${e} erreur${e > 1 ? 's' : ''}, ${w} avertissement${w > 1 ? 's' : ''}, ${i} info${i > 1 ? 's' : ''} (détail : cls-workbook validate ${o})`,
  written: (o) => `Classeur écrit : ${o} (le classeur source n’a pas été modifié)`,
};

const en: ImportTexts = {
  ...IMPORT_REPORT_TEXTS.en,
  missingFiles: 'name the workbook to import and the new workbook to write, e.g.: cls-workbook import tracking.xlsx cls.xlsx',
  extraArgs: (a) => `two files expected, the source workbook and the new workbook (also got: ${a})`,
  notXlsx: (p) => `${p} must have the .xlsx extension`,
  outputExists: (p) => `${p} already exists: import always writes a NEW workbook, nothing is overwritten`,
  outputIsInput: (p) => `${p} is the source workbook: import never modifies it, choose another name`,
  outputFolderMissing: (p) => `the folder of ${p} does not exist`,
  badYear: (v) => `invalid value "${v}" for --year: a four-digit year, e.g. 2025`,
  mappingUnreadable: (p) => `mapping ${p} unreadable (missing or inaccessible file)`,
  mappingNotJson: (p) => `mapping ${p} invalid: not JSON`,
  mappingInvalid: (p, problems) => `mapping ${p} invalid: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`,
  nothing: (f) => `nothing to import in ${f}: no area recognised (details above)`,
  refused: (r) => `import refused, nothing written: ${r.join('; ')}`,
  yearMissing: (a) => `${IMPORT_REPORT_TEXTS.en.yearMissing(a)}; give --year YYYY`,
  natureStatus: (n, s) => `${IMPORT_REPORT_TEXTS.en.natureStatus(n, s)} (editable in the mapping)`,
  yearGiven: '--year option',
  writeFailed: (p, r) => `cannot write ${p}: ${r}`,
  title: (s, o) => `Import of ${s} → ${o}`,
  validation: (e, w, i, o) => `Check of the new workbook: ${e} error${e > 1 ? 's' : ''}, ${w} warning${w > 1 ? 's' : ''}, ${i} info${i > 1 ? 's' : ''} (details: cls-workbook validate ${o})`,
  written: (o) => `Workbook written: ${o} (the source workbook was not modified)`,
};

export const IMPORT_TEXTS: Readonly<Record<Lang, ImportTexts>> = { fr, en };
