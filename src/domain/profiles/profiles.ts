/** Regional rule profiles as data (CONTRACT §2); rules name the profiles they apply to. */
import type { ProfileId } from '../report';
import { fold } from '../values/text';

export interface Profile {
  readonly id: ProfileId;
  /** Value of the `Profil régional` parameter that selects it. */
  readonly parameterValue: string;
  readonly label: { readonly fr: string; readonly en: string };
  /** Themes every CLS of the region must cover (seed 000_afa51b918c030d0f.txt:149-150; loi 3DS, 004_6c4d6d0ed7a0af23.txt:155). */
  readonly mandatoryThemes: readonly string[];
}

export const PROFILES: readonly Profile[] = [
  {
    id: 'normandie',
    parameterValue: 'Normandie',
    label: { fr: 'Normandie', en: 'Normandy' },
    mandatoryThemes: ['Santé mentale'],
  },
  {
    id: 'centre-val-de-loire',
    parameterValue: 'Centre-Val de Loire',
    label: { fr: 'Centre-Val de Loire', en: 'Centre-Val de Loire' },
    mandatoryThemes: ['Santé mentale', 'Nutrition (alimentation, activité physique)', 'Santé environnementale'],
  },
  {
    id: 'generic',
    parameterValue: 'Autre',
    label: { fr: 'Générique', en: 'Generic' },
    mandatoryThemes: ['Santé mentale'],
  },
];

export const profileById = (id: ProfileId): Profile => PROFILES.find((p) => p.id === id) ?? (PROFILES[2] as Profile);

/** The profile named by the `Profil régional` parameter; generic when empty or unknown. */
export function profileFromParameter(value: string | null): ProfileId {
  if (value === null) return 'generic';
  return PROFILES.find((p) => fold(p.parameterValue) === fold(value))?.id ?? 'generic';
}
