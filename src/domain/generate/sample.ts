/**
 * The `--sample` content: a realistic, fictional CLS (an EPCI, 12 actions over 4 axes, 9 partners) that
 * validates without errors. Deterministic: the same options always give the same data.
 */
import type { ProfileId } from '../report';
import type { FundingNature, FundingObject, FundingStatus, InstanceType } from '../workbook/lists';
import type { ParameterKey } from '../workbook/contract';
import { ymdToSerial } from '../values/dates';
import type { PlanCell } from './plan';

export const DEFAULT_START_YEAR = 2025;

export interface SampleAction {
  readonly axisNumber: string;
  readonly axis: string;
  readonly goalNumber: string;
  readonly goal: string;
  readonly objectiveNumber: string;
  readonly objective: string;
  readonly number: string;
  readonly title: string;
  readonly theme: string;
  readonly type: 'Nouvelle' | 'Reconduite';
  readonly context: string;
  /** `Objectif de l'action`. */
  readonly actionObjective: string;
  readonly description: string;
  readonly pilot: string;
  readonly coPilot: string;
  readonly partners: string;
  readonly territory: string;
  readonly audience: string;
  readonly start: number;
  readonly end: number;
  readonly status: 'Non démarrée' | 'En cours' | 'Réalisée';
  readonly progress: number;
  readonly budgetCents: number;
  readonly comments: string;
  readonly updatedOn: number;
}

export interface SampleFunding {
  readonly object: FundingObject;
  readonly action: string | null;
  readonly funder: string;
  readonly nature: FundingNature;
  readonly year: number;
  readonly amountCents: number;
  readonly status: FundingStatus;
  /** `Montant versé (€)` in cents; null when nothing is paid yet. */
  readonly paidCents: number | null;
  readonly comment: string;
}

export interface SampleIndicator {
  readonly action: string;
  readonly objective: string;
  readonly expectedResults: string;
  readonly indicator: string;
  readonly type: 'Processus' | 'Résultat';
  readonly nature: 'Quantitatif' | 'Qualitatif';
  readonly target: string | number;
  /** Measured values by contract year (index 0 = year 1). */
  readonly measures: readonly (string | number)[];
  readonly tool: string;
  readonly evaluator: string;
  /** Serial of the first day of the month to evaluate (shown `mm/yyyy`). */
  readonly when: number;
}

export interface SampleMeeting {
  readonly action: string;
  readonly date: number;
  readonly participants: string;
  readonly notes: string;
  readonly followUp: string;
  readonly dueDate: number;
}

export interface SampleInstance {
  readonly instance: InstanceType;
  readonly date: number;
  readonly minutes: string;
  readonly participants: string;
  readonly decisions: string;
}

export interface SampleCls {
  /** `Nom du CLS`. */
  readonly title: string;
  /** `Coût annuel du poste de coordination (€)` in cents. */
  readonly coordinationPostCostCents: number;
  readonly parameters: Readonly<Record<ParameterKey, PlanCell>>;
  readonly actions: readonly SampleAction[];
  readonly fundings: readonly SampleFunding[];
  readonly indicators: readonly SampleIndicator[];
  readonly meetings: readonly SampleMeeting[];
  /** The governance log `CLS_Instances`. */
  readonly instances: readonly SampleInstance[];
}

const PROFILE_LABEL: Readonly<Record<ProfileId, string>> = {
  normandie: 'Normandie',
  'centre-val-de-loire': 'Centre-Val de Loire',
  generic: 'Autre',
};

export const profileLabel = (profile: ProfileId): string => PROFILE_LABEL[profile];

const EPCI = 'Communauté de communes du Val de Sélune';
const COORDINATOR = 'Camille Lefèvre';
const euros = (amount: number): number => amount * 100;

