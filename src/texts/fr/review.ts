/** The words of the regional review, in French: the report workbook, the command line and the page share them. */
import type { ThemeStatus } from '../../domain/review/summary';

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

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/** Spreadsheet formats other than Office Open XML, by extension. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  '.xls': 'classeur Excel 97-2003 (.xls)',
  '.xlsb': 'classeur Excel binaire (.xlsb)',
  '.ods': 'classeur OpenDocument (.ods)',
  '.ots': 'modèle OpenDocument (.ots)',
  '.fods': 'classeur OpenDocument à plat (.fods)',
  '.numbers': 'classeur Numbers (.numbers)',
  '.csv': 'fichier texte CSV (.csv), sans les tableaux du CLS',
};

export const review: ReviewTexts = {
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
  themeStatus: {
    present: 'présent',
    missing: 'absent',
    'not-required': 'non exigé',
  },
  coordinationYear: (y, ars, share, ok, applies) =>
    `${y} : ARS ${ars}${share === null ? '' : ` (${share} du poste)`}${applies ? (ok ? ' conforme' : ' non conforme') : ''}`,
  coordinationNone: 'aucun financement du poste',
  ownReport: 'rapport ou relevé écrit par Tableaux CLS : ignoré',
  olderVersion: (kept) => `version plus ancienne du même CLS que ${kept} (retenu) : non comptée`,
  unnamed: '(sans nom)',
  otherFormat: (f, ext) => `${f} : ${FORMAT_NAMES[ext] ?? `fichier ${ext}`}, illisible ici : ouvrez-le et enregistrez-le au format .xlsx`,
};
