// seed 004_6c4d6d0ed7a0af23.txt:1105 « Une fois par an avant le dialogue de gestion : préciser quand (mois/année) »
import { at } from '../../model';
import { isEmptyValue } from '../../values/cells';
import { parseMonthYear } from '../../values/month-year';
import type { Rule } from '../rule';

export const evaluationWhenImprecise: Rule = {
  id: 'evaluation.when-imprecise',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1105',
  *check({ model }) {
    for (const i of model.indicators) {
      const value = i.when.value;
      if (value !== null && !isEmptyValue(value) && parseMonthYear(value) === null) yield at(i.when.ref, this.id);
    }
  },
};
