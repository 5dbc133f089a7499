/** What the command line says for `statement`, `diff` and the regional review (`validate` on several workbooks), in French. */

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
  /** A file's modification time: `23/11/2026 à 10:02`. */
  modified(year: number, month: string, day: string, time: string): string;
  /** `label :` before a value. */
  readonly colon: string;
  readonly warningsShort: string;
  readonly late: string;
  readonly undated: string;
  readonly themes: string;
  readonly toFind: string;
  readonly coordinationShort: string;
  readonly byCls: string;
  readonly fundingByCls: string;
  readonly legend: string;
  readonly duplicatesTitle: string;
  duplicate(cls: string, kept: string, setAside: readonly string[]): string;
  /** `cls-rapport.xlsx`: the file name of one CLS's report. */
  perClsReport(name: string): string;
}

const list = (names: readonly string[]): string => names.map((n) => `« ${n} »`).join(', ');
const MORE = `
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
const STATEMENT_HELP = `cls-workbook statement — relevé partenaire

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
const DIFF_HELP = `cls-workbook diff — ce qui a changé entre deux versions d'un CLS

Utilisation :
  cls-workbook diff <avant.xlsx> <après.xlsx> [--format text|json] [--lang fr|en]

Les engagements sont rapprochés par leur contenu (objet, n° action, financeur, nature, année),
les actions par leur n° et les indicateurs par action et intitulé, jamais par numéro de ligne.
Les deux classeurs doivent être deux versions du même CLS (même nom, même territoire).

Codes de sortie : 0 comparaison faite, 2 classeur inutilisable, classeurs de deux CLS
différents, arguments invalides.
`;

export const cliReview: ReviewCliTexts = {
  helpMore: MORE,
  statementHelp: STATEMENT_HELP,
  diffHelp: DIFF_HELP,
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
  notSameCls: (a, b, ca, cb) =>
    `${a} (« ${ca} ») et ${b} (« ${cb} ») ne sont pas deux versions du même CLS (nom ou territoire différents) : rien n'est comparé`,
  unnamedCls: 'sans nom',
  reportDirWritten: (n, p) => `${n} rapport${n > 1 ? 's' : ''} par CLS écrit${n > 1 ? 's' : ''} dans ${p}`,
  nothingReadable: (n) => `aucun classeur CLS lisible parmi ${n} fichier${n > 1 ? 's' : ''} : rien à contrôler`,
  modified: (y, m, d, time) => `${d}/${m}/${y} à ${time}`,
  colon: ' :',
  warningsShort: 'Avert.',
  late: 'Retards',
  undated: 'Non datés',
  themes: 'Volets',
  toFind: 'Restant',
  coordinationShort: 'Coord.',
  byCls: 'Par CLS',
  fundingByCls: 'Financements par CLS',
  legend:
    'Restant : financements restant à trouver sur les actions. ARS : part de l’ARS dans l’engagé. Coord. : règles du poste de coordination (✓ respectées, ✗ années en défaut, — sans objet).',
  duplicatesTitle: 'Même CLS trouvé plusieurs fois (compté une fois, la version la plus récente)',
  duplicate: (cls, kept, aside) => `${cls} : retenu ${kept} ; écarté${aside.length > 1 ? 's' : ''} ${aside.join(', ')}`,
  perClsReport: (name) => `${name}-rapport.xlsx`,
  ownReportOnly: (f) => `${f} est un rapport ou un relevé écrit par Tableaux CLS, pas le classeur d'un CLS : rien à contrôler`,
};
