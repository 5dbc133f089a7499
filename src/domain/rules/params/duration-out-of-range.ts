// seed 004_6c4d6d0ed7a0af23.txt:382 « Le CLS est conclu pour une durée de 3 à 5 ans »
import { at } from '../../model';
import { MAX_DURATION_YEARS, MIN_DURATION_YEARS } from '../../workbook/contract';
import type { Rule } from '../rule';

export const paramsDurationOutOfRange: Rule = {
  id: 'params.duration-out-of-range',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:382',
  *check({ model }) {
    const duration = model.parameters.durationYears;
    const ref = model.parameters.refs.durationYears;
    if (duration === null || !ref) return;
    if (!Number.isInteger(duration) || duration < MIN_DURATION_YEARS || duration > MAX_DURATION_YEARS) {
      yield at(ref, this.id, { min: MIN_DURATION_YEARS, max: MAX_DURATION_YEARS });
    }
  },
};
