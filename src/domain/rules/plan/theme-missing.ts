// seed 000_afa51b918c030d0f.txt:149-150 « Depuis 2022 (loi 3DS) et 2023 (stratégie régionale), chaque nouveau CLS ou renouvelé comporte au moins les trois volets suivants »; 004_6c4d6d0ed7a0af23.txt:155 « La loi du 21 février 2022 … un volet consacré à la santé mentale »
import { onTable } from '../../model';
import { profileById } from '../../profiles/profiles';
import { isoToSerial } from '../../values/dates';
import type { Rule } from '../rule';

export const planThemeMissing: Rule = {
  id: 'plan.theme-missing',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:149-150; 004_6c4d6d0ed7a0af23.txt:155',
  *check({ model, profile }) {
    const table = model.tables.actions;
    if (!table) return;
    const present = new Set(model.actions.map((a) => a.theme.value));
    // Without a signature date, the CLS is taken as new: the volets apply.
    const signed = model.parameters.signatureDate;
    for (const { theme, since } of profileById(profile).mandatoryThemes) {
      const applies = signed === null || Math.floor(signed) >= (isoToSerial(since) ?? 0);
      if (applies && !present.has(theme)) yield onTable(table, this.id, { theme, since });
    }
  },
};
