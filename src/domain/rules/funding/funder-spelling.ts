// seed 000_afa51b918c030d0f.txt:192 « Mettre en place un dispositif simple de suivi des moyens fléchés par action »: a partner the formulas cannot match is money the partner table does not show
import { at } from '../../model';
import { matchFunder } from '../../partners/match';
import type { FunderMatch } from '../../partners/match';
import type { Rule } from '../rule';

/** A Financeur that means a partner of the list but is written otherwise (`cpam `, `C.P.A.M.`, `FIR (ARS)`, `CD50`): SUMIFS leaves it out of that partner's column. */
export const fundingFunderSpelling: Rule = {
  id: 'funding.funder-spelling',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192; CONTRACT §1 (Financeur must be in CLS_Financeurs)',
  *check({ model, profile }) {
    if (!model.tables.funders) return;
    const list = model.funders.flatMap((r) => (typeof r.name.ref.raw === 'string' ? [r.name.ref.raw] : []));
    const seen = new Map<string, FunderMatch>();
    for (const f of model.fundings) {
      const typed = f.funder.ref.raw;
      if (typeof typed !== 'string' || typed.trim() === '') continue;
      const match = seen.get(typed) ?? matchFunder(typed, list, profile);
      seen.set(typed, match);
      if (match.kind === 'variant') yield at(f.funder.ref, this.id, { funder: typed, suggestion: match.suggestions.join('\n') });
    }
  },
};
