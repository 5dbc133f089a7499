// seed 004_6c4d6d0ed7a0af23.txt:310 « conditionné au cofinancement à part égale de la mission de coordination par la collectivité territoriale et le cas échéant par tout autre partenaire institutionnel »: a co-financing, not only cash, as 000_afa51b918c030d0f.txt:1371-1372 counts « moyens … par les différents partenaires : financiers, humains, matériels »
import { at } from '../../model';
import type { Rule } from '../rule';
import { firstArsLine } from './coordination';

export const fundingCoordinationCofinancing: Rule = {
  id: 'funding.coordination-cofinancing',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:310; 000_afa51b918c030d0f.txt:1371-1372',
  profiles: ['normandie'],
  *check({ model, totals, profile }) {
    for (const y of totals.coordination) {
      const line = firstArsLine(model, y.year, profile);
      if (line && y.arsCents > 0 && y.othersCents < y.arsCents) {
        yield at(line.amountCents.ref, this.id, {
          year: y.year,
          arsCents: y.arsCents,
          othersCents: y.othersCents,
          othersValuedCents: y.othersValuedCents,
          missingCents: y.arsCents - y.othersCents,
        });
      }
    }
  },
};
