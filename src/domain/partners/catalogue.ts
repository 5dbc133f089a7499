/**
 * The partners the regional guides name, with the spellings people type for them, per profile.
 * Pure data: matching lives in `match.ts`.
 */
import type { ProfileId } from '../report';

export type PartnerId =
  | 'ars'
  | 'collectivite'
  | 'region'
  | 'departement'
  | 'conference-financeurs'
  | 'cpam'
  | 'caf'
  | 'anct'
  | 'msa'
  | 'prefecture'
  | 'carsat'
  | 'education-nationale'
  | 'drajes'
  | 'ddets'
  | 'centre-hospitalier'
  | 'agence-eau';

export interface CataloguePartner {
  readonly id: PartnerId;
  /** The name of the default partner list (`CLS_Financeurs`), or the guide's name. */
  readonly name: string;
  /** Seed passage naming the partner. */
  readonly source: string;
  /** Whole names, compared after `partnerKey` normalisation. */
  readonly aliases: readonly string[];
  /** Names followed by a place or a number: `CPAM de la Manche`, `Région Normandie`, `ARS DD50`. */
  readonly prefixes?: readonly string[];
  /** Words that name the partner wherever they stand: `FIR (ARS)`, `Subvention CAF 2026`. */
  readonly words?: readonly string[];
  /** Other whole forms: `CD50`, `CD 2A`. */
  readonly patterns?: readonly RegExp[];
}

/** Partners every profile knows. Neither « Commune » nor « Ville » is an alias: they stay their own partners. */
const COMMON: readonly CataloguePartner[] = [
  {
    id: 'ars',
    name: 'ARS',
    source: 'seed 000_afa51b918c030d0f.txt:1140; 001_237ec43c0da01fb8.txt:41 « Fond d’intervention régional (FIR) »',
    aliases: ['agence regionale de sante', 'fonds d intervention regional', 'fond d intervention regional', 'dd ars', 'dt ars'],
    prefixes: ['ars', 'agence regionale de sante', 'fir', 'fonds d intervention regional', 'fond d intervention regional'],
    words: ['ars', 'fir'],
  },
  {
    id: 'collectivite',
    name: 'Collectivité porteuse',
    source: 'seed 000_afa51b918c030d0f.txt:1140 « la ou les collectivités porteuse(s) du CLS (ou EPCI, Pays) »',
    aliases: ['collectivite porteuse', 'collectivite', 'porteur', 'porteur du cls', 'autofinancement', 'epci'],
  },
  {
    id: 'region',
    name: 'Conseil régional',
    source: 'seed 000_afa51b918c030d0f.txt:1324 « Le Conseil régional, dans le cadre des Contrats régionaux de solidarité territoriale »',
    aliases: ['conseil regional', 'region', 'crst', 'contrat regional de solidarite territoriale'],
    prefixes: ['conseil regional', 'region', 'crst'],
  },
  {
    id: 'departement',
    name: 'Conseil départemental',
    source: 'seed 000_afa51b918c030d0f.txt:1141; 004_6c4d6d0ed7a0af23.txt:372',
    aliases: ['conseil departemental', 'departement', 'conseil general', 'cd'],
    prefixes: ['conseil departemental', 'departement', 'conseil general', 'cd'],
    patterns: [/^cd ?(\d{2,3}|2a|2b)$/],
  },
  {
    id: 'conference-financeurs',
    name: 'Conférence des financeurs',
    source: 'seed 000_afa51b918c030d0f.txt:1872 « Conférence départementale des financeurs »',
    aliases: ['conference des financeurs', 'conference departementale des financeurs', 'cfppa', 'conf des financeurs'],
    prefixes: ['conference des financeurs', 'conference departementale des financeurs', 'cfppa'],
  },
  {
    id: 'cpam',
    name: 'CPAM',
    source: 'seed 004_6c4d6d0ed7a0af23.txt:372 « Caisse primaire d’assurance maladie (CPAM) »; 000_afa51b918c030d0f.txt:1193',
    aliases: ['caisse primaire d assurance maladie', 'assurance maladie', 'organismes de l assurance maladie'],
    prefixes: ['cpam', 'caisse primaire d assurance maladie', 'assurance maladie'],
    words: ['cpam'],
  },
  {
    id: 'caf',
    name: 'CAF',
    source: 'seed 004_6c4d6d0ed7a0af23.txt:372 « Caisse d’allocations familiales (CAF) »',
    aliases: ['caisse d allocations familiales', 'caisse d allocation familiale', 'caisse d allocations familiale'],
    prefixes: ['caf', 'caisse d allocations familiales', 'caisse d allocation familiale'],
    words: ['caf'],
  },
  {
    id: 'anct',
    name: 'ANCT',
    source: 'seed 000_afa51b918c030d0f.txt:1328-1331 « L’Agence Nationale de la Cohésion des Territoires »',
    aliases: ['agence nationale de la cohesion des territoires'],
    prefixes: ['anct', 'agence nationale de la cohesion des territoires'],
    words: ['anct'],
  },
  {
    id: 'msa',
    name: 'MSA',
    source: 'seed 004_6c4d6d0ed7a0af23.txt:879 « la Mutualité sociale agricole (MSA) »',
    aliases: ['mutualite sociale agricole'],
    prefixes: ['msa', 'mutualite sociale agricole'],
    words: ['msa'],
  },
  {
    id: 'prefecture',
    name: 'Préfecture',
    source: 'seed 000_afa51b918c030d0f.txt:1140 « l’ARS, la Préfecture »; 004_6c4d6d0ed7a0af23.txt:421 « Délégué du préfet »',
    aliases: ['prefecture', 'prefet', 'etat', 'sous prefecture', 'delegue du prefet'],
    prefixes: ['prefecture', 'prefet', 'sous prefecture', 'delegue du prefet'],
  },
  {
    id: 'carsat',
    name: 'CARSAT',
    source: 'seed 000_afa51b918c030d0f.txt:1203 « Caisse d’Assurance Retraite et de la Santé Au Travail »',
    aliases: ['caisse d assurance retraite et de la sante au travail'],
    prefixes: ['carsat'],
    words: ['carsat'],
  },
  {
    id: 'education-nationale',
    name: 'Éducation nationale',
    source: 'seed 000_afa51b918c030d0f.txt:1142 « la Direction des Services Départementaux de l’Education Nationale »',
    aliases: ['education nationale', 'dsden', 'direction des services departementaux de l education nationale', 'rectorat'],
    prefixes: ['education nationale', 'dsden'],
  },
  {
    id: 'drajes',
    name: 'DRAJES',
    source: 'seed 000_afa51b918c030d0f.txt:1199 « Délégation régionale académique à la jeunesse, à l’engagement et aux sports »',
    aliases: ['delegation regionale academique a la jeunesse a l engagement et aux sports'],
    prefixes: ['drajes'],
  },
  {
    id: 'ddets',
    name: 'DDETS',
    source: 'seed 004_6c4d6d0ed7a0af23.txt:1473 « DDETS : Direction départementale de l’emploi, du travail et des solidarités »',
    aliases: ['direction departementale de l emploi du travail et des solidarites'],
    prefixes: ['ddets'],
  },
  {
    id: 'centre-hospitalier',
    name: 'Centre hospitalier',
    source: 'seed 000_afa51b918c030d0f.txt:1141 « le Centre Hospitalier »',
    aliases: ['centre hospitalier', 'ch', 'chu', 'ght', 'groupement hospitalier de territoire'],
    prefixes: ['centre hospitalier', 'ght', 'chu'],
  },
];

