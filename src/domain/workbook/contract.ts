/** The workbook contract (CONTRACT §1): every table, column, parameter and list, in one place. */
import type { ListId } from './lists';

/** How a cell of a column is parsed and checked. */
export type ColumnKind =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'amount'
  | 'percent'
  | 'date'
  | 'year'
  | 'monthYear'
  | 'list';

export interface ColumnSpec {
  /** Stable identifier used by rules and code; never shown to users. */
  readonly key: string;
  /** Exact header text of the contract (matching tolerates case, spaces and accents). */
  readonly header: string;
  readonly kind: ColumnKind;
  /** The column must exist (bold in CONTRACT §1): `structure.column-missing` otherwise. */
  readonly required: boolean;
  /** An empty cell is reported (`cell.required-missing`, "Incontournable" items of seed 004:994-1013). */
  readonly mandatory?: boolean;
  readonly list?: ListId;
  /** Column width in Excel characters for generated tables. */
  readonly width: number;
}

export type TableId = 'parameters' | 'funders' | 'actions' | 'fundings' | 'evaluation' | 'meetings' | 'instances';

export interface TableSpec {
  readonly id: TableId;
  /** Excel table (ListObject) name: the anchor readers look for first. */
  readonly name: string;
  /** Default sheet name, also the fallback when the table is missing. */
  readonly sheet: string;
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /** Columns numbered by contract year, e.g. `Réalisé année 1` … `Réalisé année N`. */
  readonly yearColumns?: { readonly keyPrefix: string; readonly headerPrefix: string; readonly kind: ColumnKind };
}

const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  width: number,
  options: { required?: boolean; mandatory?: boolean; list?: ListId } = {},
): ColumnSpec => ({
  key,
  header,
  kind,
  width,
  required: options.required ?? false,
  ...(options.mandatory === undefined ? {} : { mandatory: options.mandatory }),
  ...(options.list === undefined ? {} : { list: options.list }),
});

const R = { required: true, mandatory: true } as const;

export const PARAMETERS_TABLE: TableSpec = {
  id: 'parameters',
  name: 'CLS_Parametres',
  sheet: 'Paramètres',
  required: true,
  columns: [col('name', 'Paramètre', 'text', 44, { required: true }), col('value', 'Valeur', 'text', 40, { required: true })],
};

export const FUNDERS_TABLE: TableSpec = {
  id: 'funders',
  name: 'CLS_Financeurs',
  sheet: 'Paramètres',
  required: true,
  columns: [
    col('funder', 'Financeur', 'text', 30, R),
    col('category', 'Catégorie', 'text', 22),
    col('signatory', 'Signataire', 'list', 12, { list: 'yesNo' }),
  ],
};

export const ACTIONS_TABLE: TableSpec = {
  id: 'actions',
  name: 'CLS_Actions',
  sheet: "Plan d'action",
  required: true,
  columns: [
    col('axisNumber', 'N° axe', 'text', 8, R),
    col('axis', 'Axe stratégique', 'text', 28, R),
    col('goalNumber', 'N° objectif général', 'text', 11, R),
    col('goal', 'Objectif général', 'text', 30),
    col('objectiveNumber', 'N° objectif spécifique', 'text', 11, R),
    col('objective', 'Objectif spécifique', 'text', 30),
    col('actionNumber', 'N° action', 'text', 10, R),
    col('title', "Intitulé de l'action", 'text', 36, R),
    col('theme', 'Thématique', 'list', 26, { ...R, list: 'themes' }),
    col('type', 'Type', 'list', 12, { list: 'actionTypes' }),
    col('context', 'Contexte (besoins)', 'text', 30, { mandatory: true }),
    // « Objectif général de l'action », Incontournable (seed 004_6c4d6d0ed7a0af23.txt:1006); checked in Normandie only.
    col('actionObjective', "Objectif de l'action", 'text', 30),
    col('description', 'Descriptif', 'text', 36, { mandatory: true }),
    col('pilot', 'Pilote', 'text', 22, R),
    col('coPilot', 'Co-pilote', 'text', 20),
    col('partners', 'Partenaires', 'text', 24),
    col('territory', 'Territoire', 'text', 18),
    col('audience', 'Public visé', 'text', 20),
    col('start', 'Début', 'date', 12, R),
    col('end', 'Fin', 'date', 12, R),
    col('status', 'Statut', 'list', 14, { ...R, list: 'actionStatuses' }),
    col('progress', 'Avancement (%)', 'percent', 12),
    col('budget', 'Budget prévisionnel (€)', 'amount', 16),
    col('comments', 'Commentaires / difficultés', 'text', 30),
    col('updatedOn', 'Mise à jour le', 'date', 13),
  ],
};

