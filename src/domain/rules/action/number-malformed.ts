// seed 004_6c4d6d0ed7a0af23.txt:1023 « Objectif opérationnel / Action n° 12.1.1 »
import { at } from '../../model';
import type { Rule } from '../rule';
import { ACTION_NUMBER } from './numbering';

export const actionNumberMalformed: Rule = {
  id: 'action.number-malformed',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1023',
  *check({ model }) {
    for (const action of model.actions) {
      const n = action.number.value;
      if (n !== null && !ACTION_NUMBER.test(n)) yield at(action.number.ref, this.id);
    }
  },
};
