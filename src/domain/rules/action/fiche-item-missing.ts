// seed 004_6c4d6d0ed7a0af23.txt:1006 « Objectif général de l'action … Incontournable »; 000_afa51b918c030d0f.txt:928-934 « Population cible … Acteurs mobilisés … Financements »
import { at } from '../../model';
import type { ActionRow } from '../../model';
import type { FicheItem } from '../../profiles/profiles';
import { profileById } from '../../profiles/profiles';
import { actionKey } from '../../totals';
import type { Rule } from '../rule';

const FIELDS: Readonly<Record<FicheItem['column'], (a: ActionRow) => ActionRow['audience'] | ActionRow['budgetCents']>> = {
  actionObjective: (a) => a.actionObjective,
  audience: (a) => a.audience,
  partners: (a) => a.partners,
  budget: (a) => a.budgetCents,
};

export const actionFicheItemMissing: Rule = {
  id: 'action.fiche-item-missing',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1006; 000_afa51b918c030d0f.txt:928-934',
  profiles: ['normandie', 'centre-val-de-loire'],
  *check({ model, profile }) {
    const table = model.tables.actions;
    if (!table) return;
    const funded = new Set(model.fundings.map((f) => actionKey(f.actionNumber.value)));
    for (const { item, column } of profileById(profile).ficheItems) {
      // A workbook without the column is not asked for it, except for money, which commitments also carry.
      if (column !== 'budget' && !table.columns.some((c) => c.key === column)) continue;
      for (const a of model.actions) {
        const field = FIELDS[column](a);
        const given = field.value !== null || (column === 'budget' && a.number.value !== null && funded.has(actionKey(a.number.value)));
        if (!given) yield at(field.ref, this.id, { item, column: field.ref.column });
      }
    }
  },
};
