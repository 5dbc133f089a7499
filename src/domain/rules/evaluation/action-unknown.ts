// seed 004_6c4d6d0ed7a0af23.txt:1104-1105 « Résultats attendus … Objectifs opérationnels »: the evaluation grid is drawn per action of the plan
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const evaluationActionUnknown: Rule = {
  id: 'evaluation.action-unknown',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1104-1105',
  *check({ model }) {
    if (!model.tables.actions) return;
    const known = new Set(model.actions.map((a) => actionKey(a.number.value)));
    for (const i of model.indicators) {
      const n = i.actionNumber.value;
      if (n !== null && !known.has(actionKey(n))) yield at(i.actionNumber.ref, this.id, { action: n });
    }
  },
};
