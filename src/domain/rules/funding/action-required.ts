// seed 000_afa51b918c030d0f.txt:192 « un dispositif simple de suivi des moyens fléchés par action »: a commitment to an action names it
import { at } from '../../model';
import type { Rule } from '../rule';

export const fundingActionRequired: Rule = {
  id: 'funding.action-required',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192',
  *check({ model }) {
    for (const f of model.fundings) {
      if (f.object.value === 'Action' && f.actionNumber.value === null) {
        yield at(f.actionNumber.ref.address === '' ? f.object.ref : f.actionNumber.ref, this.id);
      }
    }
  },
};
