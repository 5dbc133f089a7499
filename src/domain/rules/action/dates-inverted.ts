// seed 004_6c4d6d0ed7a0af23.txt:1008 « Calendrier / Début et durée de l'action »
import { at } from '../../model';
import { serialToIso } from '../../values/dates';
import type { Rule } from '../rule';

export const actionDatesInverted: Rule = {
  id: 'action.dates-inverted',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1008',
  *check({ model }) {
    for (const a of model.actions) {
      const { value: start } = a.start;
      const { value: end } = a.end;
      if (start !== null && end !== null && end < start) {
        yield at(a.end.ref, this.id, { start: serialToIso(start), end: serialToIso(end) });
      }
    }
  },
};
