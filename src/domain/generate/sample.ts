/**
 * The `--sample` content: a realistic, fictional CLS per regional profile (13 actions over 4 axes, 10 partners)
 * that validates without errors but, as a real one would, shows what a coordinator has to look at: money still
 * to find on three actions, one action past its end date, one indicator without a month to evaluate.
 * Deterministic: the same options always give the same data.
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
  /** Serial of the first day of the month to evaluate (shown `mm/yyyy`), or the text a coordinator typed. */
  readonly when: number | string;
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

const euros = (amount: number): number => Math.round(amount * 100);

/** A coordination-post commitment made every contract year. */
interface CoordinationShare {
  readonly funder: string;
  readonly amount: number;
  readonly comment: string;
}

/** The environmental-health action that differs from one territory to the next (5.2.2). */
interface LocalRiskAction {
  readonly title: string;
  readonly context: string;
  readonly actionObjective: string;
  readonly description: string;
  readonly pilot: string;
  readonly partners: string;
  readonly audience: string;
  readonly comments: string;
  readonly process: { readonly indicator: string; readonly target: number; readonly expected: string };
  readonly result: { readonly indicator: string; readonly target: number; readonly expected: string };
}

/** What makes a sample belong to its region: territory, people, places, partners, the coordination post. */
interface Setting {
  /** `Contrat local de santé du …`. */
  readonly ofName: string;
  readonly territory: string;
  readonly territoryType: string;
  readonly population: number;
  readonly coordinator: string;
  /** The coordinator's role as written in the tables (`Coordinatrice CLS`). */
  readonly coordinatorRole: string;
  readonly arsReferent: string;
  readonly signature: { readonly month: number; readonly day: number };
  /** `de la communauté de communes`, `du PETR`: the lead authority's services. */
  readonly ofAuthority: string;
  readonly president: string;
  readonly town: string;
  readonly hospital: string;
  readonly healthCentre: string;
  readonly grocery: string;
  readonly sportHealth: string;
  readonly airQuality: string;
  readonly arsDelegation: string;
  readonly postCost: number;
  readonly coordination: readonly CoordinationShare[];
  readonly localRisk: LocalRiskAction;
}

