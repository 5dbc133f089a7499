/**
 * What coordinators write in their own workbooks, mapped to the contract (CONTRACT §1): header synonyms
 * per kind of area and value maps for statuses, natures, objets and tools. Data only, French first.
 */
import type { ActionStatus, FundingNature, FundingObject, FundingStatus } from '../workbook/lists';
import { foldHeader } from '../values/text';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDINGS_TABLE } from '../workbook/contract';

/** `Montant (€) :` → `montant`; `Qui évalue ?` → `qui evalue`: headers compared without units, marks and colons. */
export function headerKey(text: string): string {
  return foldHeader(text)
    .replace(/\((?:en )?(?:€|euros?|eur|k€)\)/g, '')
    .replace(/(?:^|\s)€(?=\s|$)/g, ' ')
    .replace(/[?:*.]+/g, ' ')
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const FUNDING_LIST_FIELDS = ['object', 'actionNumber', 'funder', 'nature', 'year', 'amount', 'status', 'paid', 'comment'] as const;
export type FundingListField = (typeof FUNDING_LIST_FIELDS)[number];

export const ACTION_LIST_FIELDS = [
  'axisNumber',
  'axis',
  'actionNumber',
  'title',
  'theme',
  'pilot',
  'coPilot',
  'partners',
  'audience',
  'territory',
  'start',
  'end',
  'status',
  'progress',
  'budget',
  'comments',
] as const;
export type ActionListField = (typeof ACTION_LIST_FIELDS)[number];

export const EVALUATION_FIELDS = [
  'actionNumber',
  'operationalObjective',
  'expectedResults',
  'indicator',
  'indicatorType',
  'indicatorNature',
  'target',
  'tool',
  'evaluator',
  'when',
] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];

/** Fields of a fiche action (one sheet per action, label/value lines), named by the contract's `CLS_Actions` keys. */
export const ACTION_FICHE_FIELDS = [
  'actionNumber',
  'title',
  'goal',
  'objective',
  'context',
  'actionObjective',
  'description',
  'pilot',
  'coPilot',
  'partners',
  'territory',
  'audience',
  'start',
  'end',
  'budget',
] as const;
export type ActionFicheField = (typeof ACTION_FICHE_FIELDS)[number];

/**
 * Labels of the guides' fiche model (Normandie guide, seed 004_6c4d6d0ed7a0af23.txt:990-1030), compared by
 * `headerKey`; a label also matches when followed by ` /`, ` (` or ` n°` and more (« Calendrier / Début et durée… »).
 */
export const ACTION_FICHE_LABELS: Readonly<Record<ActionFicheField, readonly string[]>> = {
  actionNumber: ['n° action', 'n° de l action', 'n° fiche', 'n° fiche action', 'fiche action n°', 'fiche action', 'action n°', 'numero de l action', 'numero action', 'numero de fiche', 'objectif operationnel / fiche action n°', 'objectif operationnel / action n°'],
  title: ['intitule', 'intitule de l action', 'titre', 'titre de l action', 'nom de l action', 'libelle de l action', 'action'],
  goal: ['objectif principal / enjeu n°', 'objectif principal / enjeu', 'objectif principal', 'enjeu', 'enjeu n°', 'objectif strategique'],
  objective: ['objectif specifique n°', 'objectif specifique', 'objectifs specifiques'],
  context: ['a quels besoins l action repond-t-elle / contexte', 'a quels besoins l action repond-t-elle', 'contexte', 'contexte / besoins', 'contexte et besoins', 'besoins', 'constat', 'problematique'],
  actionObjective: ['objectif general de l action', 'objectif de l action', 'objectifs de l action', 'objectif general', 'objectifs generaux'],
  description: ['descriptif des actions', 'descriptif de l action', 'descriptif', 'description', 'description de l action', 'contenu de l action', 'modalites de mise en oeuvre', 'modalites de mise en œuvre'],
  pilot: ['pilotage de l action', 'pilote', 'pilote de l action', 'porteur', 'porteur de l action', 'structure porteuse', 'responsable de l action'],
  coPilot: ['co-pilote', 'copilote', 'co pilote'],
  partners: ['partenaires', 'partenaires associes', 'partenaires mobilises', 'equipe projet / partenariats', 'partenariats'],
  territory: ['territoire de l action', 'territoire', 'territoire concerne'],
  audience: ['public vise', 'public', 'public cible', 'publics cibles', 'publics vises', 'population cible', 'beneficiaires'],
  start: ['debut', 'date de debut', 'demarrage'],
  end: ['fin', 'date de fin', 'echeance'],
  budget: ['budget', 'budget previsionnel', 'budget previsionnel de l action', 'budget previsionnel de l action et sources de financement', 'budget global', 'cout', 'cout total', 'cout previsionnel', 'montant total'],
};