export const FUNDINGS_TABLE: TableSpec = {
  id: 'fundings',
  name: 'CLS_Financements',
  sheet: 'Financements',
  required: true,
  columns: [
    col('object', 'Objet', 'list', 24, { ...R, list: 'fundingObjects' }),
    col('actionNumber', 'N° action', 'text', 10, { list: 'actions' }),
    col('funder', 'Financeur', 'list', 26, { ...R, list: 'funders' }),
    col('nature', 'Nature', 'list', 18, { ...R, list: 'fundingNatures' }),
    col('year', 'Année', 'year', 9, R),
    col('amount', 'Montant (€)', 'amount', 15, R),
    col('status', 'Statut', 'list', 14, { ...R, list: 'fundingStatuses' }),
    // The annual financial review (seed 004_6c4d6d0ed7a0af23.txt:829 « bilan financier annuel »): what was actually paid.
    col('paid', 'Montant versé (€)', 'amount', 15),
    col('comment', 'Commentaire', 'text', 36),
  ],
};

export const EVALUATION_TABLE: TableSpec = {
  id: 'evaluation',
  name: 'CLS_Evaluation',
  sheet: 'Évaluation',
  required: true,
  columns: [
    col('actionNumber', 'N° action', 'text', 10, { ...R, list: 'actions' }),
    col('operationalObjective', 'Objectif opérationnel', 'text', 32),
    col('expectedResults', 'Résultats attendus', 'text', 32),
    col('indicator', 'Indicateur', 'text', 36, R),
    col('indicatorType', "Type d'indicateur", 'list', 14, { ...R, list: 'indicatorTypes' }),
    col('indicatorNature', 'Nature', 'list', 13, { ...R, list: 'indicatorNatures' }),
    col('target', 'Valeur cible', 'text', 12),
    col('tool', "Outil d'évaluation", 'list', 20, { ...R, list: 'evaluationTools' }),
    col('evaluator', 'Qui évalue', 'text', 24, R),
    col('when', 'Quand évaluer', 'monthYear', 14, R),
  ],
  yearColumns: { keyPrefix: 'measure', headerPrefix: 'Réalisé année ', kind: 'text' },
};

export const MEETINGS_TABLE: TableSpec = {
  id: 'meetings',
  name: 'CLS_Suivi',
  sheet: 'Suivi des rencontres',
  required: false,
  columns: [
    col('actionNumber', 'N° action', 'text', 10, { list: 'actions' }),
    col('date', 'Date', 'date', 12),
    col('participants', 'Participants', 'text', 30),
    col('notes', 'Objet et notes', 'text', 44),
    col('followUp', 'Suites (qui / quoi)', 'text', 32),
    col('dueDate', 'Échéance', 'date', 12),
  ],
};

/** The governance log: COPIL, COTECH, dialogue de gestion (seed 004_6c4d6d0ed7a0af23.txt:400-423, 310; 000_afa51b918c030d0f.txt:1156). */
export const INSTANCES_TABLE: TableSpec = {
  id: 'instances',
  name: 'CLS_Instances',
  sheet: 'Instances',
  required: false,
  columns: [
    col('instance', 'Instance', 'list', 22, { ...R, list: 'instanceTypes' }),
    col('date', 'Date', 'date', 12, R),
    col('minutes', 'Compte rendu / lien', 'text', 36),
    col('participants', 'Participants', 'text', 30),
    col('decisions', 'Décisions', 'text', 44),
  ],
};

