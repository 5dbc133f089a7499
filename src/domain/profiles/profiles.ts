/** Regional rule profiles as data (CONTRACT §2); rules name the profiles they apply to. */
import type { ProfileId } from '../report';
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

export interface Profile {
  readonly id: ProfileId;
  /** Value of the `Profil régional` parameter that selects it. */
  readonly parameterValue: string;
  readonly label: { readonly fr: string; readonly en: string };
  /** Volets every CLS of the region signed or renewed since a date must hold. */
  readonly mandatoryThemes: readonly MandatoryTheme[];
}

export const PROFILES: readonly Profile[] = [
  {
    id: 'normandie',
    parameterValue: 'Normandie',
    label: { fr: 'Normandie', en: 'Normandy' },
    mandatoryThemes: [MENTAL_HEALTH],
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
  },
  {
    id: 'generic',
    parameterValue: 'Autre',
    label: { fr: 'Générique', en: 'Generic' },
    // The loi 3DS is national.
    mandatoryThemes: [MENTAL_HEALTH],
  },
];

export const profileById = (id: ProfileId): Profile => PROFILES.find((p) => p.id === id) ?? (PROFILES[2] as Profile);

/** The profile named by the `Profil régional` parameter; generic when empty or unknown. */
export function profileFromParameter(value: string | null): ProfileId {
  if (value === null) return 'generic';
  return PROFILES.find((p) => fold(p.parameterValue) === fold(value))?.id ?? 'generic';
}
