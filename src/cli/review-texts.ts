/** What the command line says for `statement`, `diff` and the regional review (`validate` on several workbooks), French first. */
import type { Lang } from '../domain/report';

export interface ReviewCliTexts {
  /** Appended to `cls-workbook --help`. */
  readonly helpMore: string;
  readonly statementHelp: string;
  readonly diffHelp: string;
  readonly statementNoWorkbook: string;
  statementOneWorkbook(count: number): string;
  readonly statementNoFunder: string;
  badYear(value: string): string;
  unknownPartner(file: string, asked: string, available: readonly string[]): string;
  ambiguousPartner(file: string, asked: string, candidates: readonly string[]): string;
  unknownYear(file: string, year: number, years: readonly number[]): string;
  readonly xlsxNeedsOut: string;
  outNotXlsx(path: string): string;
  outExists(path: string): string;
  outIsInput(path: string): string;
  outFolderMissing(path: string): string;
  outWriteFailed(path: string, reason: string): string;
  statementWritten(path: string): string;
  readonly diffNeedsTwo: string;
  diffSameFile(path: string): string;
  notSameCls(before: string, after: string, beforeCls: string, afterCls: string): string;
  readonly unnamedCls: string;
  reportDirWritten(count: number, path: string): string;
  nothingReadable(count: number): string;
  ownReportOnly(file: string): string;
}

const list = (names: readonly string[]): string => names.map((n) => `« ${n} »`).join(', ');
const listEn = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

const FR_MORE = `
Relevé partenaire, revue régionale, comparaison de versions :
  cls-workbook statement <classeur.xlsx> --funder CPAM [--year AAAA]
                         [--format text|json|xlsx] [--out relevé.xlsx]
  cls-workbook validate <dossier|classeurs…> --report revue.xlsx
                         [--report-dir DOSSIER] [--summary]
  cls-workbook diff <avant.xlsx> <après.xlsx> [--format text|json]

statement  les engagements d'un partenaire par action et par année, acquis / sollicité /
           prévisionnel, sa part du budget de chaque action et du CLS ; pour l'ARS, les règles
           du poste de coordination avec les montants comparés. --out écrit un NOUVEAU classeur.
validate   sur plusieurs classeurs (revue régionale) : une ligne par CLS, les totaux consolidés,
           les fichiers inutilisables (.xls, .ods, chiffrés…) avec leur motif ; un même CLS
           trouvé deux fois (même nom, même territoire) n'est compté qu'une fois (le plus récent) ;
           nos propres rapports sont reconnus et ignorés.
  --summary              n'affiche que le tableau par CLS et les totaux
  --report-dir DOSSIER   écrit un rapport par CLS, à renvoyer à chaque territoire
diff       ce qui a changé entre deux versions d'un même CLS : engagements ajoutés, retirés ou
           modifiés, actions (statut, dates, avancement), indicateurs mesurés, partenaires
           ajoutés, écarts par partenaire au centime. Rapprochés par leur contenu, pas par ligne.
`;

const EN_MORE = `
Partner statement, regional review, comparing versions:
  cls-workbook statement <workbook.xlsx> --funder CPAM [--year YYYY]
                         [--format text|json|xlsx] [--out statement.xlsx]
  cls-workbook validate <folder|workbooks…> --report review.xlsx
                         [--report-dir FOLDER] [--summary]
  cls-workbook diff <before.xlsx> <after.xlsx> [--format text|json]

statement  one partner's commitments by action and year, secured / requested / forecast, its
           share of each action's budget and of the CLS; for the ARS, the coordination-post
           rules with the amounts compared. --out writes a NEW workbook.
validate   on several workbooks (regional review): one row per CLS, the consolidated totals,
           the unusable files (.xls, .ods, encrypted…) with the reason; the same CLS found twice
           (same name, same territory) is counted once (the newest); our own reports are
           recognised and skipped.
  --summary              prints only the per-CLS table and the totals
  --report-dir FOLDER    writes one report per CLS, to send back to each territory
diff       what changed between two versions of one CLS: commitments added, removed or
           changed, actions (status, dates, progress), indicators measured, partners added,
           money deltas per partner to the cent. Matched by content, not by row.
`;

