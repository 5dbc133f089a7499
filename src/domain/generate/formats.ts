/** Number formats, validations and input prompts per column kind (CONTRACT §1). */
import type { ColumnKind, ColumnSpec, ParameterSpec } from '../workbook/contract';
import { MAX_DURATION_YEARS, MIN_DURATION_YEARS } from '../workbook/contract';
import { DYNAMIC_LIST_NAMES, LISTS } from '../workbook/lists';
import { ymdToSerial } from '../values/dates';
import type { ListId } from '../workbook/lists';
import type { ValidationPlan } from './plan';

/** Excel stores number formats in the invariant (en-US) form and localises the display: `25 000,00 €` in French. */
export const FORMATS = {
  amount: '#,##0.00 "€"',
  /** Matrix amounts: a dash for zero keeps the partner grid readable. */
  amountOrDash: '#,##0.00 "€";-#,##0.00 "€";"–"',
  integer: '#,##0',
  decimal: '0.0#',
  date: 'dd/mm/yyyy',
  monthYear: 'mm/yyyy',
  percent: '0 %',
  year: '0',
  /** Text, so that `1.1.1` or `12.1` typed by a user never becomes a date or a number. */
  text: '@',
} as const;

/** Any plausible CLS date: rejects typing slips such as 12/03/0205 while accepting old contracts. */
const DATE_VALIDATION: ValidationPlan = { kind: 'date', min: ymdToSerial(1990, 1, 1), max: ymdToSerial(2100, 12, 31) };

export function listName(list: ListId): string {
  return list === 'funders' || list === 'actions' ? DYNAMIC_LIST_NAMES[list] : LISTS[list].name;
}

const isOpenList = (list: ListId): boolean => list !== 'funders' && list !== 'actions' && LISTS[list].open;

export function listValidation(list: ListId): ValidationPlan {
  return { kind: 'list', listName: listName(list), strict: !isOpenList(list) };
}

/** Numbering columns hold text: `12.1` must stay `12.1`, not 12,1. */
const TEXT_KEYS = new Set(['axisNumber', 'goalNumber', 'objectiveNumber', 'actionNumber']);

export function columnNumberFormat(column: Pick<ColumnSpec, 'key' | 'kind'>): string | undefined {
  if (TEXT_KEYS.has(column.key)) return FORMATS.text;
  return kindFormat(column.kind);
}

function kindFormat(kind: ColumnKind): string | undefined {
  switch (kind) {
    case 'amount':
      return FORMATS.amount;
    case 'integer':
      return FORMATS.integer;
    case 'date':
      return FORMATS.date;
    case 'monthYear':
      return FORMATS.monthYear;
    case 'percent':
      return FORMATS.percent;
    case 'year':
      return FORMATS.year;
    case 'decimal':
    case 'text':
    case 'list':
      return undefined;
  }
}

export function columnValidation(column: Pick<ColumnSpec, 'kind' | 'list'>): ValidationPlan | undefined {
  if (column.list !== undefined) return listValidation(column.list);
  switch (column.kind) {
    case 'amount':
      return { kind: 'decimal', min: 0 };
    case 'integer':
      return { kind: 'whole', min: 0 };
    case 'percent':
      return { kind: 'decimal', min: 0, max: 1 };
    case 'year':
      return { kind: 'whole', min: 2000, max: 2100 };
    case 'date':
      return DATE_VALIDATION;
    case 'decimal':
    case 'text':
    case 'list':
    case 'monthYear':
      return undefined;
  }
}

