// seed 004_6c4d6d0ed7a0af23.txt:1079-1081 « déterminés au regard de leur caractère atteignable … Indicateur quantitatif : mesure le résultat en volume »
import { at } from '../../model';
import type { Rule } from '../rule';

export const evaluationTargetMissing: Rule = {
  id: 'evaluation.target-missing',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1079-1081',
  *check({ model }) {
    if (!model.tables.evaluation?.columns.some((c) => c.key === 'target')) return;
    for (const i of model.indicators) {
      if (i.nature.value === 'Quantitatif' && i.target.value === null) yield at(i.target.ref, this.id, { indicator: i.indicator.value ?? '' });
    }
  },
};
