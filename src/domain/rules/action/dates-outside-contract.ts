// seed 000_afa51b918c030d0f.txt:908 « Le programme d'actions est élaboré pour une durée allant de 3 à 5 ans »
import { at } from '../../model';
import { serialToFrench, ymdToSerial } from '../../values/dates';
import { contractPeriod } from '../contract-period';
import type { Rule } from '../rule';

export const actionDatesOutsideContract: Rule = {
  id: 'action.dates-outside-contract',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:908',
  *check({ model }) {
    const period = contractPeriod(model.contractYears);
    if (!period) return;
    const { first, last } = period;
    const from = ymdToSerial(first, 1, 1);
    const to = ymdToSerial(last, 12, 31);
    for (const a of model.actions) {
      for (const field of [a.start, a.end]) {
        if (field.value !== null && (field.value < from || field.value > to)) {
          yield at(field.ref, this.id, { date: serialToFrench(field.value), first, last });
        }
      }
    }
  },
};