/** Builds the sample CLS for a contract signed in `startYear` lasting `years` years. */
export function sampleCls(options: { profile: ProfileId; years: number; startYear: number }): SampleCls {
  const { profile, years, startYear } = options;
  /** A date `yearIndex` years after the signature year. */
  const day = (yearIndex: number, month: number, dayOfMonth: number): number => ymdToSerial(startYear + yearIndex, month, dayOfMonth);
  const lastYear = startYear + years - 1;

  const title = `Contrat local de santé du Val de Sélune ${startYear}-${lastYear}`;
  const coordinationPostCost = 50000;
  const parameters: Record<ParameterKey, PlanCell> = {
    name: title,
    territory: EPCI,
    territoryType: 'Communauté de communes',
    regionalProfile: profileLabel(profile),
    signatureDate: { date: day(0, 3, 14) },
    durationYears: years,
    population: 42600,
    leadAuthority: EPCI,
    coordinator: COORDINATOR,
    arsReferent: 'Julien Marchand',
    coordinationFte: 1,
    coordinationPostCost,
    diagnosticBy: 'ORS',
    finalEvaluationBy: 'Prestataire externe',
  };

  const axes = {
    '1': 'Santé mentale et prévention des conduites addictives',
    '2': 'Nutrition et activité physique',
    '3': 'Santé environnementale',
    '4': 'Accès aux soins et aux droits',
  } as const;
  const goals = {
    '1': 'Promouvoir la santé mentale et prévenir la souffrance psychique',
    '2': 'Prévenir les conduites addictives',
    '3': 'Favoriser une alimentation favorable à la santé',
    '4': 'Développer l’activité physique adaptée',
    '5': 'Réduire l’exposition aux risques environnementaux',
    '6': 'Faciliter l’accès aux soins de premier recours et aux droits',
  } as const;
  const objectives = {
    '1.1': 'Renforcer les compétences des acteurs de première ligne',
    '1.2': 'Améliorer le repérage et l’orientation des jeunes en souffrance psychique',
    '2.1': 'Réduire les consommations à risque chez les 15-25 ans',
    '3.1': 'Améliorer l’offre alimentaire en restauration collective et pour les ménages modestes',
    '4.1': 'Faciliter l’accès au sport-santé',
    '5.1': 'Améliorer la qualité de l’air intérieur dans les lieux d’accueil des jeunes enfants',
    '5.2': 'Lutter contre l’habitat indigne et les risques liés au logement',
    '6.1': 'Attirer et fidéliser les professionnels de santé',
    '6.2': 'Rapprocher les publics fragiles des droits et des soins',
  } as const;

  const updatedOn = day(1, 10, 15);
  const action = (
    axisNumber: keyof typeof axes,
    goalNumber: keyof typeof goals,
    objectiveNumber: keyof typeof objectives,
    number: string,
    fields: Omit<SampleAction, 'axisNumber' | 'axis' | 'goalNumber' | 'goal' | 'objectiveNumber' | 'objective' | 'number' | 'updatedOn' | 'territory'> & {
      territory?: string;
    },
  ): SampleAction => ({
    axisNumber,
    axis: axes[axisNumber],
    goalNumber,
    goal: goals[goalNumber],
    objectiveNumber,
    objective: objectives[objectiveNumber],
    number,
    territory: fields.territory ?? EPCI,
    updatedOn,
    ...fields,
  });

  const actions: SampleAction[] = [
    action('1', '1', '1.1', '1.1.1', {
      title: 'Former les acteurs du territoire aux Premiers secours en santé mentale (PSSM)',
      theme: 'Santé mentale',
      type: 'Nouvelle',
      context: 'Le diagnostic relève un recours tardif aux soins psychiques et des professionnels de proximité démunis face à la crise.',
      actionObjective: 'Rendre les acteurs de première ligne capables de repérer une détresse psychique et d’orienter vers le soin',
      description: 'Organiser des sessions PSSM de deux jours pour les agents d’accueil, les travailleurs sociaux, les élus et les bénévoles.',
      pilot: 'Centre hospitalier de l’Estran',
      coPilot: 'Coordinatrice CLS',
      partners: 'PSSM France, communes, CCAS, associations d’aide à domicile',
      audience: 'Professionnels et bénévoles de première ligne',
      start: day(0, 4, 1),
      end: day(1, 6, 30),
      status: 'Réalisée',
      progress: 1,
      budgetCents: euros(12000),
      comments: '61 personnes formées sur 80 visées ; une session supplémentaire est à programmer.',
    }),
    action('1', '1', '1.1', '1.1.2', {
      title: 'Créer un Conseil local de santé mentale (CLSM)',
      theme: 'Santé mentale',
      type: 'Nouvelle',
      context: 'Absence d’instance de concertation entre la psychiatrie, le social, le logement et les élus (loi 3DS).',
      actionObjective: 'Doter le territoire d’une instance de concertation en santé mentale qui traite les situations complexes',
      description: 'Installer l’assemblée plénière du CLSM, un comité de pilotage et une cellule de situations complexes.',
      pilot: 'Direction des solidarités de la communauté de communes',
      coPilot: 'Centre hospitalier de l’Estran',
      partners: 'Secteur de psychiatrie, bailleurs sociaux, UNAFAM, gendarmerie',
      audience: 'Élus, professionnels, usagers et familles',
      start: day(0, 9, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.45,
      budgetCents: euros(18000),
      comments: 'Assemblée plénière installée ; cellule de situations complexes en cours de structuration.',
    }),
    action('1', '1', '1.2', '1.2.1', {
      title: 'Déployer des permanences de la Maison des adolescents dans les collèges',
      theme: 'Jeunes',
      type: 'Reconduite',
      context: 'Hausse des situations de mal-être repérées par les infirmières scolaires ; maison des adolescents éloignée (45 minutes).',
      actionObjective: 'Repérer plus tôt le mal-être des collégiens et les orienter vers une aide adaptée',
      description: 'Une permanence hebdomadaire d’accueil et d’écoute dans chacun des trois collèges, avec orientation vers le soin si besoin.',
      pilot: 'Maison des adolescents départementale',
      coPilot: 'Principaux des collèges',
      partners: 'Éducation nationale, centre médico-psychologique, PMI',
      audience: 'Collégiens de 11 à 16 ans et leurs parents',
      start: day(0, 9, 1),
      end: day(2, 6, 30),
      status: 'En cours',
      progress: 0.6,
      budgetCents: euros(21000),
      comments: '',
    }),
    action('1', '2', '2.1', '2.1.1', {
      title: 'Intervenir en milieu scolaire et festif pour prévenir les conduites addictives',
      theme: 'Addictions',
      type: 'Nouvelle',
      context: 'Consommations d’alcool et de cannabis supérieures à la moyenne régionale chez les 17 ans (ORS).',
      actionObjective: 'Retarder l’entrée dans les consommations et réduire les risques chez les 15-25 ans',
      description: 'Séances de développement des compétences psychosociales au lycée et stands de réduction des risques lors des fêtes locales.',
      pilot: 'Association de prévention en addictologie',
      coPilot: 'Service jeunesse de la communauté de communes',
      partners: 'Lycée professionnel, comités des fêtes, gendarmerie',
      audience: 'Jeunes de 15 à 25 ans',
      start: day(0, 10, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.35,
      budgetCents: euros(15000),
      comments: '',
    }),
    action('2', '3', '3.1', '3.1.1', {
      title: 'Accompagner les cantines scolaires vers 50 % de produits durables (loi EGalim)',
      theme: 'Nutrition (alimentation, activité physique)',
      type: 'Nouvelle',
      context: 'Les cantines du territoire sont loin des objectifs EGalim ; forte prévalence du surpoids chez les enfants.',
      actionObjective: 'Servir dans chaque cantine au moins 50 % de produits durables et de qualité',
      description: 'Diagnostic des achats, formation des cuisiniers, mise en relation avec les producteurs locaux.',
      pilot: 'Service restauration collective de la communauté de communes',
      coPilot: 'Chambre d’agriculture',
      partners: 'Communes, producteurs locaux, diététicienne',
      audience: 'Enfants des écoles et personnels de cuisine',
      start: day(0, 5, 1),
      end: day(1, 10, 31),
      status: 'Réalisée',
      progress: 1,
      budgetCents: euros(16000),
      comments: 'Objectif de 50 % atteint dans 9 cantines sur 12.',
    }),
    action('2', '3', '3.1', '3.1.2', {
      title: 'Organiser des ateliers « cuisiner petit budget » avec l’épicerie solidaire',
      theme: 'Nutrition (alimentation, activité physique)',
      type: 'Nouvelle',
      context: 'Précarité alimentaire croissante : la fréquentation de l’épicerie solidaire a doublé en deux ans.',
      actionObjective: 'Aider les ménages modestes à cuisiner équilibré avec un petit budget',
      description: 'Ateliers mensuels de cuisine et d’équilibre alimentaire, animés par une diététicienne, ouverts aux familles et aux seniors.',
      pilot: 'Épicerie solidaire Le Panier sélunois',
      coPilot: 'CCAS de Saint-Hilaire-du-Val',
      partners: 'Diététicienne libérale, CAF, Conférence des financeurs',
      audience: 'Familles et seniors aux revenus modestes',
      start: day(1, 1, 15),
      end: day(2, 12, 15),
      status: 'En cours',
      progress: 0.4,
      budgetCents: euros(9000),
      comments: '',
    }),
    action('2', '4', '4.1', '4.1.1', {
      title: 'Créer un parcours sport-santé sur prescription avec la Maison sport-santé',
      theme: 'Nutrition (alimentation, activité physique)',
      type: 'Nouvelle',
      context: 'Sédentarité et maladies chroniques fréquentes ; peu d’offre d’activité physique adaptée en zone rurale.',
      actionObjective: 'Rendre les patients atteints de maladies chroniques durablement plus actifs',
      description: 'Bilan de condition physique, douze semaines d’activité physique adaptée, relais vers les clubs locaux.',
      pilot: 'Maison sport-santé du Val de Sélune',
      coPilot: 'Maison de santé pluriprofessionnelle de Saint-Hilaire',
      partners: 'Médecins généralistes, clubs sportifs, CPAM',
      audience: 'Adultes atteints de maladies chroniques',
      start: day(0, 6, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.5,
      budgetCents: euros(24000),
      comments: '',
    }),
    action('3', '5', '5.1', '5.1.1', {
      title: 'Sensibiliser les assistantes maternelles et les crèches à la qualité de l’air intérieur',
      theme: 'Santé environnementale',
      type: 'Nouvelle',
      context: 'Les jeunes enfants sont exposés aux polluants intérieurs (produits ménagers, aération insuffisante).',
      actionObjective: 'Réduire l’exposition des jeunes enfants aux polluants de l’air intérieur',
      description: 'Ateliers de sensibilisation et prêt de capteurs de CO2 aux structures d’accueil du jeune enfant.',
      pilot: 'Relais petite enfance intercommunal',
      coPilot: 'Conseillère médicale en environnement intérieur',
      partners: 'Crèches, PMI, Atmo Normandie',
      audience: 'Assistantes maternelles et personnels des crèches',
      start: day(0, 9, 1),
      end: day(1, 6, 30),
      status: 'Réalisée',
      progress: 1,
      budgetCents: euros(6500),
      comments: '',
    }),
    action('3', '5', '5.2', '5.2.1', {
      title: 'Repérer et accompagner les situations d’habitat indigne',
      theme: 'Santé environnementale',
      type: 'Reconduite',
      context: 'Parc ancien dégradé en centre-bourg ; signalements d’humidité et de plomb.',
      actionObjective: 'Repérer les logements indignes et faire réaliser les travaux',
      description: 'Former les repéreurs (aides à domicile, travailleurs sociaux), traiter les signalements en commission, accompagner les travaux.',
      pilot: 'Service habitat de la communauté de communes',
      coPilot: 'Délégation départementale de l’ARS',
      partners: 'ADIL, CAF, services d’aide à domicile',
      audience: 'Ménages occupant des logements dégradés',
      start: day(1, 1, 5),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.3,
      budgetCents: euros(14000),
      comments: 'Commission habitat indigne réunie tous les deux mois.',
    }),
    action('3', '5', '5.2', '5.2.2', {
      title: 'Informer la population sur le radon dans l’habitat',
      theme: 'Santé environnementale',
      type: 'Nouvelle',
      context: 'Le territoire est classé en zone 3 (potentiel radon significatif).',
      actionObjective: 'Faire mesurer le radon dans les logements du territoire',
      description: 'Campagne d’information, réunions publiques et distribution de kits de mesure.',
      pilot: 'Service environnement de la communauté de communes',
      coPilot: 'Coordinatrice CLS',
      partners: 'CPIE, communes',
      audience: 'Habitants du territoire',
      start: day(2, 1, 15),
      end: day(2, 11, 30),
      status: 'Non démarrée',
      progress: 0,
      budgetCents: euros(5000),
      comments: 'Démarrage prévu en janvier de la troisième année.',
    }),
    action('4', '6', '6.1', '6.1.1', {
      title: 'Accueillir les internes en médecine (logement, découverte du territoire)',
      theme: 'Accès aux soins',
      type: 'Reconduite',
      context: 'Densité de médecins généralistes inférieure de 30 % à la moyenne nationale ; départs en retraite à venir.',
      actionObjective: 'Faire venir des internes en stage et favoriser l’installation de jeunes médecins',
      description: 'Logement meublé pour les internes, journée d’accueil, mise en relation avec les maîtres de stage.',
      pilot: 'Maison de santé pluriprofessionnelle de Saint-Hilaire',
      coPilot: 'Service attractivité de la communauté de communes',
      partners: 'Faculté de médecine, ordre des médecins, communes',
      audience: 'Internes et jeunes médecins',
      start: day(0, 4, 1),
      end: day(2, 10, 31),
      status: 'En cours',
      progress: 0.55,
      budgetCents: euros(30000),
      comments: '',
    }),
    action('4', '6', '6.2', '6.2.1', {
      title: 'Faire circuler un bus santé-droits dans les communes rurales',
      theme: 'Précarité et accès aux droits',
      type: 'Nouvelle',
      context: 'Non-recours aux droits élevé et absence de transport collectif dans les communes éloignées.',
      actionObjective: 'Réduire le non-recours aux droits et aux soins dans les communes rurales',
      description: 'Permanences itinérantes mensuelles : ouverture de droits, dépistages, information prévention.',
      pilot: 'CCAS de Saint-Hilaire-du-Val',
      coPilot: 'France services',
      partners: 'CPAM, MSA, CAF, infirmiers libéraux',
      audience: 'Habitants isolés ou précaires',
      start: day(1, 3, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.25,
      budgetCents: euros(27000),
      comments: '',
    }),
  ];

  const y = (index: number): number => startYear + index;
  // The first year is paid; in the second, the coordination post has received its first half.
  const paidOf = (object: FundingObject, yearIndex: number, cents: number): number | null =>
    yearIndex === 0 ? cents : yearIndex === 1 && object === 'Coordination' ? cents / 2 : null;
  const fin = (object: FundingObject, act: string | null, funder: string, yearIndex: number, amount: number, comment = ''): SampleFunding => ({
    object,
    action: act,
    funder,
    nature: 'Financier',
    year: y(yearIndex),
    amountCents: euros(amount),
    // Commitments of the first two years are secured, later ones still requested.
    status: yearIndex < 2 ? 'Acquis' : 'Sollicité',
    paidCents: paidOf(object, yearIndex, euros(amount)),
    comment,
  });
  const valued = (
    object: FundingObject,
    act: string | null,
    funder: string,
    nature: FundingNature,
    yearIndex: number,
    amount: number,
    comment: string,
  ): SampleFunding => ({ object, action: act, funder, nature, year: y(yearIndex), amountCents: euros(amount), status: 'Acquis', paidCents: null, comment });
  const A = 'Action';

  const coordination = Array.from({ length: years }, (_, i) => [
    fin('Coordination', null, 'ARS', i, 25000, 'Poste de coordination : 50 % de 50 000 € (1 ETP)'),
    fin('Coordination', null, 'Collectivité porteuse', i, 25000, 'Cofinancement à parts égales du poste'),
    fin('Communication et animation', null, 'Collectivité porteuse', i, 3000, 'Lettre d’information, forum annuel'),
  ]).flat();

  const fundings: SampleFunding[] = [
    ...coordination,
    fin('Diagnostic', null, 'ARS', 0, 8000, 'Actualisation des chiffres clés par l’ORS'),
    fin('Diagnostic', null, 'Collectivité porteuse', 0, 2000, 'Entretiens et consultation des habitants'),
    fin('Évaluation', null, 'ARS', years - 1, 10000, 'Évaluation finale par un prestataire externe'),
    fin('Évaluation', null, 'Collectivité porteuse', years - 1, 6000, 'Évaluation finale par un prestataire externe'),
    { ...fin('Évaluation', null, 'Conseil régional', years - 1, 4000, 'Sollicitation prévue au contrat régional'), status: 'Prévisionnel' },
    fin('Autre', null, 'Préfecture', 1, 1500, 'Forum santé des jeunes (MILDECA)'),
    valued('Communication et animation', null, 'ARS', 'Humain valorisé', 0, 1800, 'Temps de la délégation départementale'),
    fin(A, '1.1.1', 'ARS', 0, 6000),
    fin(A, '1.1.1', 'CPAM', 0, 3000),
    fin(A, '1.1.1', 'Collectivité porteuse', 1, 3000),
    valued(A, '1.1.1', 'Collectivité porteuse', 'Matériel valorisé', 0, 1500, 'Mise à disposition de salles'),
    fin(A, '1.1.2', 'ARS', 0, 4000),
    fin(A, '1.1.2', 'ARS', 1, 4000),
    fin(A, '1.1.2', 'ARS', 2, 4000),
    fin(A, '1.1.2', 'Collectivité porteuse', 0, 2000),
    fin(A, '1.1.2', 'Collectivité porteuse', 1, 2000),
    fin(A, '1.1.2', 'Collectivité porteuse', 2, 2000),
    valued(A, '1.1.2', 'Conseil départemental', 'Humain valorisé', 1, 3500, 'Temps de psychologue de PMI'),
    fin(A, '1.2.1', 'ARS', 0, 5000),
    fin(A, '1.2.1', 'ARS', 1, 5000),
    fin(A, '1.2.1', 'ARS', 2, 5000),
    fin(A, '1.2.1', 'Conseil départemental', 1, 3000),
    fin(A, '1.2.1', 'Conseil départemental', 2, 3000),
    fin(A, '2.1.1', 'ARS', 0, 3000),
    fin(A, '2.1.1', 'ARS', 1, 4000),
    fin(A, '2.1.1', 'ARS', 2, 4000),
    fin(A, '2.1.1', 'MSA', 1, 2000),
    fin(A, '2.1.1', 'Préfecture', 2, 2000, 'Crédits MILDECA'),
    fin(A, '3.1.1', 'Conseil régional', 0, 6000),
    fin(A, '3.1.1', 'Collectivité porteuse', 0, 4000),
    fin(A, '3.1.1', 'Collectivité porteuse', 1, 6000),
    fin(A, '3.1.2', 'CAF', 1, 3000),
    fin(A, '3.1.2', 'CAF', 2, 3000),
    fin(A, '3.1.2', 'Conférence des financeurs', 1, 1500),
    fin(A, '3.1.2', 'Conférence des financeurs', 2, 1500),
    fin(A, '4.1.1', 'ARS', 0, 4000),
    fin(A, '4.1.1', 'ARS', 1, 4000),
    fin(A, '4.1.1', 'ARS', 2, 4000),
    fin(A, '4.1.1', 'CPAM', 1, 3000),
    fin(A, '4.1.1', 'CPAM', 2, 3000),
    fin(A, '4.1.1', 'Collectivité porteuse', 0, 2000),
    fin(A, '4.1.1', 'Collectivité porteuse', 1, 2000),
    fin(A, '4.1.1', 'Collectivité porteuse', 2, 2000),
    valued(A, '4.1.1', 'Collectivité porteuse', 'Matériel valorisé', 1, 2500, 'Équipements sportifs intercommunaux'),
    fin(A, '5.1.1', 'ARS', 0, 3500),
    fin(A, '5.1.1', 'CAF', 1, 3000),
    fin(A, '5.2.1', 'ANCT', 1, 5000),
    fin(A, '5.2.1', 'ANCT', 2, 5000),
    fin(A, '5.2.1', 'Conseil départemental', 1, 2000),
    fin(A, '5.2.1', 'Collectivité porteuse', 2, 2000),
    fin(A, '5.2.2', 'ARS', 2, 3000),
    fin(A, '5.2.2', 'Collectivité porteuse', 2, 2000),
    fin(A, '6.1.1', 'Conseil régional', 0, 5000),
    fin(A, '6.1.1', 'Conseil régional', 1, 5000),
    fin(A, '6.1.1', 'Conseil régional', 2, 5000),
    fin(A, '6.1.1', 'Conseil départemental', 0, 5000),
    fin(A, '6.1.1', 'Conseil départemental', 1, 5000),
    fin(A, '6.1.1', 'Collectivité porteuse', 2, 5000),
    fin(A, '6.2.1', 'CPAM', 1, 6000),
    fin(A, '6.2.1', 'CPAM', 2, 6000),
    fin(A, '6.2.1', 'MSA', 1, 3000),
    fin(A, '6.2.1', 'MSA', 2, 3000),
    fin(A, '6.2.1', 'CAF', 1, 3000),
    fin(A, '6.2.1', 'ANCT', 2, 6000),
    { ...fin(A, '6.2.1', 'Conseil régional', 2, 4000, 'Extension envisagée à deux communes'), status: 'Prévisionnel' },
    valued(A, '6.2.1', 'MSA', 'Humain valorisé', 1, 2200, 'Conseillère MSA présente aux permanences'),
  ];

  const month = (yearIndex: number, m: number): number => day(yearIndex, m, 1);
  const ind = (
    act: SampleAction,
    type: SampleIndicator['type'],
    nature: SampleIndicator['nature'],
    indicator: string,
    target: string | number,
    measures: readonly (string | number)[],
    tool: string,
    when: number,
    expectedResults: string,
  ): SampleIndicator => ({
    action: act.number,
    objective: act.title,
    expectedResults,
    indicator,
    type,
    nature,
    target,
    measures,
    tool,
    evaluator: `${act.pilot} (pilote)`,
    when,
  });
  const byNumber = (n: string): SampleAction => {
    const found = actions.find((a) => a.number === n);
    if (!found) throw new Error(`Sample action ${n} missing`);
    return found;
  };
  const a = byNumber;
  const indicators: SampleIndicator[] = [
    ind(a('1.1.1'), 'Processus', 'Quantitatif', 'Nombre de sessions PSSM organisées', 6, [2, 4], 'Tableau de suivi', month(1, 6), 'Des sessions régulières sur tout le territoire'),
    ind(a('1.1.1'), 'Résultat', 'Quantitatif', 'Nombre de personnes formées aux PSSM', 80, [28, 61], "Feuille d'émargement", month(1, 6), '80 acteurs de première ligne formés'),
    ind(a('1.1.1'), 'Résultat', 'Qualitatif', 'Sentiment de compétence déclaré après la formation (échelle 1 à 5)', '4 sur 5', ['4,1 sur 5', '4,3 sur 5'], 'Questionnaire', month(1, 9), 'Des acteurs plus à l’aise face à une personne en crise'),
    ind(a('1.1.2'), 'Processus', 'Quantitatif', 'Nombre de réunions plénières et de comités de pilotage du CLSM', 6, [1, 3], 'Compte rendu', month(1, 11), 'Une instance de concertation qui se réunit'),
    ind(a('1.1.2'), 'Résultat', 'Qualitatif', 'Fonctionnement de la cellule de situations complexes', 'Opérationnelle', ['', 'En structuration'], 'Entretiens', month(2, 11), 'Des situations complexes traitées collectivement'),
    ind(a('1.2.1'), 'Processus', 'Quantitatif', 'Nombre de permanences tenues dans les collèges', 90, [12, 38], 'Tableau de suivi', month(1, 6), 'Une présence régulière dans chaque collège'),
    ind(a('1.2.1'), 'Résultat', 'Quantitatif', 'Nombre de jeunes reçus et orientés', 150, [21, 64], 'Tableau de suivi', month(1, 6), 'Des jeunes repérés et orientés plus tôt'),
    ind(a('2.1.1'), 'Processus', 'Quantitatif', 'Nombre d’interventions en milieu scolaire et festif', 24, [2, 9], 'Tableau de suivi', month(1, 12), 'Des interventions chaque trimestre'),
    ind(a('2.1.1'), 'Résultat', 'Qualitatif', 'Évolution des représentations des jeunes sur les consommations', 'Amélioration déclarée', ['', 'Amélioration pour 58 % des répondants'], 'Questionnaire', month(2, 6), 'Des jeunes mieux informés des risques'),
    ind(a('3.1.1'), 'Processus', 'Quantitatif', 'Nombre de cantines accompagnées', 12, [7, 12], 'Tableau de suivi', month(1, 10), 'Toutes les cantines accompagnées'),
    ind(a('3.1.1'), 'Résultat', 'Quantitatif', 'Part de produits durables et de qualité dans les achats (%)', 50, [32, 51], 'Tableau de suivi', month(1, 10), '50 % de produits durables dont 20 % bio'),
    ind(a('3.1.2'), 'Processus', 'Quantitatif', 'Nombre d’ateliers organisés', 30, ['', 11], "Feuille d'émargement", month(1, 12), 'Un atelier par mois'),
    ind(a('3.1.2'), 'Résultat', 'Qualitatif', 'Satisfaction des participants (échelle 1 à 5)', '4 sur 5', ['', '4,4 sur 5'], 'Questionnaire', month(1, 12), 'Des participants qui réutilisent les recettes'),
    ind(a('4.1.1'), 'Processus', 'Quantitatif', 'Nombre de médecins prescripteurs sensibilisés', 40, [15, 31], 'Tableau de suivi', month(1, 11), 'Des prescripteurs informés du parcours'),
    ind(a('4.1.1'), 'Résultat', 'Quantitatif', 'Nombre de patients ayant terminé le parcours', 120, [18, 57], 'Tableau de suivi', month(1, 11), 'Des patients plus actifs après douze semaines'),
    ind(a('5.1.1'), 'Processus', 'Quantitatif', 'Nombre de professionnels de la petite enfance sensibilisés', 60, [22, 58], "Feuille d'émargement", month(1, 6), 'Les structures d’accueil sensibilisées'),
    ind(a('5.1.1'), 'Résultat', 'Qualitatif', 'Changements de pratiques déclarés (aération, produits ménagers)', 'Pratiques améliorées', ['', 'Aération quotidienne dans 80 % des structures'], 'Questionnaire', month(1, 6), 'Un air intérieur de meilleure qualité'),
    ind(a('5.2.1'), 'Processus', 'Quantitatif', 'Nombre de signalements traités en commission', 40, ['', 9], 'Compte rendu', month(1, 12), 'Des signalements traités rapidement'),
    ind(a('5.2.1'), 'Résultat', 'Quantitatif', 'Nombre de logements sortis de l’indignité', 10, ['', 2], 'Tableau de suivi', month(2, 11), 'Des logements réhabilités'),
    ind(a('5.2.2'), 'Processus', 'Quantitatif', 'Nombre de foyers informés', 1500, [], 'Tableau de suivi', month(2, 11), 'Une population informée du risque radon'),
    ind(a('5.2.2'), 'Résultat', 'Quantitatif', 'Nombre de kits de mesure du radon distribués', 200, [], 'Tableau de suivi', month(2, 11), 'Des mesures réalisées dans l’habitat'),
    ind(a('6.1.1'), 'Processus', 'Quantitatif', 'Nombre d’internes accueillis', 12, [3, 7], 'Tableau de suivi', month(1, 11), 'Des internes accueillis chaque semestre'),
    ind(a('6.1.1'), 'Résultat', 'Quantitatif', 'Nombre de professionnels installés sur le territoire', 3, [0, 1], 'Tableau de suivi', month(2, 10), 'Des installations de jeunes médecins'),
    ind(a('6.2.1'), 'Processus', 'Quantitatif', 'Nombre de communes desservies par le bus', 18, ['', 11], 'Tableau de suivi', month(1, 12), 'Toutes les communes rurales desservies'),
    ind(a('6.2.1'), 'Résultat', 'Quantitatif', 'Nombre de personnes accompagnées dans l’ouverture de droits', 300, ['', 96], 'Tableau de suivi', month(1, 12), 'Moins de non-recours aux droits'),
  ];

  const meetings: SampleMeeting[] = [
    {
      action: '1.1.1',
      date: day(0, 3, 27),
      participants: 'Centre hospitalier de l’Estran, coordinatrice CLS, CCAS',
      notes: 'Calendrier des sessions PSSM et public prioritaire.',
      followUp: 'CH : réserver les formateurs ; coordinatrice : diffuser l’invitation',
      dueDate: day(0, 4, 15),
    },
    {
      action: '1.1.2',
      date: day(0, 11, 18),
      participants: 'Élus, secteur de psychiatrie, bailleurs sociaux, UNAFAM',
      notes: 'Installation de l’assemblée plénière du CLSM.',
      followUp: 'Direction des solidarités : rédiger la charte de la cellule de situations complexes',
      dueDate: day(1, 2, 28),
    },
    {
      action: '3.1.1',
      date: day(1, 2, 10),
      participants: 'Cuisiniers des cantines, chambre d’agriculture, diététicienne',
      notes: 'Bilan des achats de l’année 1 : 32 % de produits durables.',
      followUp: 'Service restauration : groupement de commandes avec les producteurs locaux',
      dueDate: day(1, 6, 30),
    },
    {
      action: '6.2.1',
      date: day(1, 5, 12),
      participants: 'CCAS, France services, CPAM, MSA, CAF',
      notes: 'Tournée du bus : 18 communes, un passage par mois.',
      followUp: 'CCAS : publier le calendrier dans les bulletins municipaux',
      dueDate: day(1, 6, 1),
    },
    {
      action: '5.2.1',
      date: day(1, 9, 22),
      participants: 'Service habitat, délégation départementale ARS, ADIL',
      notes: 'Commission habitat indigne : 4 nouveaux signalements.',
      followUp: 'Service habitat : visites conjointes avant fin octobre',
      dueDate: day(1, 10, 31),
    },
  ];

  const ars = 'Délégation départementale de l’ARS';
  const instances: SampleInstance[] = [
    {
      instance: 'COTECH',
      date: day(0, 5, 20),
      minutes: 'Compte rendu COTECH du 20/05 (dossier partagé CLS › Instances)',
      participants: `Coordinatrice CLS, pilotes d’actions, ${ars}, CPAM, CAF`,
      decisions: 'Groupes de travail lancés pour chaque axe ; calendrier des fiches actions arrêté',
    },
    {
      instance: 'COPIL',
      date: day(0, 6, 26),
      minutes: 'Compte rendu COPIL du 26/06, diffusé aux signataires',
      participants: `Président de la communauté de communes, élue référente santé, ${ars}, Conseil départemental, CPAM`,
      decisions: 'Fiches actions validées ; lancement du CLSM approuvé',
    },
    {
      instance: 'COTECH',
      date: day(0, 11, 18),
      minutes: 'Compte rendu COTECH du 18/11',
      participants: 'Coordinatrice CLS, pilotes d’actions, MSA, Éducation nationale',
      decisions: 'Difficulté de recrutement des formateurs PSSM remontée au COPIL',
    },
    {
      instance: 'COPIL',
      date: day(0, 12, 11),
      minutes: 'Compte rendu COPIL du 11/12, diffusé aux signataires',
      participants: `Élus, ${ars}, Conseil régional, Conseil départemental, CAF`,
      decisions: 'Session PSSM supplémentaire financée ; bilan annuel fixé en février',
    },
    {
      instance: 'Dialogue de gestion',
      date: day(1, 2, 10),
      minutes: 'Rapport d’activité et bilan financier de l’année 1 remis à l’ARS',
      participants: `Élue référente santé, direction générale des services, coordinatrice CLS, ${ars}`,
      decisions: 'Financement ARS du poste reconduit ; indicateurs de l’axe 3 à préciser',
    },
    {
      instance: 'COTECH',
      date: day(1, 5, 19),
      minutes: 'Compte rendu COTECH du 19/05',
      participants: 'Coordinatrice CLS, pilotes d’actions, CPAM, CAF, MSA',
      decisions: 'Tournée du bus santé-droits étendue à 18 communes',
    },
    {
      instance: 'COPIL',
      date: day(1, 6, 25),
      minutes: 'Compte rendu COPIL du 25/06, avec le rapport d’activité de l’année 1',
      participants: `Élus, ${ars}, Conseil régional, Conseil départemental, CPAM, CAF`,
      decisions: 'Rapport d’activité approuvé ; action radon programmée pour l’année 3',
    },
  ];

  return { title, coordinationPostCostCents: euros(coordinationPostCost), parameters, actions, fundings, indicators, meetings, instances };
}
