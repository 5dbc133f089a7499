// seed 004_6c4d6d0ed7a0af23.txt:1013 « indicateurs de moyens et si possible, d'indicateurs de résultats »; 1088-1097
import { at } from '../../model';
import type { IndicatorRow } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const evaluationNoResultIndicator: Rule = {
  id: 'evaluation.no-result-indicator',
  severity: 'info',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1013',
  *check({ model }) {
    const byAction = new Map<string, IndicatorRow[]>();
    for (const i of model.indicators) {
      if (i.actionNumber.value === null) continue;
      const key = actionKey(i.actionNumber.value);
      const rows = byAction.get(key);
      if (rows) rows.push(i);
      else byAction.set(key, [i]);
    }
    for (const a of model.actions) {
      const rows = byAction.get(actionKey(a.number.value));
      if (rows && rows.length > 0 && rows.every((i) => i.type.value === 'Processus')) {
        yield at(a.number.ref, this.id, { action: a.number.value ?? '' });
      }
    }
  },
};
