// seed 004_6c4d6d0ed7a0af23.txt:382 « Le CLS est conclu pour une durée de 3 à 5 ans »: from the signature date, not calendar years
import { at } from '../../model';
import { serialToIso } from '../../values/dates';
import { contractPeriod } from '../contract-period';
import type { Rule } from '../rule';

export const actionDatesOutsideContract: Rule = {
  id: 'action.dates-outside-contract',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:382',
  *check({ model }) {
    const period = contractPeriod(model.parameters);
    if (!period) return;
    const { start, end } = period;
    for (const a of model.actions) {
      for (const field of [a.start, a.end]) {
        if (field.value !== null && (Math.floor(field.value) < start || Math.floor(field.value) > end)) {
          yield at(field.ref, this.id, { date: serialToIso(field.value), start: serialToIso(start), end: serialToIso(end) });
        }
      }
    }
  },
};
