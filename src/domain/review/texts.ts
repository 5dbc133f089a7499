/** The words of the regional review, French and English: the report workbook, the command line and the page share them. */
import type { Lang } from '../report';
import type { ThemeStatus } from './summary';

export interface ReviewTexts {
  readonly title: string;
  /** `Situation au 23/11/2026`. */
  asOf(date: string): string;
  counted(count: number): string;
  unusable(count: number): string;
  olderVersions(count: number): string;
  ownReports(count: number): string;
  readonly summarySheet: string;
  readonly partnersSheet: string;
  readonly controlSheet: string;
  readonly totalsSheet: string;
  readonly setAsideSheet: string;
  readonly number: string;
  readonly cls: string;
  readonly territory: string;
  readonly profile: string;
  readonly file: string;
  readonly errors: string;
  readonly warnings: string;
  readonly secured: string;
  readonly requested: string;
  readonly committed: string;
  readonly forecast: string;
  readonly valued: string;
  readonly budget: string;
  readonly remaining: string;
  readonly arsShare: string;
  readonly coordination: string;
  readonly themes: string;
  readonly late: string;
  readonly undated: string;
  readonly total: string;
  readonly partner: string;
  readonly unlisted: string;
  readonly year: string;
  readonly noYear: string;
  readonly action: string;
  readonly actionTitle: string;
  readonly severity: string;
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly value: string;
  readonly suggestion: string;
  readonly code: string;
  readonly noFinding: string;
  readonly reason: string;
  readonly byPartnerTitle: string;
  readonly byYearTitle: string;
  readonly byActionTitle: string;
  readonly committedNote: string;
  readonly themeStatus: Readonly<Record<ThemeStatus, string>>;
  /** One year of the coordination post: `2026 : ARS 25 000 € (50 % du poste) conforme`. */
  coordinationYear(year: number, ars: string, share: string | null, ok: boolean, applies: boolean): string;
  readonly coordinationNone: string;
  readonly ownReport: string;
  olderVersion(kept: string): string;
  readonly unnamed: string;
  /** A spreadsheet in another format than .xlsx (`.xls`, `.ods`…): why it is set aside. */
  otherFormat(file: string, extension: string): string;
}

/** Spreadsheet formats other than Office Open XML, by extension. */
export const OTHER_SPREADSHEET = /\.(xls|xlsb|ods|ots|fods|numbers|csv)$/i;

const FORMAT_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: {
    '.xls': 'classeur Excel 97-2003 (.xls)',
    '.xlsb': 'classeur Excel binaire (.xlsb)',
    '.ods': 'classeur OpenDocument (.ods)',
    '.ots': 'modèle OpenDocument (.ots)',
    '.fods': 'classeur OpenDocument à plat (.fods)',
    '.numbers': 'classeur Numbers (.numbers)',
    '.csv': 'fichier texte CSV (.csv), sans les tableaux du CLS',
  },
  en: {
    '.xls': 'Excel 97-2003 workbook (.xls)',
    '.xlsb': 'Excel binary workbook (.xlsb)',
    '.ods': 'OpenDocument spreadsheet (.ods)',
    '.ots': 'OpenDocument template (.ots)',
    '.fods': 'flat OpenDocument spreadsheet (.fods)',
    '.numbers': 'Numbers spreadsheet (.numbers)',
    '.csv': 'CSV text file (.csv), without the CLS tables',
  },
};



