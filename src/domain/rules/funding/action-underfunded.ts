// seed 000_afa51b918c030d0f.txt:1467-1469 « Financements restant à trouver »
import { at } from '../../model';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

export const fundingActionUnderfunded: Rule = {
  id: 'funding.action-underfunded',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1467-1469',
  *check({ model, totals }) {
    const byAction = new Map(totals.byAction.map((t) => [actionKey(t.action), t]));
    for (const a of model.actions) {
      const line = byAction.get(actionKey(a.number.value));
      if (!line || line.budgetCents === null || line.remainingCents === null || line.remainingCents <= 0) continue;
      yield at(a.budgetCents.ref, this.id, {
        action: line.action,
        budgetCents: line.budgetCents,
        committedCents: line.committedCents,
        remainingCents: line.remainingCents,
      });
    }
  },
};
