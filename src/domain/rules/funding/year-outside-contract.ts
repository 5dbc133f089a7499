// seed 000_afa51b918c030d0f.txt:1320-1321 « chaque financeur précise son engagement financier pour la durée du contrat »; the diagnostic comes first: 000_afa51b918c030d0f.txt:786 « une étape préalable à sa mise en place », 004_6c4d6d0ed7a0af23.txt:571 « Avant la signature : 6 mois à 1 an »
import { at } from '../../model';
import { serialToYmd } from '../../values/dates';
import { calendarYears, contractPeriod } from '../contract-period';
import type { Rule } from '../rule';

/** The diagnostic may be paid up to a year before the signature. */
const DIAGNOSTIC_LEAD_YEARS = 1;

export const fundingYearOutsideContract: Rule = {
  id: 'funding.year-outside-contract',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1320-1321; 000_afa51b918c030d0f.txt:786; 004_6c4d6d0ed7a0af23.txt:571',
  *check({ model }) {
    const period = contractPeriod(model.parameters);
    if (!period) return;
    const years = calendarYears(period);
    const first = serialToYmd(period.start).year;
    const last = years[years.length - 1] ?? first;
    for (const f of model.fundings) {
      const year = f.year.value;
      if (year === null) continue;
      const from = f.object.value === 'Diagnostic' ? first - DIAGNOSTIC_LEAD_YEARS : first;
      if (year < from || year > last) yield at(f.year.ref, this.id, { year, first: from, last });
    }
  },
};
