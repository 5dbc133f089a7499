/**
 * What Excel says when a cell we validate is typed wrong, and the hint it shows on the cell: one decision for the
 * file writer and the Office.js executor, so a workbook tells its users the same thing whichever wrote it. In French,
 * like the workbook's sheets and headers (src/texts/fr/validation-alerts.ts).
 */
import type { NumberBounds } from '../../texts/fr/validation-alerts';
import { validationAlerts as ALERTS } from '../../texts/fr/validation-alerts';
import { serialToIso } from '../values/dates';
import type { ValidationPlan } from './plan';

/** Excel limits an alert's or a prompt's title to 32 characters and a prompt to 255. */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export interface ValidationAlert {
  /** `stop` refuses the value; `information` accepts it with the notice (an open list). */
  readonly style: 'stop' | 'information';
  readonly title: string;
  readonly message: string;
}

export interface ValidationPrompt {
  readonly title: string;
  readonly message: string;
}

/** The alert for a value that breaks `plan`. */
export function validationAlert(plan: ValidationPlan): ValidationAlert {
  switch (plan.kind) {
    case 'list':
      return plan.strict ? { style: 'stop', title: ALERTS.listTitle, message: ALERTS.listStrict } : { style: 'information', title: ALERTS.listTitle, message: ALERTS.listOpen };
    case 'date':
      return {
        style: 'stop',
        title: ALERTS.dateTitle,
        message: ALERTS.date(plan.min !== undefined && plan.max !== undefined ? { from: serialToIso(plan.min), to: serialToIso(plan.max) } : undefined),
      };
    case 'decimal':
    case 'whole': {
      const { min, max } = plan;
      const bounds: NumberBounds =
        min !== undefined && max !== undefined ? { kind: 'between', min, max } : min !== undefined ? { kind: 'atLeast', min } : max !== undefined ? { kind: 'atMost', max } : { kind: 'any' };
      return { style: 'stop', title: ALERTS.numberTitle, message: ALERTS.number(plan.kind === 'whole', bounds) };
    }
  }
}

/** The hint shown on the cell, titled by its column's header (or « Saisie » for a cell outside a table). */
export function validationPrompt(prompt: string, header: string | undefined): ValidationPrompt {
  return { title: clip(header ?? ALERTS.promptTitle, TITLE_MAX), message: clip(prompt, PROMPT_MAX) };
}
