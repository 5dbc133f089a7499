// seed 004_6c4d6d0ed7a0af23.txt:1023 « Objectif opérationnel / Action n° 12.1.1 »: the action number is the key of the fiche action (CONTRACT §1)
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const actionNumberDuplicate: Rule = {
  id: 'action.number-duplicate',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1023',
  *check({ model }) {
    const first = new Map<string, string>();
    for (const action of model.actions) {
      const n = action.number.value;
      if (n === null) continue;
      const seen = first.get(actionKey(n));
      if (seen === undefined) first.set(actionKey(n), action.number.ref.address);
      else yield at(action.number.ref, this.id, { first: seen });
    }
  },
};
