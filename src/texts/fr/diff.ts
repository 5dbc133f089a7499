/** The words of the comparison of two versions, in French (command line and page). */
import type { ActionField } from '../../domain/diff/diff';

export interface DiffTexts {
  readonly title: string;
  versions(before: string, after: string): string;
  readonly nothing: string;
  readonly committed: string;
  readonly byPartner: string;
  readonly partner: string;
  readonly before: string;
  readonly after: string;
  readonly delta: string;
  readonly unlisted: string;
  readonly commitments: string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
  readonly amount: string;
  readonly status: string;
  readonly year: string;
  readonly noYear: string;
  readonly actions: string;
  readonly newAction: string;
  readonly removedAction: string;
  readonly field: Readonly<Record<ActionField, string>>;
  readonly measures: string;
  measure(year: number): string;
  readonly newMeasure: string;
  readonly partnersAdded: string;
  readonly partnersRemoved: string;
  readonly empty: string;
}

export const diff: DiffTexts = {
  title: 'Ce qui a changé',
  versions: (b, a) => `avant : ${b} · après : ${a}`,
  nothing: 'Aucun changement dans les engagements, les actions, les mesures des indicateurs ni la liste des partenaires.',
  committed: 'Engagé (acquis + sollicité)',
  byPartner: 'Écarts par partenaire',
  partner: 'Partenaire',
  before: 'Avant',
  after: 'Après',
  delta: 'Écart',
  unlisted: 'Hors liste des partenaires',
  commitments: 'Engagements (CLS_Financements)',
  added: 'ajouté',
  removed: 'retiré',
  changed: 'modifié',
  amount: 'montant',
  status: 'statut',
  year: 'année',
  noYear: 'sans année',
  actions: 'Actions (CLS_Actions)',
  newAction: 'nouvelle action',
  removedAction: 'action retirée',
  field: {
    title: 'intitulé',
    status: 'statut',
    start: 'début',
    end: 'fin',
    progress: 'avancement',
    budget: 'budget',
  },
  measures: 'Indicateurs (CLS_Evaluation)',
  measure: (y) => `réalisé année ${y}`,
  newMeasure: 'nouvelle mesure',
  partnersAdded: 'Partenaires ajoutés à la liste',
  partnersRemoved: 'Partenaires retirés de la liste',
  empty: 'vide',
};
