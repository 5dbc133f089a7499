// seed 004_6c4d6d0ed7a0af23.txt:1111 the follow-up log « rendre compte de l'avancée des travaux … des éventuelles difficultés »
import { at } from '../../model';
import { serialToIso } from '../../values/dates';
import type { Rule } from '../rule';

export const actionLate: Rule = {
  id: 'action.late',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1111',
  *check({ model, asOf }) {
    for (const a of model.actions) {
      const end = a.end.value;
      const status = a.status.value;
      if (end !== null && end < asOf && status !== 'Réalisée' && status !== 'Abandonnée') {
        yield at(a.end.ref, this.id, { end: serialToIso(end), status: status ?? '', asOf: serialToIso(asOf) });
      }
    }
  },
};
