// seed 000_afa51b918c030d0f.txt:1440-1466 « ARS … Conseil dép … CPAM … Autres »: the engagement table has one column per partner of the list
import { at } from '../../model';
import { fold } from '../../values/text';
import type { Rule } from '../rule';

export const fundingFunderUnknown: Rule = {
  id: 'funding.funder-unknown',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:1440-1466',
  *check({ model }) {
    if (!model.tables.funders) return;
    const known = new Set(model.funders.map((f) => (f.name.value === null ? '' : fold(f.name.value))));
    for (const f of model.fundings) {
      const funder = f.funder.value;
      if (funder !== null && !known.has(fold(funder))) yield at(f.funder.ref, this.id, { funder });
    }
  },
};
