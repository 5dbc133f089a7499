// seed 000_afa51b918c030d0f.txt:1369 « chaque financeur précise son engagement financier pour la durée du contrat »
import { at } from '../../model';
import { contractPeriod } from '../contract-period';
import type { Rule } from '../rule';

export const fundingYearOutsideContract: Rule = {
  id: 'funding.year-outside-contract',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1369',
  *check({ model }) {
    const period = contractPeriod(model.contractYears);
    if (!period) return;
    const { first, last } = period;
    for (const f of model.fundings) {
      const year = f.year.value;
      if (year !== null && !model.contractYears.includes(year)) yield at(f.year.ref, this.id, { year, first, last });
    }
  },
};
