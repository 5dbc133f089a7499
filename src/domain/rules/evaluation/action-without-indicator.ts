// seed 004_6c4d6d0ed7a0af23.txt:1013 « Indicateurs de suivi et de résultats … Incontournable »
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const evaluationActionWithoutIndicator: Rule = {
  id: 'evaluation.action-without-indicator',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1013',
  *check({ model }) {
    if (!model.tables.evaluation) return;
    const evaluated = new Set(model.indicators.map((i) => actionKey(i.actionNumber.value)));
    for (const a of model.actions) {
      if (a.number.value !== null && !evaluated.has(actionKey(a.number.value))) yield at(a.number.ref, this.id, { action: a.number.value });
    }
  },
};
