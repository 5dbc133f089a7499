// seed 000_afa51b918c030d0f.txt:149-150 (CVL: santé mentale, nutrition, santé environnementale); loi 3DS volet santé mentale: 004_6c4d6d0ed7a0af23.txt:155
import { onTable } from '../../model';
import { profileById } from '../../profiles/profiles';
import type { Rule } from '../rule';

export const planThemeMissing: Rule = {
  id: 'plan.theme-missing',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:149-150; 004_6c4d6d0ed7a0af23.txt:155',
  *check({ model, profile }) {
    const table = model.tables.actions;
    if (!table) return;
    const present = new Set(model.actions.map((a) => a.theme.value));
    for (const theme of profileById(profile).mandatoryThemes) {
      if (!present.has(theme)) yield onTable(table, this.id, { theme });
    }
  },
};