const SETTINGS: Readonly<Record<ProfileId, Setting>> = {
  // A rural EPCI of the Manche; the collectivité co-funds the post at equal share with the ARS (seed 004:308-310).
  normandie: {
    ofName: 'du Val de Sélune',
    territory: 'Communauté de communes du Val de Sélune',
    territoryType: 'Communauté de communes',
    population: 42600,
    coordinator: 'Camille Lefèvre',
    coordinatorRole: 'Coordinatrice CLS',
    arsReferent: 'Julien Marchand',
    signature: { month: 3, day: 14 },
    ofAuthority: 'de la communauté de communes',
    president: 'Président de la communauté de communes',
    town: 'Saint-Hilaire-du-Val',
    hospital: 'Centre hospitalier de l’Estran',
    healthCentre: 'Maison de santé pluriprofessionnelle de Saint-Hilaire-du-Val',
    grocery: 'Épicerie solidaire Le Panier sélunois',
    sportHealth: 'Maison sport-santé du Val de Sélune',
    airQuality: 'Atmo Normandie',
    arsDelegation: 'Délégation départementale de la Manche (ARS)',
    postCost: 50000,
    coordination: [
      { funder: 'ARS', amount: 25000, comment: 'Poste de coordination : 50 % de 50 000 € (1 ETP)' },
      { funder: 'Collectivité porteuse', amount: 25000, comment: 'Cofinancement à parts égales du poste' },
    ],
    localRisk: {
      title: 'Informer la population sur le radon dans l’habitat',
      context: 'Le territoire est classé en zone 3 (potentiel radon significatif) ; très peu de mesures réalisées dans les logements.',
      actionObjective: 'Faire mesurer le radon dans les logements du territoire',
      description: 'Campagne d’information dans les bulletins municipaux, deux réunions publiques et distribution de 200 kits de mesure.',
      pilot: 'Service environnement de la communauté de communes',
      partners: 'CPIE, communes, ALEC',
      audience: 'Habitants du territoire',
      comments: 'Démarrage prévu en janvier de la troisième année.',
      process: { indicator: 'Nombre de foyers informés', target: 1500, expected: 'Une population informée du risque radon' },
      result: { indicator: 'Nombre de kits de mesure du radon distribués', target: 200, expected: 'Des mesures réalisées dans l’habitat' },
    },
  },
  // A PETR of the Indre; the Région co-funds the post (« Contrats régionaux de solidarité territoriale », seed 000:1323-1324).
  'centre-val-de-loire': {
    ofName: 'du Pays Val de Théols',
    territory: 'PETR du Pays Val de Théols',
    territoryType: 'PETR',
    population: 48300,
    coordinator: 'Sophie Garnier',
    coordinatorRole: 'Coordinatrice CLS',
    arsReferent: 'Thomas Renaud',
    signature: { month: 2, day: 6 },
    ofAuthority: 'du PETR',
    president: 'Président du PETR',
    town: 'Bourg-sur-Théols',
    hospital: 'Centre hospitalier du Val de Théols',
    healthCentre: 'Maison de santé pluriprofessionnelle de Bourg-sur-Théols',
    grocery: 'Épicerie sociale La Halte de Théols',
    sportHealth: 'Maison sport-santé du Pays Val de Théols',
    airQuality: 'Lig’Air',
    arsDelegation: 'Délégation départementale de l’Indre (ARS)',
    postCost: 54000,
    coordination: [
      { funder: 'ARS', amount: 25000, comment: 'Poste de coordination : 25 000 € par an (1 poste)' },
      { funder: 'Conseil régional', amount: 15000, comment: 'Contrat régional de solidarité territoriale' },
      { funder: 'Collectivité porteuse', amount: 14000, comment: 'Part du PETR et des communautés de communes' },
    ],
    localRisk: {
      title: 'Lutter contre l’ambroisie et prévenir les allergies à son pollen',
      context: 'L’ambroisie progresse dans les parcelles agricoles et le long des routes ; hausse des allergies déclarées en fin d’été.',
      actionObjective: 'Réduire l’exposition des habitants au pollen d’ambroisie',
      description: 'Former un référent ambroisie dans chacune des 40 communes, informer les agriculteurs, traiter les signalements de la plateforme nationale.',
      pilot: 'Service environnement du PETR',
      partners: 'Communes, chambre d’agriculture, FREDON Centre-Val de Loire',
      audience: 'Élus, agents communaux, agriculteurs, habitants',
      comments: 'Démarrage prévu en janvier de la troisième année.',
      process: { indicator: 'Nombre de référents ambroisie formés', target: 40, expected: 'Un référent formé dans chaque commune' },
      result: { indicator: 'Part des signalements traités dans l’année (%)', target: 80, expected: 'Des foyers d’ambroisie détruits avant la floraison' },
    },
  },
  // An urban agglomeration outside the two regions, with a quartier prioritaire.
  generic: {
    ofName: 'de Cœur d’Orbize Agglomération',
    territory: 'Communauté d’agglomération Cœur d’Orbize',
    territoryType: "Communauté d'agglomération",
    population: 68400,
    coordinator: 'Thomas Girard',
    coordinatorRole: 'Coordinateur CLS',
    arsReferent: 'Nadia Benali',
    signature: { month: 3, day: 21 },
    ofAuthority: 'de l’agglomération',
    president: 'Présidente de l’agglomération',
    town: 'Saint-Martin-d’Orbize',
    hospital: 'Centre hospitalier intercommunal d’Orbize',
    healthCentre: 'Centre de santé municipal de Saint-Martin-d’Orbize',
    grocery: 'Épicerie solidaire L’Épi des Tilleuls',
    sportHealth: 'Maison sport-santé de Cœur d’Orbize',
    airQuality: 'l’observatoire régional de la qualité de l’air',
    arsDelegation: 'Délégation départementale de l’ARS',
    postCost: 52000,
    coordination: [
      { funder: 'ARS', amount: 25000, comment: 'Poste de coordination (1 ETP)' },
      { funder: 'Collectivité porteuse', amount: 27000, comment: 'Part de l’agglomération' },
    ],
    localRisk: {
      title: 'Limiter la prolifération du moustique tigre',
      context: 'Le moustique tigre est installé dans l’agglomération depuis trois ans ; nuisances et risque de transmission de la dengue.',
      actionObjective: 'Réduire les gîtes larvaires chez les habitants et dans l’espace public',
      description: 'Former les 30 agents des services techniques au repérage des gîtes, campagne d’information des habitants, ateliers dans les jardins partagés.',
      pilot: 'Direction de l’environnement de l’agglomération',
      partners: 'Communes, bailleurs sociaux, jardins partagés',
      audience: 'Agents des services techniques et habitants',
      comments: 'Démarrage prévu en janvier de la troisième année.',
      process: { indicator: 'Nombre d’agents des services techniques formés', target: 30, expected: 'Des agents capables de repérer et supprimer les gîtes' },
      result: { indicator: 'Nombre de foyers informés', target: 5000, expected: 'Des habitants qui vident les eaux stagnantes' },
    },
  },
};

