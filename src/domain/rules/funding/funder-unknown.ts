// seed 000_afa51b918c030d0f.txt:1440-1466 « ARS … Conseil dép … CPAM … Autres »: the engagement table has one column per partner of the list
import { at } from '../../model';
import { matchFunder } from '../../partners/match';
import type { Rule } from '../rule';

/** A Financeur that is no partner of the list, even misspelt (those are `funding.funder-spelling`). */
export const fundingFunderUnknown: Rule = {
  id: 'funding.funder-unknown',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:1440-1466',
  *check({ model, profile }) {
    if (!model.tables.funders) return;
    const list = model.funders.flatMap((r) => (typeof r.name.ref.raw === 'string' ? [r.name.ref.raw] : []));
    for (const f of model.fundings) {
      const funder = f.funder.value;
      if (funder === null) continue;
      const match = matchFunder(typeof f.funder.ref.raw === 'string' ? f.funder.ref.raw : funder, list, profile);
      if (match.kind === 'unlisted') yield at(f.funder.ref, this.id, match.partner ? { funder, partner: match.partner.name } : { funder });
    }
  },
};
