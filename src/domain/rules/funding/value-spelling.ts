// seed 000_afa51b918c030d0f.txt:192 « Mettre en place un dispositif simple de suivi des moyens fléchés par action »: the partner table's formulas match Objet, N° action, Nature and Statut exactly (case aside)
import { at } from '../../model';
import type { CellRef } from '../../model';
import { excelTextEquals } from '../../partners/excel-text';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

/** A value the reader accepts (`acquis `, `Evaluation`) but SUMIFS does not: the line is missing from its row or from the totals. */
export const fundingValueSpelling: Rule = {
  id: 'funding.value-spelling',
  severity: 'error',
  source: 'seed 000_afa51b918c030d0f.txt:192',
  *check({ model }) {
    const actions = new Map(model.actions.flatMap((a) => (typeof a.number.ref.raw === 'string' ? [[actionKey(a.number.value), a.number.ref.raw] as const] : [])));
    for (const f of model.fundings) {
      const fields: [CellRef, string | null | undefined][] = [
        [f.object.ref, f.object.value],
        [f.actionNumber.ref, f.actionNumber.value === null ? null : actions.get(actionKey(f.actionNumber.value))],
        [f.nature.ref, f.nature.value],
        [f.status.ref, f.status.value],
      ];
      for (const [ref, expected] of fields) {
        const typed = ref.raw;
        if (typeof typed === 'string' && expected != null && !excelTextEquals(expected, typed)) yield at(ref, this.id, { typed, expected });
      }
    }
  },
};
