// seed 000_afa51b918c030d0f.txt:1387-1389 « le remplissage d'un tableau … les engagements connus de chaque partenaire »: one line per partner, action, nature and year
import { at } from '../../model';
import { fold } from '../../values/text';
import type { Rule } from '../rule';

export const fundingLineDuplicate: Rule = {
  id: 'funding.line-duplicate',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1387-1389',
  *check({ model }) {
    const first = new Map<string, number>();
    for (const f of model.fundings) {
      const parts = [f.object.value, f.actionNumber.value, f.funder.value, f.nature.value, f.year.value];
      if (parts.some((p, i) => p === null && i !== 1)) continue;
      const key = parts.map((p) => fold(String(p ?? ''))).join('\u0001');
      const seen = first.get(key);
      if (seen === undefined) first.set(key, f.row);
      else yield at(f.funder.ref, this.id, { firstRow: seen });
    }
  },
};
