// seed 000_afa51b918c030d0f.txt:192 « Mettre en place un dispositif simple de suivi des moyens fléchés par action »: SUMIFS adds numbers only, so an amount typed as text is missing from the partner table
import { at } from '../../model';
import { parseNumberText } from '../../values/numbers';
import type { Rule } from '../rule';

export const fundingAmountNotCounted: Rule = {
  id: 'funding.amount-not-counted',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192',
  *check({ model }) {
    for (const f of model.fundings) {
      const raw = f.amountCents.ref.raw;
      if (typeof raw !== 'string' || raw.trim() === '') continue;
      const suggestion = parseNumberText(raw);
      yield at(f.amountCents.ref, this.id, suggestion === null ? {} : { suggestion });
    }
  },
};
