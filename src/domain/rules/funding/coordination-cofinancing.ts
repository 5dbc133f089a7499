// seed 004_6c4d6d0ed7a0af23.txt:310 « conditionné au cofinancement à part égale de la mission de coordination par la collectivité territoriale »
import { at } from '../../model';
import type { Rule } from '../rule';
import { firstArsLine } from './coordination';

export const fundingCoordinationCofinancing: Rule = {
  id: 'funding.coordination-cofinancing',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:310',
  profiles: ['normandie'],
  *check({ model, totals }) {
    for (const y of totals.coordination) {
      const line = firstArsLine(model, y.year);
      if (line && y.arsCents > 0 && y.othersCents < y.arsCents) {
        yield at(line.amountCents.ref, this.id, {
          year: y.year,
          arsCents: y.arsCents,
          othersCents: y.othersCents,
          missingCents: y.arsCents - y.othersCents,
        });
      }
    }
  },
};
