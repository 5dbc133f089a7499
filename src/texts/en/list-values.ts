/** The contract's list values (objet, nature, statut) in English. */
import type { Catalogue } from '../catalogue';
import type { listValues as fr } from '../fr/list-values';

export const listValues: Catalogue<typeof fr> = {
  Action: 'Action',
  Coordination: 'Coordination',
  Diagnostic: 'Diagnosis',
  Évaluation: 'Evaluation',
  'Communication et animation': 'Communication and outreach',
  Autre: 'Other',
  Financier: 'Financial',
  'Humain valorisé': 'Valued staff',
  'Matériel valorisé': 'Valued material',
  Acquis: 'Secured',
  Sollicité: 'Requested',
  Prévisionnel: 'Forecast',
  'Non démarrée': 'Not started',
  'En cours': 'In progress',
  Réalisée: 'Done',
  Reportée: 'Postponed',
  Abandonnée: 'Abandoned',
};