export const TABLES: readonly TableSpec[] = [
  PARAMETERS_TABLE,
  FUNDERS_TABLE,
  ACTIONS_TABLE,
  FUNDINGS_TABLE,
  EVALUATION_TABLE,
  MEETINGS_TABLE,
  INSTANCES_TABLE,
];

/** Sheets we generate and own: safe to rebuild, never required. */
export const OWNED_SHEETS = {
  engagements: 'Engagements partenaires',
  control: 'Contrôle',
  synthesis: 'Synthèse',
  lists: 'Listes',
} as const;

/**
 * A sheet is ours only if its marker — a workbook-scoped defined name pointing at the sheet — says so.
 * A user's own sheet that happens to be called `Synthèse` is never rebuilt (the marker follows renames).
 */
export const OWNED_SHEET_MARKERS: Readonly<Record<string, string>> = {
  [OWNED_SHEETS.engagements]: 'CLS_Feuille_Engagements',
  [OWNED_SHEETS.synthesis]: 'CLS_Feuille_Synthese',
  [OWNED_SHEETS.lists]: 'CLS_Feuille_Listes',
  [OWNED_SHEETS.control]: 'CLS_Feuille_Controle',
};

export const CONTROL_TABLE_NAME = 'CLS_Controle';
export const CONTROL_HEADERS = ['Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion'] as const;

export type ParameterKind = 'text' | 'date' | 'integer' | 'decimal' | 'amount' | 'list';

export interface ParameterSpec {
  readonly key: ParameterKey;
  readonly label: string;
  readonly kind: ParameterKind;
  readonly required: boolean;
  readonly list?: ListId;
}

export type ParameterKey =
  | 'name'
  | 'territory'
  | 'territoryType'
  | 'regionalProfile'
  | 'signatureDate'
  | 'durationYears'
  | 'population'
  | 'leadAuthority'
  | 'coordinator'
  | 'arsReferent'
  | 'coordinationFte'
  | 'coordinationPostCost'
  | 'diagnosticBy'
  | 'finalEvaluationBy';

const param = (key: ParameterKey, label: string, kind: ParameterKind, required = false, list?: ListId): ParameterSpec => ({
  key,
  label,
  kind,
  required,
  ...(list === undefined ? {} : { list }),
});

/** Rows of `CLS_Parametres`, keyed by the text in `Paramètre`. */
export const PARAMETERS: readonly ParameterSpec[] = [
  param('name', 'Nom du CLS', 'text', true),
  param('territory', 'Territoire', 'text', true),
  param('territoryType', 'Type de territoire', 'list', false, 'territoryTypes'),
  param('regionalProfile', 'Profil régional', 'list', false, 'regionalProfiles'),
  param('signatureDate', 'Date de signature', 'date', true),
  param('durationYears', 'Durée (années)', 'integer', true),
  param('population', 'Population couverte', 'integer'),
  param('leadAuthority', 'Collectivité porteuse', 'text'),
  param('coordinator', 'Coordinateur', 'text'),
  param('arsReferent', 'Référent ARS', 'text'),
  param('coordinationFte', 'ETP coordination', 'decimal'),
  param('coordinationPostCost', 'Coût annuel du poste de coordination (€)', 'amount'),
  param('diagnosticBy', 'Diagnostic réalisé par', 'list', false, 'diagnosticBy'),
  param('finalEvaluationBy', 'Évaluation finale réalisée par', 'list', false, 'finalEvaluationBy'),
];

/** Contract durations (seed 004_6c4d6d0ed7a0af23.txt:382 "durée de 3 à 5 ans"). */
export const MIN_DURATION_YEARS = 3;
export const MAX_DURATION_YEARS = 5;
export const DEFAULT_COORDINATION_FTE = 1;
