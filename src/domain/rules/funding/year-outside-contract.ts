// seed 000_afa51b918c030d0f.txt:1369 « chaque financeur précise son engagement financier pour la durée du contrat »
import { at } from '../../model';
import type { Rule } from '../rule';

export const fundingYearOutsideContract: Rule = {
  id: 'funding.year-outside-contract',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1369',
  *check({ model }) {
    const years = model.contractYears;
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined) return;
    for (const f of model.fundings) {
      const year = f.year.value;
      if (year !== null && !years.includes(year)) yield at(f.year.ref, this.id, { year, first, last });
    }
  },
};