/** French input prompts on the columns people most often get wrong. */
export const COLUMN_PROMPTS: Readonly<Record<string, string>> = {
  'CLS_Actions.actionNumber': 'Numéro de l’action : objectif spécifique + rang, par ex. 12.1.1 pour l’objectif 12.1.',
  'CLS_Actions.objectiveNumber': 'Objectif général + rang, par ex. 12.1.',
  'CLS_Actions.pilot': 'Structure ou service pilote. Le coordinateur CLS ne pilote que si sa fiche de poste le prévoit ; il peut être co-pilote.',
  'CLS_Actions.status': 'Non démarrée, En cours, Réalisée, Reportée ou Abandonnée.',
  'CLS_Actions.progress': 'Avancement en pourcentage : 0 % à 100 %.',
  'CLS_Actions.budget': 'Budget prévisionnel total de l’action sur la durée du contrat, en euros.',
  'CLS_Financements.object': 'Action, ou Coordination, Diagnostic, Évaluation, Communication et animation, Autre.',
  'CLS_Financements.actionNumber': 'Obligatoire quand l’objet est « Action » : un N° action du plan d’action.',
  'CLS_Financements.funder': 'Un financeur du tableau CLS_Financeurs (feuille Paramètres).',
  'CLS_Financements.nature': 'Financier, Humain valorisé ou Matériel valorisé.',
  'CLS_Financements.year': 'Année de l’engagement (aaaa), comprise dans la durée du contrat.',
  'CLS_Financements.amount': 'Montant en euros, nombre positif (pas de texte).',
  'CLS_Financements.status': 'Acquis, Sollicité ou Prévisionnel. Seuls Acquis et Sollicité comptent dans le total engagé.',
  'CLS_Financements.paid': 'Montant effectivement versé à ce jour, en euros (bilan financier annuel) ; au plus le montant engagé.',
  'CLS_Instances.instance': 'COPIL, COTECH, Dialogue de gestion ou Autre : une ligne par réunion tenue, avec sa date.',
  'CLS_Evaluation.indicatorType': 'Processus (moyens, déroulement) ou Résultat (effets attendus).',
  'CLS_Evaluation.when': 'Mois et année de la mesure, par ex. 03/2026.',
  'CLS_Evaluation.target': 'Valeur à atteindre ; obligatoire pour un indicateur quantitatif.',
};

/** Format and validation of a parameter's `Valeur` cell. */
export function parameterCell(spec: ParameterSpec): { numberFormat?: string; validation?: ValidationPlan; prompt?: string } {
  if (spec.key === 'durationYears') {
    return {
      numberFormat: FORMATS.year,
      validation: { kind: 'whole', min: MIN_DURATION_YEARS, max: MAX_DURATION_YEARS },
      prompt: `Durée du contrat en années : ${MIN_DURATION_YEARS} à ${MAX_DURATION_YEARS}.`,
    };
  }
  if (spec.key === 'coordinationFte') {
    return { numberFormat: FORMATS.decimal, validation: { kind: 'decimal', min: 0, max: 3 }, prompt: 'Équivalent temps plein du poste de coordination (0 à 3).' };
  }
  switch (spec.kind) {
    case 'date':
      return { numberFormat: FORMATS.date, validation: DATE_VALIDATION, prompt: 'Date au format jj/mm/aaaa.' };
    case 'integer':
      return { numberFormat: FORMATS.integer, validation: { kind: 'whole', min: 0 } };
    case 'amount':
      return { numberFormat: FORMATS.amount, validation: { kind: 'decimal', min: 0 } };
    case 'decimal':
      return { validation: { kind: 'decimal', min: 0 } };
    case 'list':
      return spec.list === undefined ? {} : { validation: listValidation(spec.list) };
    case 'text':
      return {};
  }
}

const LINE_HEIGHT = 15;

/** Lines a text takes in a column `width` characters wide, wrapping at spaces like Excel does (a cautious measure). */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(width - 3, 4);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) used = needed;
      else {
        lines += used === 0 ? 0 : 1;
        used = word.length;
        // A word longer than the column spills on several lines.
        while (used > capacity) {
          lines++;
          used -= capacity;
        }
      }
    }
  }
  return lines;
}

/** Row height in points for the tallest wrapped cell of a row; undefined when one line is enough. */
export function rowHeight(cells: readonly { text: string; width: number }[], maxLines = 8): number | undefined {
  const lines = Math.min(maxLines, Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width))));
  return lines > 1 ? lines * LINE_HEIGHT + 2 : undefined;
}
