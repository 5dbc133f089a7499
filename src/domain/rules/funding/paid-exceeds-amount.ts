// seed 004_6c4d6d0ed7a0af23.txt:829 « la présentation d'un bilan financier annuel »: what was paid cannot exceed the commitment
import { at } from '../../model';
import type { Rule } from '../rule';

export const fundingPaidExceedsAmount: Rule = {
  id: 'funding.paid-exceeds-amount',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:829',
  *check({ model }) {
    for (const f of model.fundings) {
      const paid = f.paidCents.value;
      const amount = f.amountCents.value;
      if (paid !== null && amount !== null && paid > amount) {
        yield at(f.paidCents.ref, this.id, { paidCents: paid, amountCents: amount, excessCents: paid - amount });
      }
    }
  },
};
