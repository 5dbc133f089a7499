/** Regional rule profiles as data (CONTRACT §2); rules name the profiles they apply to. */
import type { ProfileId } from '../report';
import type { InstanceType } from '../workbook/lists';
import { fold } from '../values/text';

/** A volet the CLS must hold when signed or renewed on or after `since` (ISO date). */
export interface MandatoryTheme {
  /** A value of the `Thématique` list. */
  readonly theme: string;
  readonly since: string;
}

/** Loi 3DS of 21 February 2022: « un volet consacré à la santé mentale » (seed 004_6c4d6d0ed7a0af23.txt:155; 000_afa51b918c030d0f.txt:20-21). */
const MENTAL_HEALTH: MandatoryTheme = { theme: 'Santé mentale', since: '2022-02-21' };
/** Centre-Val de Loire « Depuis 2022 (loi 3DS) et 2023 (stratégie régionale) » (seed 000_afa51b918c030d0f.txt:149-150). */
const CVL_SINCE_2023 = '2023-01-01';

/** A fiche-action item the guide asks for, and the `CLS_Actions` column that carries it. */
export interface FicheItem {
  readonly item: string;
  /** `budget`: the budget or at least one commitment to the action. */
  readonly column: 'actionObjective' | 'audience' | 'partners' | 'budget';
}

/** How many times an instance meets, at least, in each contract year. */
export interface InstanceMinimum {
  readonly instance: InstanceType;
  readonly perYear: number;
}

export interface Profile {
  readonly id: ProfileId;
  /** Value of the `Profil régional` parameter that selects it. */
  readonly parameterValue: string;
  readonly label: { readonly fr: string; readonly en: string };
  /** Volets every CLS of the region signed or renewed since a date must hold. */
  readonly mandatoryThemes: readonly MandatoryTheme[];
  /** Fiche-action items checked on each action (`action.fiche-item-missing`). */
  readonly ficheItems: readonly FicheItem[];
  /** The governance the guide requires each contract year (`governance.instance-frequency`). */
  readonly instanceMinimums: readonly InstanceMinimum[];
}

export const PROFILES: readonly Profile[] = [
  {
    id: 'normandie',
    parameterValue: 'Normandie',
    label: { fr: 'Normandie', en: 'Normandy' },
    mandatoryThemes: [MENTAL_HEALTH],
    // 004_6c4d6d0ed7a0af23.txt:1006 « Objectif général de l'action	Incontournable ».
    ficheItems: [{ item: "Objectif général de l'action", column: 'actionObjective' }],
    // COPIL « à minima une fois par an » (:407), COTECH « à minima 1 fois par an » (:423), « Un dialogue de gestion sera organisé annuellement » (:310).
    instanceMinimums: [
      { instance: 'COPIL', perYear: 1 },
      { instance: 'COTECH', perYear: 1 },
      { instance: 'Dialogue de gestion', perYear: 1 },
    ],
  },
  {
    id: 'centre-val-de-loire',
    parameterValue: 'Centre-Val de Loire',
    label: { fr: 'Centre-Val de Loire', en: 'Centre-Val de Loire' },
    mandatoryThemes: [
      MENTAL_HEALTH,
      { theme: 'Nutrition (alimentation, activité physique)', since: CVL_SINCE_2023 },
      { theme: 'Santé environnementale', since: CVL_SINCE_2023 },
    ],
    // 000_afa51b918c030d0f.txt:928-934 « Population cible », « Acteurs mobilisés », « Financements ».
    ficheItems: [
      { item: 'Population cible', column: 'audience' },
      { item: 'Acteurs mobilisés', column: 'partners' },
      { item: 'Financements', column: 'budget' },
    ],
    // 000_afa51b918c030d0f.txt:1156 the COPIL « se réunit au moins 2 fois par an ».
    instanceMinimums: [{ instance: 'COPIL', perYear: 2 }],
  },
  {
    id: 'generic',
    parameterValue: 'Autre',
    label: { fr: 'Générique', en: 'Generic' },
    // The loi 3DS is national.
    mandatoryThemes: [MENTAL_HEALTH],
    ficheItems: [],
    instanceMinimums: [],
  },
];

export const profileById = (id: ProfileId): Profile => PROFILES.find((p) => p.id === id) ?? (PROFILES[2] as Profile);

/** The profile named by the `Profil régional` parameter; generic when empty or unknown. */
export function profileFromParameter(value: string | null): ProfileId {
  if (value === null) return 'generic';
  return PROFILES.find((p) => fold(p.parameterValue) === fold(value))?.id ?? 'generic';
}