const FR_STATEMENT_HELP = `cls-workbook statement — relevé partenaire

Utilisation :
  cls-workbook statement <classeur.xlsx> --funder <partenaire> [options]

  --funder NOM           le partenaire, tel que dans la liste des partenaires du classeur
                         (la casse, les accents et les appellations connues sont tolérés :
                         « Assurance maladie » désigne la CPAM)
  --year AAAA            une seule année (par défaut : toute la durée du contrat)
  --format text|json|xlsx
                         sortie lisible (par défaut), JSON, ou classeur (avec --out)
  --out relevé.xlsx      écrit aussi le relevé dans un NOUVEAU classeur (imprimable en A4)
  --as-of AAAA-MM-JJ     date de référence (par défaut : aujourd'hui)
  --profile normandie|centre-val-de-loire|generic
  --lang fr|en

Codes de sortie : 0 relevé produit, 2 classeur inutilisable, partenaire ou année inconnus,
arguments invalides.
`;

const EN_STATEMENT_HELP = `cls-workbook statement — partner statement

Usage:
  cls-workbook statement <workbook.xlsx> --funder <partner> [options]

  --funder NAME          the partner, as in the workbook's partner list (case, accents and
                         known names are tolerated: "Assurance maladie" means the CPAM)
  --year YYYY            one year only (default: the whole contract)
  --format text|json|xlsx
                         readable output (default), JSON, or a workbook (with --out)
  --out statement.xlsx   also writes the statement to a NEW workbook (prints on A4)
  --as-of YYYY-MM-DD     reference date (default: today)
  --profile normandie|centre-val-de-loire|generic
  --lang fr|en

Exit status: 0 statement produced, 2 unusable workbook, unknown partner or year, invalid
arguments.
`;

const FR_DIFF_HELP = `cls-workbook diff — ce qui a changé entre deux versions d'un CLS

Utilisation :
  cls-workbook diff <avant.xlsx> <après.xlsx> [--format text|json] [--lang fr|en]

Les engagements sont rapprochés par leur contenu (objet, n° action, financeur, nature, année),
les actions par leur n° et les indicateurs par action et intitulé, jamais par numéro de ligne.
Les deux classeurs doivent être deux versions du même CLS (même nom, même territoire).

Codes de sortie : 0 comparaison faite, 2 classeur inutilisable, classeurs de deux CLS
différents, arguments invalides.
`;

const EN_DIFF_HELP = `cls-workbook diff — what changed between two versions of a CLS

Usage:
  cls-workbook diff <before.xlsx> <after.xlsx> [--format text|json] [--lang fr|en]

Commitments are matched by content (object, action no., funder, nature, year), actions by
number and indicators by action and wording, never by row number. Both workbooks must be two
versions of the same CLS (same name, same territory).

Exit status: 0 compared, 2 unusable workbook, workbooks of two different CLS, invalid
arguments.
`;