/** Labels of the fiche model that are recognised (they make a sheet a fiche) but feed no contract column. */
export const ACTION_FICHE_OTHER_LABELS: readonly string[] = [
  'calendrier',
  'indicateurs de suivi et de resultats',
  'indicateurs',
  'indicateurs d evaluation',
  'evaluation',
  'axe',
  'thematique',
  'axe / thematique',
  'action nouvelle / action reconduite',
  'action nouvelle / action preexistante',
  'avec quels autres politiques ou dispositifs l action s articule-t-elle',
  'financements',
  'sources de financement',
];

/** A sheet named for its action: `Fiche 1.1.1`, `FA 2.3.1`, `Fiche action 4`, `Action 1.2`. */
export const FICHE_SHEET_NUMBER = /^(?:fiche\s*(?:action)?|fa|action)\s*(?:n°\s*)?(\d+(?:\.\d+)*)(?!\S)/i;

/** The fiche field (or `'other'`) a label cell names, or null. */
export function ficheLabel(text: string): ActionFicheField | 'other' | null {
  const key = headerKey(text);
  if (key === '' || key.length > 120) return null;
  const matches = (names: readonly string[]): boolean => names.some((n) => key === n || (key.startsWith(n) && /^ (?:\/|\(|n°)/.test(key.slice(n.length))));
  for (const field of ACTION_FICHE_FIELDS) if (matches(ACTION_FICHE_LABELS[field])) return field;
  return matches(ACTION_FICHE_OTHER_LABELS) ? 'other' : null;
}

/** Headers of a long list of commitments (one line per partner, action and year). */
export const FUNDING_LIST_HEADERS: Readonly<Record<FundingListField, readonly string[]>> = {
  object: ['objet', 'poste', 'objet du financement', 'type de depense'],
  actionNumber: ['n° action', 'n° de l action', 'n° fiche', 'n° fiche action', 'numero action', 'numero de l action', 'ref', 'reference', 'ref action', 'code action', 'action n°', 'fiche action'],
  funder: ['financeur', 'financeurs', 'partenaire', 'partenaire financeur', 'organisme', 'organisme financeur', 'source de financement', 'origine des fonds'],
  nature: ['nature', 'nature de l apport', 'type de financement', 'type d apport', 'forme de l apport'],
  year: ['annee', 'exercice', 'annee budgetaire', 'millesime'],
  amount: ['montant', 'somme', 'montant engage', 'montant accorde', 'montant demande', 'montant sollicite', 'montant de l engagement', 'engagement', 'subvention'],
  status: ['statut', 'etat', 'etat de la demande', 'situation', 'decision', 'statut de la demande'],
  paid: ['montant verse', 'verse', 'montant paye', 'paye'],
  comment: ['commentaire', 'commentaires', 'observations', 'observation', 'remarques', 'notes'],
};

/** Headers of a dashboard of actions (tableau de bord, suivi du programme). */
export const ACTION_LIST_HEADERS: Readonly<Record<ActionListField, readonly string[]>> = {
  axisNumber: ['n° axe', 'numero axe'],
  axis: ['axe', 'axe strategique', 'axes', 'axe du cls'],
  actionNumber: ['n° action', 'n°', 'ref', 'reference', 'numero', 'numero d action', 'numero de l action', 'code', 'n° fiche', 'n° fiche action', 'fiche'],
  title: ['intitule de l action', 'intitule', 'action', 'actions', 'libelle', 'libelle de l action', 'nom de l action', 'titre', 'fiche action'],
  theme: ['thematique', 'theme'],
  pilot: ['pilote', 'porteur', 'porteur de l action', 'pilote de l action', 'responsable', 'referent', 'structure porteuse'],
  coPilot: ['co-pilote', 'copilote', 'co pilote'],
  partners: ['partenaires', 'partenaires associes', 'co-porteurs'],
  audience: ['public', 'public vise', 'public cible', 'publics', 'publics cibles'],
  territory: ['territoire', 'territoire de l action', 'lieu'],
  start: ['debut', 'date de debut', 'demarrage', 'date de demarrage'],
  end: ['fin', 'date de fin', 'echeance', 'date d echeance', 'date limite', 'echeancier'],
  status: ['statut', 'etat', 'etat d avancement', 'situation', 'statut de l action'],
  progress: ['avancement (%)', '% avancement', 'avancement', 'taux d avancement', '% realise', 'pourcentage d avancement'],
  budget: ['budget', 'budget previsionnel', 'cout', 'cout total', 'cout previsionnel', 'montant total', 'budget total'],
  comments: ['commentaires', 'commentaire', 'observations', 'difficultes', 'commentaires / difficultes', 'remarques', 'points de vigilance'],
};

/** Headers of an evaluation grid (grille de protocole d'évaluation). */
export const EVALUATION_HEADERS: Readonly<Record<EvaluationField, readonly string[]>> = {
  actionNumber: ['n° action', 'n°', 'action n°', 'n° de l action', 'n° fiche', 'n° fiche action', 'numero action', 'ref', 'reference', 'fiche action n°'],
  operationalObjective: ['objectif operationnel', 'objectifs operationnels', 'objectif'],
  expectedResults: ['resultats attendus', 'resultat attendu', 'resultats'],
  indicator: ['indicateur', 'indicateurs', 'indicateurs de suivi', 'indicateurs de suivi et de resultats', 'indicateurs d evaluation', 'indicateurs de resultats'],
  indicatorType: ['type d indicateur', 'type', 'processus / resultat', 'type (processus / resultat)'],
  indicatorNature: ['nature', 'quantitatif / qualitatif', 'nature de l indicateur'],
  target: ['valeur cible', 'cible', 'objectif chiffre', 'valeur attendue'],
  tool: ['outil d evaluation', 'outils', 'outil', 'outils d evaluation', 'outils de mesure', 'outils de recueil', 'sources'],
  evaluator: ['qui evalue', 'qui', 'evaluateur', 'responsable de l evaluation', 'qui evalue ?'],
  when: ['quand evaluer', 'quand', 'date d evaluation', 'periodicite', 'calendrier', 'echeance'],
};

/** Columns of a partner matrix that are not partners, by what their header says. */
export type MatrixColumnRole = 'remaining' | 'total' | 'budget' | 'ratio';
export const MATRIX_COLUMN_ROLES: readonly { readonly role: MatrixColumnRole; readonly pattern: RegExp }[] = [
  { role: 'remaining', pattern: /restant|reste a (trouver|financer)|a trouver|a financer|non finance/ },
  { role: 'ratio', pattern: /taux|couverture|%|pourcentage/ },
  { role: 'total', pattern: /^(sous )?total|total (engage|des financements|financements|general)|^somme$/ },
  { role: 'budget', pattern: /budget|cout|montant total|depense/ },
];

/** Header words of the label columns on the left of a partner matrix. */
export const MATRIX_LABEL_HEADERS: readonly string[] = ['cls', 'actions', 'action', 'n° action', 'n°', 'fiche action', 'intitule', 'intitule de l action', 'objet', 'libelle', 'axe / action', 'axes et actions'];

/** Matrix header abbreviations of the Centre-Val de Loire guide (seed 000_afa51b918c030d0f.txt:1440-1470) → default partner-list names. */
export const PARTNER_HEADER_ALIASES: Readonly<Record<string, string>> = {
  'coll locale': 'Collectivité porteuse',
  'collectivite locale': 'Collectivité porteuse',
  'coll porteuse': 'Collectivité porteuse',
  'conseil reg': 'Conseil régional',
  'conseil dep': 'Conseil départemental',
  'conference des financeurs': 'Conférence des financeurs',
  'conf des financeurs': 'Conférence des financeurs',
  autres: 'Autre',
  'autres financeurs': 'Autre',
  'autres partenaires': 'Autre',
  divers: 'Autre',
};

/** Rows of a matrix or list that total others. */
export const TOTAL_LABEL = /^(sous[ -]?)?(total|totaux)\b|^montant total/;
/** A title row naming a year only (`Année 2026`, `2026`, `Financements 2026`). */
export const YEAR_TITLE = /^(?:annee|exercice|financements?|budget|engagements?)?\s*(20\d\d)$/;
/** An axis title row (`Axe 2 : Nutrition`, `AXE II - …`). */
export const AXIS_LABEL = /^axe\s*(?:strategique\s*)?(?:n°\s*)?([0-9]+|[ivx]+)?\b\s*[:.\-–]?\s*(.*)$/;
/** Objective title rows, kept out of the actions. */
export const OBJECTIVE_LABEL = /^(objectif|enjeu|orientation|sous-axe)\b/;
/** An action number (12.1.1, 1.2, A.1.1) at the start of a label. */
export const ACTION_NUMBER = /^(?:(?:fiche\s*)?action\s*(?:n°\s*)?|fa\s*|n°\s*)?((?:\d+|[a-z])(?:\.\d+)+)\b\.?\s*[:\-–]?\s*(.*)$/i;

/** Commitment statuses as people write them → the contract's list (CONTRACT §1 Statut). */
export const FUNDING_STATUS_MAP: Readonly<Record<string, FundingStatus>> = {
  acquis: 'Acquis',
  notifie: 'Acquis',
  notifiee: 'Acquis',
  accorde: 'Acquis',
  accordee: 'Acquis',
  obtenu: 'Acquis',
  vote: 'Acquis',
  votee: 'Acquis',
  signe: 'Acquis',
  conventionne: 'Acquis',
  verse: 'Acquis',
  valide: 'Acquis',
  engage: 'Acquis',
  sollicite: 'Sollicité',
  demande: 'Sollicité',
  'demande en cours': 'Sollicité',
  depose: 'Sollicité',
  'en attente': 'Sollicité',
  'en cours d instruction': 'Sollicité',
  'en instruction': 'Sollicité',
  previsionnel: 'Prévisionnel',
  envisage: 'Prévisionnel',
  prevu: 'Prévisionnel',
  'a solliciter': 'Prévisionnel',
  'a demander': 'Prévisionnel',
  'a confirmer': 'Prévisionnel',
  potentiel: 'Prévisionnel',
};

/** Natures as people write them → the contract's list. « Valorisation » alone is staff time, as in the guides' « valorisation des moyens humains ». */
export const FUNDING_NATURE_MAP: Readonly<Record<string, FundingNature>> = {
  financier: 'Financier',
  financiere: 'Financier',
  numeraire: 'Financier',
  subvention: 'Financier',
  credits: 'Financier',
  financement: 'Financier',
  'humain valorise': 'Humain valorisé',
  valorisation: 'Humain valorisé',
  'valorisation humaine': 'Humain valorisé',
  'temps de travail': 'Humain valorisé',
  'moyens humains': 'Humain valorisé',
  'mise a disposition de personnel': 'Humain valorisé',
  humain: 'Humain valorisé',
  'materiel valorise': 'Matériel valorisé',
  'valorisation materielle': 'Matériel valorisé',
  materiel: 'Matériel valorisé',
  'moyens materiels': 'Matériel valorisé',
  locaux: 'Matériel valorisé',
  'mise a disposition de locaux': 'Matériel valorisé',
  logistique: 'Matériel valorisé',
};

/** Objets of a commitment (rows of a matrix, or an Objet column) → the contract's list. */
export const FUNDING_OBJECT_MAP: Readonly<Record<string, FundingObject>> = {
  action: 'Action',
  coordination: 'Coordination',
  'poste de coordination': 'Coordination',
  'coordination du cls': 'Coordination',
  'animation et coordination': 'Coordination',
  diagnostic: 'Diagnostic',
  'diagnostic local de sante': 'Diagnostic',
  'diagnostic territorial': 'Diagnostic',
  evaluation: 'Évaluation',
  'evaluation finale': 'Évaluation',
  'evaluation du cls': 'Évaluation',
  communication: 'Communication et animation',
  'communication et animation': 'Communication et animation',
  animation: 'Communication et animation',
  autre: 'Autre',
};

/** Action statuses of dashboards → the contract's list. */
export const ACTION_STATUS_MAP: Readonly<Record<string, ActionStatus>> = {
  'non demarree': 'Non démarrée',
  'non demarre': 'Non démarrée',
  'non commence': 'Non démarrée',
  'non commencee': 'Non démarrée',
  'pas commence': 'Non démarrée',
  'a venir': 'Non démarrée',
  'a faire': 'Non démarrée',
  'a lancer': 'Non démarrée',
  'en cours': 'En cours',
  demarre: 'En cours',
  demarree: 'En cours',
  'en cours de realisation': 'En cours',
  realisee: 'Réalisée',
  realise: 'Réalisée',
  termine: 'Réalisée',
  terminee: 'Réalisée',
  fait: 'Réalisée',
  acheve: 'Réalisée',
  achevee: 'Réalisée',
  reportee: 'Reportée',
  reporte: 'Reportée',
  suspendu: 'Reportée',
  suspendue: 'Reportée',
  'en pause': 'Reportée',
  abandonnee: 'Abandonnée',
  abandonne: 'Abandonnée',
  annule: 'Abandonnée',
  annulee: 'Abandonnée',
};

/** Evaluation tools as people write them → the contract's (open) list. */
export const EVALUATION_TOOL_MAP: Readonly<Record<string, string>> = {
  'tableau de suivi': 'Tableau de suivi',
  'tableaux de suivi': 'Tableau de suivi',
  'tableau de bord': 'Tableau de suivi',
  questionnaire: 'Questionnaire',
  questionnaires: 'Questionnaire',
  'questionnaire de satisfaction': 'Questionnaire',
  'feuille d emargement': "Feuille d'émargement",
  'feuilles d emargement': "Feuille d'émargement",
  emargement: "Feuille d'émargement",
  'liste d emargement': "Feuille d'émargement",
  'compte rendu': 'Compte rendu',
  'comptes rendus': 'Compte rendu',
  cr: 'Compte rendu',
  'grille d observation': "Grille d'observation",
  grille: "Grille d'observation",
  entretiens: 'Entretiens',
  entretien: 'Entretiens',
  autre: 'Autre',
};

/** Looks a source value up in a value map with header tolerance (case, accents, punctuation). */
export function mapValue<T extends string>(map: Readonly<Record<string, T>>, text: string): T | undefined {
  return map[headerKey(text)];
}

const TABLE_OF_KIND = { 'funding-list': FUNDINGS_TABLE, 'action-list': ACTIONS_TABLE, 'action-fiche': ACTIONS_TABLE, 'evaluation-grid': EVALUATION_TABLE } as const;

/** The contract header a mapping field feeds (`amount` of a list of commitments → `Montant (€)`). */
export function contractHeader(kind: keyof typeof TABLE_OF_KIND, field: string): string {
  return TABLE_OF_KIND[kind].columns.find((c) => c.key === field)?.header ?? field;
}
