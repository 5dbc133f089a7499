// seed 000_afa51b918c030d0f.txt:192 « un dispositif simple de suivi des moyens fléchés par action »: money must point to a real action
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const fundingActionUnknown: Rule = {
  id: 'funding.action-unknown',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192',
  *check({ model }) {
    if (!model.tables.actions) return;
    const known = new Set(model.actions.map((a) => actionKey(a.number.value)));
    for (const f of model.fundings) {
      const n = f.actionNumber.value;
      if (n !== null && !known.has(actionKey(n))) yield at(f.actionNumber.ref, this.id, { action: n });
    }
  },
};
