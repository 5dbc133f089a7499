/** The sentences only `cls-workbook import` says (arguments, files, --year), in French, over the import report's. */
import type { ImportReportTexts } from './import-report';
import { importReport } from './import-report';

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

export const cliImport: ImportTexts = {
  ...importReport,
  missingFiles: 'indiquez le classeur à importer et le nouveau classeur à écrire, par exemple : cls-workbook import suivi.xlsx cls.xlsx',
  extraArgs: (a) => `deux fichiers attendus, le classeur source et le nouveau classeur (reçu aussi : ${a})`,
  notXlsx: (p) => `le fichier ${p} doit porter l’extension .xlsx`,
  outputExists: (p) => `${p} existe déjà : l’import écrit toujours un NOUVEAU classeur, rien n’est écrasé`,
  outputIsInput: (p) => `${p} est le classeur source : l’import ne le modifie jamais, choisissez un autre nom`,
  outputFolderMissing: (p) => `le dossier de ${p} n’existe pas`,
  badYear: (v) => `valeur « ${v} » invalide pour --year : une année sur quatre chiffres, par exemple 2025`,
  mappingUnreadable: (p) => `mapping ${p} illisible (fichier absent ou inaccessible)`,
  mappingNotJson: (p) => `mapping ${p} invalide : ce n’est pas du JSON`,
  mappingInvalid: (p, problems) =>
    `mapping ${p} invalide : ${problems.slice(0, 3).join(' ; ')}${problems.length > 3 ? ` (et ${problems.length - 3} autres)` : ''}`,
  nothing: (f) => `rien d’importable dans ${f} : aucune zone reconnue (le détail est affiché ci-dessus)`,
  refused: (r) => `import refusé, rien n’est écrit : ${r.join(' ; ')}`,
  yearMissing: (a) => `${importReport.yearMissing(a)} ; précisez --year AAAA`,
  natureStatus: (n, s) => `${importReport.natureStatus(n, s)} (modifiables dans le mapping)`,
  yearGiven: 'option --year',
  writeFailed: (p, r) => `écriture de ${p} impossible : ${r}`,
  title: (s, o) => `Import de ${s} → ${o}`,
  validation: (e, w, i, o) =>
    `Contrôle du nouveau classeur : ${e} erreur${e > 1 ? 's' : ''}, ${w} avertissement${w > 1 ? 's' : ''}, ${i} info${i > 1 ? 's' : ''} (détail : cls-workbook validate ${o})`,
  written: (o) => `Classeur écrit : ${o} (le classeur source n’a pas été modifié)`,
};
