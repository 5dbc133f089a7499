// seed 004_6c4d6d0ed7a0af23.txt:308 « apporter un soutien financier annuel à hauteur maximale de 25 000 € »; 000_afa51b918c030d0f.txt:1323 « L’ARS (25 000 € annuels maximum pour chaque poste) »
import { at } from '../../model';
import { ARS_COORDINATION_CAP_CENTS } from '../../totals';
import type { Rule } from '../rule';
import { firstArsLine } from './coordination';

/** A year's cap, whatever the FTE: the FTE enters the 50 % share rule only. */
export const fundingArsCoordinationCap: Rule = {
  id: 'funding.ars-coordination-cap',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:308; 000_afa51b918c030d0f.txt:1323',
  profiles: ['normandie', 'centre-val-de-loire'],
  *check({ model, totals, profile }) {
    for (const y of totals.coordination) {
      const line = firstArsLine(model, y.year, profile);
      if (line && y.arsCents > y.capCents) {
        const posts = Math.round(y.capCents / ARS_COORDINATION_CAP_CENTS);
        yield at(line.amountCents.ref, this.id, { year: y.year, arsCents: y.arsCents, capCents: y.capCents, posts, profile });
      }
    }
  },
};
