/** Closed and open value lists of the contract (CONTRACT §1), each with the defined name that feeds its drop-down. */

export const THEMES = [
  'Santé mentale',
  'Nutrition (alimentation, activité physique)',
  'Santé environnementale',
  'Accès aux soins',
  'Prévention et promotion de la santé',
  'Parentalité et petite enfance',
  'Jeunes',
  'Personnes âgées et autonomie',
  'Handicap',
  'Précarité et accès aux droits',
  'Addictions',
  'Santé sexuelle',
  'Gouvernance et animation du CLS',
  'Autre',
] as const;

export const ACTION_STATUSES = ['Non démarrée', 'En cours', 'Réalisée', 'Reportée', 'Abandonnée'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TYPES = ['Nouvelle', 'Reconduite'] as const;

export const FUNDING_OBJECTS = [
  'Action',
  'Coordination',
  'Diagnostic',
  'Évaluation',
  'Communication et animation',
  'Autre',
] as const;
export type FundingObject = (typeof FUNDING_OBJECTS)[number];

export const FUNDING_NATURES = ['Financier', 'Humain valorisé', 'Matériel valorisé'] as const;
export type FundingNature = (typeof FUNDING_NATURES)[number];

export const FUNDING_STATUSES = ['Acquis', 'Sollicité', 'Prévisionnel'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const INDICATOR_TYPES = ['Processus', 'Résultat'] as const;
export const INDICATOR_NATURES = ['Quantitatif', 'Qualitatif'] as const;

/** Open list: other tools are accepted (CONTRACT §1 "list, open"). */
export const EVALUATION_TOOLS = [
  'Tableau de suivi',
  'Questionnaire',
  "Feuille d'émargement",
  'Compte rendu',
  "Grille d'observation",
  'Entretiens',
  'Autre',
] as const;

export const YES_NO = ['Oui', 'Non'] as const;

/** Governance instances of the log `CLS_Instances` (seed 004_6c4d6d0ed7a0af23.txt:400-423, 310). */
export const INSTANCE_TYPES = ['COPIL', 'COTECH', 'Dialogue de gestion', 'Autre'] as const;
export type InstanceType = (typeof INSTANCE_TYPES)[number];

export const TERRITORY_TYPES = [
  'Commune',
  'Communauté de communes',
  "Communauté d'agglomération",
  'Métropole',
  'Pays',
  'PETR',
  'PNR',
  'Autre',
] as const;

export const REGIONAL_PROFILES = ['Normandie', 'Centre-Val de Loire', 'Autre'] as const;
export const DIAGNOSTIC_BY = ['ORS', 'Prestataire externe', 'Autre'] as const;
export const FINAL_EVALUATION_BY = ['ORS', 'Prestataire externe', 'Coordinateur', 'Autre'] as const;

/** Default partner rows of `CLS_Financeurs` (seed 000_afa51b918c030d0f.txt:1369-1389, figure 1440-1470). */
export const DEFAULT_FUNDERS = [
  { name: 'ARS', category: 'État', signatory: 'Oui' },
  { name: 'Collectivité porteuse', category: 'Collectivité', signatory: 'Oui' },
  { name: 'Conseil régional', category: 'Collectivité', signatory: 'Non' },
  { name: 'Conseil départemental', category: 'Collectivité', signatory: 'Non' },
  { name: 'Conférence des financeurs', category: 'Autre institution', signatory: 'Non' },
  { name: 'CPAM', category: 'Assurance maladie', signatory: 'Non' },
  { name: 'CAF', category: 'Protection sociale', signatory: 'Non' },
  { name: 'ANCT', category: 'État', signatory: 'Non' },
  { name: 'MSA', category: 'Protection sociale', signatory: 'Non' },
  { name: 'Préfecture', category: 'État', signatory: 'Non' },
  { name: 'Autre', category: 'Autre', signatory: 'Non' },
] as const;

/** Every list that feeds a drop-down, keyed by id, with its workbook-scoped defined name. */
export const LISTS = {
  themes: { name: 'Liste_Thematiques', values: THEMES, open: false },
  actionStatuses: { name: 'Liste_Statuts', values: ACTION_STATUSES, open: false },
  actionTypes: { name: 'Liste_Types_Action', values: ACTION_TYPES, open: false },
  fundingObjects: { name: 'Liste_Objets', values: FUNDING_OBJECTS, open: false },
  fundingNatures: { name: 'Liste_Natures', values: FUNDING_NATURES, open: false },
  fundingStatuses: { name: 'Liste_Statuts_Financement', values: FUNDING_STATUSES, open: false },
  indicatorTypes: { name: 'Liste_Types_Indicateur', values: INDICATOR_TYPES, open: false },
  indicatorNatures: { name: 'Liste_Natures_Indicateur', values: INDICATOR_NATURES, open: false },
  evaluationTools: { name: 'Liste_Outils', values: EVALUATION_TOOLS, open: true },
  yesNo: { name: 'Liste_Oui_Non', values: YES_NO, open: false },
  territoryTypes: { name: 'Liste_Types_Territoire', values: TERRITORY_TYPES, open: false },
  regionalProfiles: { name: 'Liste_Profils', values: REGIONAL_PROFILES, open: false },
  diagnosticBy: { name: 'Liste_Diagnostic', values: DIAGNOSTIC_BY, open: false },
  finalEvaluationBy: { name: 'Liste_Evaluation_Finale', values: FINAL_EVALUATION_BY, open: false },
  instanceTypes: { name: 'Liste_Instances', values: INSTANCE_TYPES, open: false },
} as const satisfies Record<string, { name: string; values: readonly string[]; open: boolean }>;

export type StaticListId = keyof typeof LISTS;
/** `funders` is the one dynamic list: the rows of `CLS_Financeurs`; `actions` the numbers of `CLS_Actions`. */
export type ListId = StaticListId | 'funders' | 'actions';

export const DYNAMIC_LIST_NAMES = { funders: 'Liste_Financeurs', actions: 'Liste_Actions' } as const;
