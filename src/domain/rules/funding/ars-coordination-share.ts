// seed 004_6c4d6d0ed7a0af23.txt:308 « montant calculé sur la base d'un équivalent temps plein au coût de 50 000 € avec financement à 50 % par l'ARS »
import { at } from '../../model';
import type { Rule } from '../rule';
import { firstArsLine } from './coordination';

export const fundingArsCoordinationShare: Rule = {
  id: 'funding.ars-coordination-share',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:308',
  profiles: ['normandie'],
  *check({ model, totals, profile }) {
    const { coordinationFte: fte, coordinationPostCostCents: costCents } = model.parameters;
    for (const y of totals.coordination) {
      const line = firstArsLine(model, y.year, profile);
      if (line && costCents !== null && y.shareCapCents !== null && y.arsCents > y.shareCapCents) {
        yield at(line.amountCents.ref, this.id, { year: y.year, arsCents: y.arsCents, shareCapCents: y.shareCapCents, costCents, fte });
      }
    }
  },
};