const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const fr: ReviewTexts = {
  title: 'Revue régionale des contrats locaux de santé',
  asOf: (d) => `Situation au ${d}`,
  counted: (n) => plural(n, 'CLS compté', 'CLS comptés'),
  unusable: (n) => plural(n, 'fichier inutilisable', 'fichiers inutilisables'),
  olderVersions: (n) => plural(n, 'version plus ancienne écartée', 'versions plus anciennes écartées'),
  ownReports: (n) => plural(n, 'rapport Tableaux CLS ignoré', 'rapports Tableaux CLS ignorés'),
  summarySheet: 'Revue des CLS',
  partnersSheet: 'CLS × partenaires',
  controlSheet: 'Contrôle',
  totalsSheet: 'Totaux',
  setAsideSheet: 'Fichiers écartés',
  number: 'N°',
  cls: 'CLS',
  territory: 'Territoire',
  profile: 'Profil',
  file: 'Fichier',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  secured: 'Acquis',
  requested: 'Sollicité',
  committed: 'Engagé',
  forecast: 'Prévisionnel',
  valued: 'Valorisé',
  budget: 'Budget des actions',
  remaining: 'Restant à trouver',
  arsShare: 'Part de l’ARS',
  coordination: 'Coordination (ARS) par année',
  themes: 'Volets obligatoires',
  late: 'Actions en retard',
  undated: 'Indicateurs non datés',
  total: 'Total',
  partner: 'Partenaire',
  unlisted: 'Hors liste des partenaires',
  year: 'Année',
  noYear: 'Non renseignée',
  action: 'Action',
  actionTitle: 'Intitulé',
  severity: 'Gravité',
  rule: 'Règle',
  sheet: 'Feuille',
  cell: 'Cellule',
  message: 'Message',
  value: 'Valeur',
  suggestion: 'Suggestion',
  code: 'Code de la règle',
  noFinding: 'Aucun constat : le classeur est conforme.',
  reason: 'Motif',
  byPartnerTitle: 'Engagements financiers par partenaire, tous CLS',
  byYearTitle: 'Engagements financiers par année, tous CLS',
  byActionTitle: 'Par action',
  committedNote: 'Engagé = acquis + sollicité (nature Financier) ; le prévisionnel et le valorisé ne sont pas comptés dans l’engagé.',
  themeStatus: { present: 'présent', missing: 'absent', 'not-required': 'non exigé' },
  coordinationYear: (y, ars, share, ok, applies) =>
    `${y} : ARS ${ars}${share === null ? '' : ` (${share} du poste)`}${applies ? (ok ? ' conforme' : ' non conforme') : ''}`,
  coordinationNone: 'aucun financement du poste',
  ownReport: 'rapport ou relevé écrit par Tableaux CLS : ignoré',
  olderVersion: (kept) => `version plus ancienne du même CLS que ${kept} (retenu) : non comptée`,
  unnamed: '(sans nom)',
  otherFormat: (f, ext) => `${f} : ${FORMAT_NAMES.fr[ext] ?? `fichier ${ext}`}, illisible ici : ouvrez-le et enregistrez-le au format .xlsx`,
};

const en: ReviewTexts = {
  title: 'Regional review of the local health contracts',
  asOf: (d) => `As of ${d}`,
  counted: (n) => pluralEn(n, 'CLS counted', 'CLS counted'),
  unusable: (n) => pluralEn(n, 'unusable file', 'unusable files'),
  olderVersions: (n) => pluralEn(n, 'older version set aside', 'older versions set aside'),
  ownReports: (n) => pluralEn(n, 'Tableaux CLS report skipped', 'Tableaux CLS reports skipped'),
  summarySheet: 'CLS review',
  partnersSheet: 'CLS × partners',
  controlSheet: 'Findings',
  totalsSheet: 'Totals',
  setAsideSheet: 'Files set aside',
  number: 'No.',
  cls: 'CLS',
  territory: 'Territory',
  profile: 'Profile',
  file: 'File',
  errors: 'Errors',
  warnings: 'Warnings',
  secured: 'Secured',
  requested: 'Requested',
  committed: 'Committed',
  forecast: 'Forecast',
  valued: 'Valued',
  budget: 'Action budgets',
  remaining: 'Still to find',
  arsShare: 'ARS share',
  coordination: 'Coordination (ARS) by year',
  themes: 'Mandatory themes',
  late: 'Late actions',
  undated: 'Undated indicators',
  total: 'Total',
  partner: 'Partner',
  unlisted: 'Outside the partner list',
  year: 'Year',
  noYear: 'Not given',
  action: 'Action',
  actionTitle: 'Title',
  severity: 'Severity',
  rule: 'Rule',
  sheet: 'Sheet',
  cell: 'Cell',
  message: 'Message',
  value: 'Value',
  suggestion: 'Suggestion',
  code: 'Rule code',
  noFinding: 'No finding: the workbook is compliant.',
  reason: 'Reason',
  byPartnerTitle: 'Financial commitments by partner, all CLS',
  byYearTitle: 'Financial commitments by year, all CLS',
  byActionTitle: 'By action',
  committedNote: 'Committed = secured + requested (Financier nature); forecast and valued means are outside committed.',
  themeStatus: { present: 'present', missing: 'missing', 'not-required': 'not required' },
  coordinationYear: (y, ars, share, ok, applies) => `${y}: ARS ${ars}${share === null ? '' : ` (${share} of the post)`}${applies ? (ok ? ' compliant' : ' not compliant') : ''}`,
  coordinationNone: 'no funding of the post',
  ownReport: 'report or statement written by Tableaux CLS: skipped',
  olderVersion: (kept) => `older version of the same CLS as ${kept} (kept): not counted`,
  unnamed: '(unnamed)',
  otherFormat: (f, ext) => `${f}: ${FORMAT_NAMES.en[ext] ?? `${ext} file`}, not readable here: open it and save it as .xlsx`,
};

export const REVIEW_TEXTS: Readonly<Record<Lang, ReviewTexts>> = { fr, en };
