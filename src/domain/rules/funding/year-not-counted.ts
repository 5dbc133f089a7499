// seed 000_afa51b918c030d0f.txt:192 « Mettre en place un dispositif simple de suivi des moyens fléchés par action »: a year typed as text is in the "Toutes" total but in no year of the partner table
import { at } from '../../model';
import type { Rule } from '../rule';

export const fundingYearNotCounted: Rule = {
  id: 'funding.year-not-counted',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192',
  *check({ model }) {
    for (const f of model.fundings) {
      const raw = f.year.ref.raw;
      if (typeof raw !== 'string' || raw.trim() === '') continue;
      const year = /^\s*(\d{4})\s*$/.exec(raw.replace(/[\u00a0\u202f]/g, ' '))?.[1];
      yield at(f.year.ref, this.id, year === undefined ? {} : { suggestion: Number(year) });
    }
  },
};