/** Per-profile spellings: the region's ARS and Région, its départements written bare, its funding schemes. */
const REGIONAL: Readonly<Record<Exclude<ProfileId, 'generic'>, Readonly<Partial<Record<PartnerId, readonly string[]>>>>> = {
  // seed 004_6c4d6d0ed7a0af23.txt:207 « l'ARS Normandie et la Région Normandie »; 004:421 « Délégué du préfet en charge de la politique de la ville »
  normandie: {
    ars: ['ars normandie'],
    region: ['region normandie', 'conseil regional de normandie'],
    departement: ['calvados', 'eure', 'manche', 'orne', 'seine maritime', 'cd14', 'cd27', 'cd50', 'cd61', 'cd76'],
    prefecture: ['politique de la ville', 'contrat de ville', 'credits politique de la ville'],
  },
  // seed 000_afa51b918c030d0f.txt:1328-1331 (ANCT for the Quartiers Prioritaires de la politique de la Ville); 000:1897-1898
  'centre-val-de-loire': {
    ars: ['ars centre val de loire', 'ars cvl'],
    region: ['region centre val de loire', 'region centre', 'conseil regional du centre val de loire', 'contrat regional de solidarite territoriale'],
    departement: ['cher', 'eure et loir', 'indre', 'indre et loire', 'loir et cher', 'loiret', 'cd18', 'cd28', 'cd36', 'cd37', 'cd41', 'cd45'],
    anct: ['politique de la ville', 'contrat de ville', 'credits politique de la ville', 'contrat de ruralite'],
  },
};

/** Agence de l'eau is a Centre-Val de Loire scheme (seed 000_afa51b918c030d0f.txt:1898). */
const CVL_ONLY: readonly CataloguePartner[] = [
  {
    id: 'agence-eau',
    name: 'Agence de l’eau',
    source: 'seed 000_afa51b918c030d0f.txt:1898 « Contrat territorial de l’Agence de l’eau Loire-Bretagne »',
    aliases: ['agence de l eau', 'agence de l eau loire bretagne'],
    prefixes: ['agence de l eau'],
  },
];

const withRegional = (partners: readonly CataloguePartner[], regional: Partial<Record<PartnerId, readonly string[]>>): CataloguePartner[] =>
  partners.map((p) => ({ ...p, aliases: [...p.aliases, ...(regional[p.id] ?? [])] }));

const CATALOGUES: Readonly<Record<ProfileId, readonly CataloguePartner[]>> = {
  normandie: withRegional(COMMON, REGIONAL.normandie),
  'centre-val-de-loire': [...withRegional(COMMON, REGIONAL['centre-val-de-loire']), ...CVL_ONLY],
  // Outside the two regions, « Politique de la ville » is the national ANCT programme (seed 000_afa51b918c030d0f.txt:1893).
  generic: withRegional(COMMON, { anct: ['politique de la ville', 'contrat de ville', 'contrat de ruralite'] }),
};

/** The partner catalogue of a profile. */
export const partnerCatalogue = (profile: ProfileId): readonly CataloguePartner[] => CATALOGUES[profile];
