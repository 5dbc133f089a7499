// seed 004_6c4d6d0ed7a0af23.txt:1081 « Indicateur quantitatif : … numériques (nombre ou taux) »
import { at } from '../../model';
import { isEmptyValue } from '../../values/cells';
import { parseNumberText, parsePercentText } from '../../values/numbers';
import type { Rule } from '../rule';

export const evaluationMeasureNotNumber: Rule = {
  id: 'evaluation.measure-not-number',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1081',
  *check({ model }) {
    for (const i of model.indicators) {
      if (i.nature.value !== 'Quantitatif') continue;
      for (const { year, field } of i.measures) {
        const v = field.value;
        if (v === null || isEmptyValue(v) || typeof v === 'number') continue;
        const suggestion = typeof v === 'string' ? (parseNumberText(v) ?? parsePercentText(v)) : null;
        yield at(field.ref, this.id, suggestion === null ? { year } : { year, suggestion });
      }
    }
  },
};
