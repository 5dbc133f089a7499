// seed 004_6c4d6d0ed7a0af23.txt:833 « au cours de la dernière année du CLS, une évaluation finale est réalisée »: the Évaluation commitments carry its year
import { at } from '../../model';
import { serialToIso, serialToYmd } from '../../values/dates';
import { calendarYears, contractPeriod, contractYears } from '../contract-period';
import type { Rule } from '../rule';

export const evaluationFinalNotInLastYear: Rule = {
  id: 'evaluation.final-not-in-last-year',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:833',
  profiles: ['normandie'],
  *check({ model }) {
    const period = contractPeriod(model.parameters);
    const lastYear = period ? contractYears(period).at(-1) : undefined;
    if (!period || !lastYear) return;
    const inContract = new Set(calendarYears(period));
    // The last contract year spans one or two calendar years (14/10/2027 – 13/10/2028: 2027 and 2028).
    const first = serialToYmd(lastYear.from).year;
    const last = serialToYmd(lastYear.to).year;
    for (const f of model.fundings) {
      const year = f.year.value;
      // A year outside the contract is funding.year-outside-contract's to report.
      if (f.object.value !== 'Évaluation' || year === null || !inContract.has(year) || (year >= first && year <= last)) continue;
      yield at(f.year.ref, this.id, { year, from: serialToIso(lastYear.from), to: serialToIso(lastYear.to) });
    }
  },
};