const fr: ReviewCliTexts = {
  helpMore: FR_MORE,
  statementHelp: FR_STATEMENT_HELP,
  diffHelp: FR_DIFF_HELP,
  statementNoWorkbook: 'indiquez le classeur .xlsx du CLS : cls-workbook statement <classeur.xlsx> --funder CPAM',
  statementOneWorkbook: (n) => `un relevé porte sur un seul classeur (${n} indiqués)`,
  statementNoFunder: 'indiquez le partenaire : --funder CPAM (un nom de la liste des partenaires du classeur)',
  badYear: (v) => `année « ${v} » invalide pour --year : attendu AAAA, par exemple 2026`,
  unknownPartner: (f, a, names) =>
    names.length === 0
      ? `« ${a} » n'est pas un partenaire de ${f} : sa liste des partenaires (CLS_Financeurs) est vide`
      : `« ${a} » n'est pas un partenaire de ${f} ; partenaires de la liste : ${list(names)}`,
  ambiguousPartner: (f, a, names) => `« ${a} » désigne plusieurs partenaires de ${f} : ${list(names)} ; indiquez le nom exact`,
  unknownYear: (f, y, years) => `${f} n'a ni engagement ni année de contrat en ${y} ; années : ${years.join(', ')}`,
  xlsxNeedsOut: '--format xlsx écrit un classeur : indiquez son nom avec --out relevé.xlsx',
  outNotXlsx: (p) => `le relevé ${p} doit porter l'extension .xlsx`,
  outExists: (p) => `le fichier ${p} existe déjà : choisissez un nouveau nom (rien n'est écrasé)`,
  outIsInput: (p) => `${p} désigne le classeur lu : la ligne de commande n'écrit jamais dans un classeur existant`,
  outFolderMissing: (p) => `le dossier de ${p} n'existe pas`,
  outWriteFailed: (p, r) => `écriture de ${p} impossible : ${r}`,
  statementWritten: (p) => `Relevé écrit : ${p}`,
  diffNeedsTwo: 'indiquez deux classeurs : cls-workbook diff <avant.xlsx> <après.xlsx>',
  diffSameFile: (p) => `${p} est indiqué deux fois : donnez la version précédente puis la nouvelle`,
  notSameCls: (a, b, ca, cb) => `${a} (« ${ca} ») et ${b} (« ${cb} ») ne sont pas deux versions du même CLS (nom ou territoire différents) : rien n'est comparé`,
  unnamedCls: 'sans nom',
  reportDirWritten: (n, p) => `${n} rapport${n > 1 ? 's' : ''} par CLS écrit${n > 1 ? 's' : ''} dans ${p}`,
  nothingReadable: (n) => `aucun classeur CLS lisible parmi ${n} fichier${n > 1 ? 's' : ''} : rien à contrôler`,
  ownReportOnly: (f) => `${f} est un rapport ou un relevé écrit par Tableaux CLS, pas le classeur d'un CLS : rien à contrôler`,
};

const en: ReviewCliTexts = {
  helpMore: EN_MORE,
  statementHelp: EN_STATEMENT_HELP,
  diffHelp: EN_DIFF_HELP,
  statementNoWorkbook: 'name the CLS .xlsx workbook: cls-workbook statement <workbook.xlsx> --funder CPAM',
  statementOneWorkbook: (n) => `a statement covers one workbook (${n} given)`,
  statementNoFunder: 'name the partner: --funder CPAM (a name of the workbook’s partner list)',
  badYear: (v) => `invalid year "${v}" for --year: expected YYYY, e.g. 2026`,
  unknownPartner: (f, a, names) =>
    names.length === 0
      ? `"${a}" is not a partner of ${f}: its partner list (CLS_Financeurs) is empty`
      : `"${a}" is not a partner of ${f}; partners of the list: ${listEn(names)}`,
  ambiguousPartner: (f, a, names) => `"${a}" means several partners of ${f}: ${listEn(names)}; give the exact name`,
  unknownYear: (f, y, years) => `${f} has neither a commitment nor a contract year in ${y}; years: ${years.join(', ')}`,
  xlsxNeedsOut: '--format xlsx writes a workbook: name it with --out statement.xlsx',
  outNotXlsx: (p) => `statement ${p} must have the .xlsx extension`,
  outExists: (p) => `file ${p} already exists: choose a new name (nothing is overwritten)`,
  outIsInput: (p) => `${p} names the workbook being read: the command line never writes into an existing workbook`,
  outFolderMissing: (p) => `the folder of ${p} does not exist`,
  outWriteFailed: (p, r) => `cannot write ${p}: ${r}`,
  statementWritten: (p) => `Statement written: ${p}`,
  diffNeedsTwo: 'name two workbooks: cls-workbook diff <before.xlsx> <after.xlsx>',
  diffSameFile: (p) => `${p} is given twice: name the previous version, then the new one`,
  notSameCls: (a, b, ca, cb) => `${a} ("${ca}") and ${b} ("${cb}") are not two versions of the same CLS (name or territory differ): nothing is compared`,
  unnamedCls: 'unnamed',
  reportDirWritten: (n, p) => `${n} per-CLS report${n > 1 ? 's' : ''} written to ${p}`,
  nothingReadable: (n) => `no readable CLS workbook among ${n} file${n > 1 ? 's' : ''}: nothing to check`,
  ownReportOnly: (f) => `${f} is a report or statement written by Tableaux CLS, not a CLS workbook: nothing to check`,
};

export const REVIEW_CLI_TEXTS: Readonly<Record<Lang, ReviewCliTexts>> = { fr, en };