/** Builds the sample CLS of `profile` for a contract signed in `startYear` lasting `years` years. */
export function sampleCls(options: { profile: ProfileId; years: number; startYear: number }): SampleCls {
  const { profile, years, startYear } = options;
  const s = SETTINGS[profile];
  /** A date `yearIndex` years after the signature year. */
  const day = (yearIndex: number, month: number, dayOfMonth: number): number => ymdToSerial(startYear + yearIndex, month, dayOfMonth);
  const lastYear = startYear + years - 1;

  const title = `Contrat local de santé ${s.ofName} ${startYear}-${lastYear}`;
  const parameters: Record<ParameterKey, PlanCell> = {
    name: title,
    territory: s.territory,
    territoryType: s.territoryType,
    regionalProfile: profileLabel(profile),
    signatureDate: { date: day(0, s.signature.month, s.signature.day) },
    durationYears: years,
    population: s.population,
    leadAuthority: s.territory,
    coordinator: s.coordinator,
    arsReferent: s.arsReferent,
    coordinationFte: 1,
    coordinationPostCost: s.postCost,
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
    '1.2': 'Améliorer le repérage et l’orientation des personnes en souffrance psychique',
    '2.1': 'Réduire les consommations à risque chez les 15-25 ans',
    '3.1': 'Améliorer l’offre alimentaire en restauration collective et pour les ménages modestes',
    '4.1': 'Faciliter l’accès au sport-santé',
    '5.1': 'Améliorer la qualité de l’air intérieur dans les lieux d’accueil des jeunes enfants',
    '5.2': 'Lutter contre l’habitat indigne et les risques environnementaux locaux',
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
    territory: fields.territory ?? s.territory,
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
      description: 'Six sessions PSSM de deux jours (12 à 14 stagiaires chacune) pour les agents d’accueil, les travailleurs sociaux, les élus et les bénévoles.',
      pilot: s.hospital,
      coPilot: s.coordinatorRole,
      partners: 'PSSM France, communes, CCAS, associations d’aide à domicile',
      audience: 'Professionnels et bénévoles de première ligne',
      start: day(0, 4, 1),
      end: day(1, 6, 30),
      status: 'Réalisée',
      progress: 1,
      budgetCents: euros(12000),
      comments: 'Cinq sessions sur six tenues, 61 personnes formées sur 80 visées ; la sixième session est reportée à l’automne.',
    }),
    action('1', '1', '1.1', '1.1.2', {
      title: 'Créer un Conseil local de santé mentale (CLSM)',
      theme: 'Santé mentale',
      type: 'Nouvelle',
      context: 'Absence d’instance de concertation entre la psychiatrie, le social, le logement et les élus (loi 3DS).',
      actionObjective: 'Doter le territoire d’une instance de concertation en santé mentale qui traite les situations complexes',
      description: 'Installer le CLSM : une assemblée plénière et un comité de pilotage chaque année, une cellule de situations complexes réunie tous les mois.',
      pilot: `Direction des solidarités ${s.ofAuthority}`,
      coPilot: s.hospital,
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
      description: 'Une permanence d’accueil et d’écoute tous les quinze jours dans chacun des trois collèges (15 par collège et par année scolaire), avec orientation vers le soin si besoin.',
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
    // Due in the spring of the first year and still « En cours »: the late action a coordinator must look at.
    action('1', '1', '1.2', '1.2.2', {
      title: 'Éditer et diffuser un guide des ressources en santé mentale',
      theme: 'Santé mentale',
      type: 'Nouvelle',
      context: 'Les professionnels de proximité ne savent pas vers qui orienter une personne en souffrance psychique.',
      actionObjective: 'Donner aux professionnels et aux habitants un annuaire à jour des ressources en santé mentale',
      description: 'Recenser les ressources (secteur de psychiatrie, CMP, libéraux, associations, lignes d’écoute), imprimer le guide à 2 000 exemplaires et le mettre en ligne.',
      pilot: `Direction des solidarités ${s.ofAuthority}`,
      coPilot: s.coordinatorRole,
      partners: 'Secteur de psychiatrie, UNAFAM, CCAS, Éducation nationale',
      audience: 'Professionnels de première ligne et habitants',
      start: day(0, 4, 1),
      end: day(0, 6, 30),
      status: 'En cours',
      progress: 0.8,
      budgetCents: euros(4000),
      comments: 'Guide rédigé ; relecture par le secteur de psychiatrie en attente, impression non lancée.',
    }),
    action('1', '2', '2.1', '2.1.1', {
      title: 'Intervenir en milieu scolaire et festif pour prévenir les conduites addictives',
      theme: 'Addictions',
      type: 'Nouvelle',
      context: 'Consommations d’alcool et de cannabis supérieures à la moyenne régionale chez les 17 ans (ORS).',
      actionObjective: 'Retarder l’entrée dans les consommations et réduire les risques chez les 15-25 ans',
      description: 'Chaque année, quatre séances de développement des compétences psychosociales au lycée et quatre stands de réduction des risques lors des fêtes locales.',
      pilot: 'Association de prévention en addictologie',
      coPilot: `Service jeunesse ${s.ofAuthority}`,
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
      description: 'Pour les 12 cantines du territoire : diagnostic des achats, formation des cuisiniers, mise en relation avec les producteurs locaux.',
      pilot: `Service restauration collective ${s.ofAuthority}`,
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
      description: 'Un atelier de cuisine et d’équilibre alimentaire par mois pendant deux ans, animé par une diététicienne, ouvert aux familles et aux seniors.',
      pilot: s.grocery,
      coPilot: `CCAS de ${s.town}`,
      partners: 'Diététicienne libérale, CAF, Conférence des financeurs',
      audience: 'Familles et seniors aux revenus modestes',
      start: day(1, 1, 15),
      end: day(2, 12, 15),
      status: 'En cours',
      progress: 0.4,
      budgetCents: euros(9000),
      comments: 'Conférence des financeurs : volet seniors obtenu pour l’année 2 seulement, l’année 3 reste à financer.',
    }),
    action('2', '4', '4.1', '4.1.1', {
      title: 'Créer un parcours sport-santé sur prescription avec la Maison sport-santé',
      theme: 'Nutrition (alimentation, activité physique)',
      type: 'Nouvelle',
      context: 'Sédentarité et maladies chroniques fréquentes ; peu d’offre d’activité physique adaptée hors de la ville-centre.',
      actionObjective: 'Rendre les patients atteints de maladies chroniques durablement plus actifs',
      description: 'Bilan de condition physique, douze semaines d’activité physique adaptée en groupe (quatre groupes de dix patients par an), relais vers les clubs locaux.',
      pilot: s.sportHealth,
      coPilot: s.healthCentre,
      partners: 'Médecins généralistes, clubs sportifs, CPAM',
      audience: 'Adultes atteints de maladies chroniques',
      start: day(0, 6, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.5,
      budgetCents: euros(24000),
      comments: 'La CPAM ne s’engage pas encore sur la troisième année : 3 000 € à trouver.',
    }),
    action('3', '5', '5.1', '5.1.1', {
      title: 'Sensibiliser les assistantes maternelles et les crèches à la qualité de l’air intérieur',
      theme: 'Santé environnementale',
      type: 'Nouvelle',
      context: 'Les jeunes enfants sont exposés aux polluants intérieurs (produits ménagers, aération insuffisante).',
      actionObjective: 'Réduire l’exposition des jeunes enfants aux polluants de l’air intérieur',
      description: 'Quatre ateliers de sensibilisation (15 professionnels chacun) et prêt de capteurs de CO2 aux structures d’accueil du jeune enfant.',
      pilot: 'Relais petite enfance intercommunal',
      coPilot: 'Conseillère médicale en environnement intérieur',
      partners: `Crèches, PMI, ${s.airQuality}`,
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
      description: 'Former les repéreurs (aides à domicile, travailleurs sociaux), traiter les signalements en commission tous les deux mois, accompagner les travaux.',
      pilot: `Service habitat ${s.ofAuthority}`,
      coPilot: s.arsDelegation,
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
      title: s.localRisk.title,
      theme: 'Santé environnementale',
      type: 'Nouvelle',
      context: s.localRisk.context,
      actionObjective: s.localRisk.actionObjective,
      description: s.localRisk.description,
      pilot: s.localRisk.pilot,
      coPilot: s.coordinatorRole,
      partners: s.localRisk.partners,
      audience: s.localRisk.audience,
      start: day(2, 1, 15),
      end: day(2, 11, 30),
      status: 'Non démarrée',
      progress: 0,
      budgetCents: euros(5000),
      comments: s.localRisk.comments,
    }),
    action('4', '6', '6.1', '6.1.1', {
      title: 'Accueillir les internes en médecine (logement, découverte du territoire)',
      theme: 'Accès aux soins',
      type: 'Reconduite',
      context: 'Densité de médecins généralistes inférieure de 30 % à la moyenne nationale ; départs en retraite à venir.',
      actionObjective: 'Faire venir des internes en stage et favoriser l’installation de jeunes médecins',
      description: 'Logement meublé pour deux internes par semestre, journée d’accueil, mise en relation avec les maîtres de stage.',
      pilot: s.healthCentre,
      coPilot: `Service attractivité ${s.ofAuthority}`,
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
      actionObjective: 'Réduire le non-recours aux droits et aux soins dans les communes éloignées',
      description: 'Une permanence itinérante par mois dans chacune des 18 communes les plus éloignées : ouverture de droits, dépistages, information prévention.',
      pilot: `CCAS de ${s.town}`,
      coPilot: 'France services',
      partners: 'CPAM, MSA, CAF, infirmiers libéraux',
      audience: 'Habitants isolés ou précaires',
      start: day(1, 3, 1),
      end: day(2, 12, 31),
      status: 'En cours',
      progress: 0.25,
      budgetCents: euros(27000),
      comments: 'Troisième année à boucler : demande au Conseil régional en préparation.',
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
  const planned = (object: FundingObject, act: string | null, funder: string, yearIndex: number, amount: number, comment: string): SampleFunding => ({
    ...fin(object, act, funder, yearIndex, amount, comment),
    status: 'Prévisionnel',
    paidCents: null,
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
    ...s.coordination.map((share) => fin('Coordination', null, share.funder, i, share.amount, share.comment)),
    fin('Communication et animation', null, 'Collectivité porteuse', i, 3000, 'Lettre d’information, forum annuel'),
  ]).flat();

  // Three actions are not fully funded (« restant à trouver »): 3.1.2 (1 562,50 €), 4.1.1 (3 000 €), 6.2.1 (4 500 €).
  const fundings: SampleFunding[] = [
    ...coordination,
    fin('Diagnostic', null, 'ARS', 0, 8000, 'Actualisation des chiffres clés par l’ORS'),
    fin('Diagnostic', null, 'Collectivité porteuse', 0, 2000, 'Entretiens et consultation des habitants'),
    fin('Évaluation', null, 'ARS', years - 1, 10000, 'Évaluation finale par un prestataire externe'),
    fin('Évaluation', null, 'Collectivité porteuse', years - 1, 6000, 'Évaluation finale par un prestataire externe'),
    planned('Évaluation', null, 'Conseil régional', years - 1, 4000, 'Sollicitation prévue au contrat régional'),
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
    fin(A, '1.2.2', 'ARS', 0, 2500, 'Impression et mise en ligne du guide'),
    fin(A, '1.2.2', 'Collectivité porteuse', 0, 1500),
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
    fin(A, '3.1.2', 'Conférence des financeurs', 1, 1437.5, 'Volet seniors, année 2 ; année 3 à solliciter'),
    fin(A, '4.1.1', 'ARS', 0, 4000),
    fin(A, '4.1.1', 'ARS', 1, 4000),
    fin(A, '4.1.1', 'ARS', 2, 4000),
    fin(A, '4.1.1', 'CPAM', 1, 3000),
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
    fin(A, '6.2.1', 'ANCT', 2, 1500, 'Reliquat de crédits ruralité'),
    planned(A, '6.2.1', 'Conseil régional', 2, 4000, 'Demande à déposer pour la troisième année'),
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
    when: number | string,
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
  const a = (n: string): SampleAction => {
    const found = actions.find((x) => x.number === n);
    if (!found) throw new Error(`Sample action ${n} missing`);
    return found;
  };
  const risk = s.localRisk;
  // Targets follow the descriptions: 6 sessions of 12 to 14 trainees, 3 colleges × 15 × 2 school years, 8 interventions × 3 years…
  const indicators: SampleIndicator[] = [
    ind(a('1.1.1'), 'Processus', 'Quantitatif', 'Nombre de sessions PSSM organisées', 6, [2, 5], 'Tableau de suivi', month(1, 6), 'Des sessions régulières sur tout le territoire'),
    ind(a('1.1.1'), 'Résultat', 'Quantitatif', 'Nombre de personnes formées aux PSSM', 80, [26, 61], "Feuille d'émargement", month(1, 6), '80 acteurs de première ligne formés'),
    ind(a('1.1.1'), 'Résultat', 'Qualitatif', 'Sentiment de compétence déclaré après la formation (échelle 1 à 5)', '4 sur 5', ['4,1 sur 5', '4,3 sur 5'], 'Questionnaire', month(1, 9), 'Des acteurs plus à l’aise face à une personne en crise'),
    ind(a('1.1.2'), 'Processus', 'Quantitatif', 'Nombre d’assemblées plénières et de comités de pilotage du CLSM', 6, [1, 3], 'Compte rendu', month(1, 11), 'Une instance de concertation qui se réunit'),
    ind(a('1.1.2'), 'Résultat', 'Qualitatif', 'Fonctionnement de la cellule de situations complexes', 'Opérationnelle', ['', 'En structuration'], 'Entretiens', month(2, 11), 'Des situations complexes traitées collectivement'),
    ind(a('1.2.1'), 'Processus', 'Quantitatif', 'Nombre de permanences tenues dans les collèges', 90, [15, 45], 'Tableau de suivi', month(1, 6), 'Une présence régulière dans chaque collège'),
    ind(a('1.2.1'), 'Résultat', 'Quantitatif', 'Nombre de jeunes reçus et orientés', 150, [21, 64], 'Tableau de suivi', month(1, 6), 'Des jeunes repérés et orientés plus tôt'),
    ind(a('1.2.2'), 'Processus', 'Quantitatif', 'Nombre de guides diffusés', 2000, [0, 0], 'Tableau de suivi', month(1, 3), 'Le guide entre les mains des professionnels de première ligne'),
    ind(a('1.2.2'), 'Résultat', 'Qualitatif', 'Usage du guide par les professionnels pour orienter', 'Guide utilisé', ['', ''], 'Questionnaire', month(2, 3), 'Des orientations plus rapides vers la bonne ressource'),
    ind(a('2.1.1'), 'Processus', 'Quantitatif', 'Nombre d’interventions en milieu scolaire et festif', 24, [2, 9], 'Tableau de suivi', month(1, 12), 'Huit interventions par an'),
    ind(a('2.1.1'), 'Résultat', 'Qualitatif', 'Évolution des représentations des jeunes sur les consommations', 'Amélioration déclarée', ['', 'Amélioration pour 58 % des répondants'], 'Questionnaire', month(2, 6), 'Des jeunes mieux informés des risques'),
    ind(a('3.1.1'), 'Processus', 'Quantitatif', 'Nombre de cantines accompagnées', 12, [7, 12], 'Tableau de suivi', month(1, 10), 'Toutes les cantines accompagnées'),
    ind(a('3.1.1'), 'Résultat', 'Quantitatif', 'Part de produits durables et de qualité dans les achats (%)', 50, [32, 51], 'Tableau de suivi', month(1, 10), '50 % de produits durables dont 20 % bio'),
    ind(a('3.1.2'), 'Processus', 'Quantitatif', 'Nombre d’ateliers organisés', 24, ['', 9], "Feuille d'émargement", month(1, 12), 'Un atelier par mois'),
    ind(a('3.1.2'), 'Résultat', 'Qualitatif', 'Satisfaction des participants (échelle 1 à 5)', '4 sur 5', ['', '4,4 sur 5'], 'Questionnaire', month(1, 12), 'Des participants qui réutilisent les recettes'),
    ind(a('4.1.1'), 'Processus', 'Quantitatif', 'Nombre de médecins prescripteurs sensibilisés', 40, [15, 31], 'Tableau de suivi', month(1, 11), 'Des prescripteurs informés du parcours'),
    ind(a('4.1.1'), 'Résultat', 'Quantitatif', 'Nombre de patients ayant terminé le parcours', 120, [18, 57], 'Tableau de suivi', month(1, 11), 'Quarante patients plus actifs chaque année'),
    ind(a('5.1.1'), 'Processus', 'Quantitatif', 'Nombre de professionnels de la petite enfance sensibilisés', 60, [22, 58], "Feuille d'émargement", month(1, 6), 'Les structures d’accueil sensibilisées'),
    ind(a('5.1.1'), 'Résultat', 'Qualitatif', 'Changements de pratiques déclarés (aération, produits ménagers)', 'Pratiques améliorées', ['', 'Aération quotidienne dans 80 % des structures'], 'Questionnaire', month(1, 6), 'Un air intérieur de meilleure qualité'),
    ind(a('5.2.1'), 'Processus', 'Quantitatif', 'Nombre de signalements traités en commission', 40, ['', 9], 'Compte rendu', month(1, 12), 'Des signalements traités rapidement'),
    ind(a('5.2.1'), 'Résultat', 'Quantitatif', 'Nombre de logements sortis de l’indignité', 10, ['', 2], 'Tableau de suivi', month(2, 11), 'Des logements réhabilités'),
    ind(a('5.2.2'), 'Processus', 'Quantitatif', risk.process.indicator, risk.process.target, [], 'Tableau de suivi', month(2, 11), risk.process.expected),
    ind(a('5.2.2'), 'Résultat', 'Quantitatif', risk.result.indicator, risk.result.target, [], 'Tableau de suivi', month(2, 11), risk.result.expected),
    ind(a('6.1.1'), 'Processus', 'Quantitatif', 'Nombre d’internes accueillis', 12, [3, 7], 'Tableau de suivi', month(1, 11), 'Deux internes accueillis chaque semestre'),
    // As coordinators often write it: no month, so the rule asks for one.
    ind(a('6.1.1'), 'Résultat', 'Quantitatif', 'Nombre de professionnels installés sur le territoire', 3, [0, 1], 'Tableau de suivi', 'Une fois par an', 'Des installations de jeunes médecins'),
    ind(a('6.2.1'), 'Processus', 'Quantitatif', 'Nombre de communes desservies par le bus', 18, ['', 11], 'Tableau de suivi', month(1, 12), 'Les 18 communes éloignées desservies chaque mois'),
    ind(a('6.2.1'), 'Résultat', 'Quantitatif', 'Nombre de personnes accompagnées dans l’ouverture de droits', 300, ['', 96], 'Tableau de suivi', month(1, 12), 'Moins de non-recours aux droits'),
  ];

  const meetings: SampleMeeting[] = [
    {
      action: '1.1.1',
      date: day(0, 3, 27),
      participants: `${s.hospital}, ${s.coordinatorRole.toLowerCase()}, CCAS`,
      notes: 'Calendrier des six sessions PSSM et public prioritaire.',
      followUp: `CH : réserver les formateurs ; ${s.coordinatorRole.toLowerCase()} : diffuser l’invitation`,
      dueDate: day(0, 4, 15),
    },
    {
      action: '1.2.2',
      date: day(0, 9, 16),
      participants: `Secteur de psychiatrie, UNAFAM, ${s.coordinatorRole.toLowerCase()}`,
      notes: 'Maquette du guide des ressources relue : douze fiches à corriger.',
      followUp: 'Secteur de psychiatrie : valider les fiches CMP',
      dueDate: day(0, 10, 31),
    },
    {
      action: '1.1.2',
      date: day(0, 11, 18),
      participants: 'Élus, secteur de psychiatrie, bailleurs sociaux, UNAFAM',
      notes: 'Installation de l’assemblée plénière du CLSM.',
      followUp: `Direction des solidarités : rédiger la charte de la cellule de situations complexes`,
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
      participants: `Service habitat, ${s.arsDelegation}, ADIL`,
      notes: 'Commission habitat indigne : 4 nouveaux signalements.',
      followUp: 'Service habitat : visites conjointes avant fin octobre',
      dueDate: day(1, 10, 31),
    },
  ];

  const ars = s.arsDelegation;
  const coordinatorRole = s.coordinatorRole;
  // Two COPIL and one COTECH a year, and the annual dialogue de gestion: what both guides ask for.
  const instances: SampleInstance[] = [
    {
      instance: 'COTECH',
      date: day(0, 5, 20),
      minutes: 'Compte rendu COTECH du 20/05 (dossier partagé CLS › Instances)',
      participants: `${coordinatorRole}, pilotes d’actions, ${ars}, CPAM, CAF`,
      decisions: 'Groupes de travail lancés pour chaque axe ; calendrier des fiches actions arrêté',
    },
    {
      instance: 'COPIL',
      date: day(0, 6, 26),
      minutes: 'Compte rendu COPIL du 26/06, diffusé aux signataires',
      participants: `${s.president}, élue référente santé, ${ars}, Conseil régional, Conseil départemental, CPAM`,
      decisions: 'Fiches actions validées ; lancement du CLSM approuvé',
    },
    {
      instance: 'COTECH',
      date: day(0, 11, 18),
      minutes: 'Compte rendu COTECH du 18/11',
      participants: `${coordinatorRole}, pilotes d’actions, MSA, Éducation nationale`,
      decisions: 'Retard du guide des ressources en santé mentale et difficulté de recrutement des formateurs PSSM remontés au COPIL',
    },
    {
      instance: 'COPIL',
      date: day(0, 12, 11),
      minutes: 'Compte rendu COPIL du 11/12, diffusé aux signataires',
      participants: `Élus, ${ars}, Conseil régional, Conseil départemental, CAF`,
      decisions: 'Session PSSM supplémentaire financée ; dialogue de gestion fixé en janvier',
    },
    {
      instance: 'Dialogue de gestion',
      date: day(1, 1, 29),
      minutes: 'Rapport d’activité et bilan financier de l’année 1 remis à l’ARS',
      participants: `Élue référente santé, direction générale des services, ${coordinatorRole.toLowerCase()}, ${ars}`,
      decisions: 'Financement ARS du poste reconduit ; indicateurs de l’axe 3 à préciser',
    },
    {
      instance: 'COTECH',
      date: day(1, 5, 19),
      minutes: 'Compte rendu COTECH du 19/05',
      participants: `${coordinatorRole}, pilotes d’actions, CPAM, CAF, MSA`,
      decisions: 'Tournée du bus santé-droits étendue à 18 communes',
    },
    {
      instance: 'COPIL',
      date: day(1, 6, 25),
      minutes: 'Compte rendu COPIL du 25/06, avec le rapport d’activité de l’année 1',
      participants: `Élus, ${ars}, Conseil régional, Conseil départemental, CPAM, CAF`,
      decisions: 'Rapport d’activité approuvé ; restant à trouver sur le sport-santé et le bus santé-droits à présenter aux financeurs',
    },
  ];

  return { title, coordinationPostCostCents: euros(s.postCost), parameters, actions, fundings, indicators, meetings, instances };
}
