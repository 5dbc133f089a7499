// seed 000_afa51b918c030d0f.txt:1388-1389 « valoriser les engagements connus de chaque partenaire sur les moyens alloués au CLS »: never negative
import { at } from '../../model';
import type { Rule } from '../rule';

export const fundingAmountNegative: Rule = {
  id: 'funding.amount-negative',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:1388-1389',
  *check({ model }) {
    for (const f of model.fundings) {
      const cents = f.amountCents.value;
      if (cents !== null && cents < 0) yield at(f.amountCents.ref, this.id, { amountCents: cents });
    }
  },
};
