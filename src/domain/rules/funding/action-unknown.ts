// seed 001_237ec43c0da01fb8.txt « un dispositif simple de suivi des moyens fléchés par action »: money must point to a real action
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const fundingActionUnknown: Rule = {
  id: 'funding.action-unknown',
  severity: 'error',
  source: 'seed 001_237ec43c0da01fb8.txt (suivi des moyens fléchés par action)',
  *check({ model }) {
    if (!model.tables.actions) return;
    const known = new Set(model.actions.map((a) => actionKey(a.number.value)));
    for (const f of model.fundings) {
      const n = f.actionNumber.value;
      if (n !== null && !known.has(actionKey(n))) yield at(f.actionNumber.ref, this.id, { action: n });
    }
  },
};
