// seed 004_6c4d6d0ed7a0af23.txt:407 « à minima une fois par an »; 004_6c4d6d0ed7a0af23.txt:423 « se réunit à minima 1 fois par an »; 004_6c4d6d0ed7a0af23.txt:310 « Un dialogue de gestion sera organisé annuellement »; 000_afa51b918c030d0f.txt:1156 « Cette instance se réunit au moins 2 fois par an »
import { onTable } from '../../model';
import { profileById } from '../../profiles/profiles';
import { serialToIso } from '../../values/dates';
import { contractPeriod, elapsedContractYears } from '../contract-period';
import type { Rule } from '../rule';

export const governanceInstanceFrequency: Rule = {
  id: 'governance.instance-frequency',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:407; 004_6c4d6d0ed7a0af23.txt:423; 004_6c4d6d0ed7a0af23.txt:310; 000_afa51b918c030d0f.txt:1156',
  profiles: ['normandie', 'centre-val-de-loire'],
  *check({ model, profile, asOf }) {
    const table = model.tables.instances;
    const period = contractPeriod(model.parameters);
    if (!table || !period) return;
    // Only contract years already over as of the as-of date: the current year may still hold its COPIL.
    for (const year of elapsedContractYears(period, asOf)) {
      for (const { instance, perYear } of profileById(profile).instanceMinimums) {
        const count = model.instances.filter(
          (i) => i.instance.value === instance && i.date.value !== null && Math.floor(i.date.value) >= year.from && Math.floor(i.date.value) <= year.to,
        ).length;
        if (count < perYear) {
          yield onTable(table, this.id, { instance, year: year.index, from: serialToIso(year.from), to: serialToIso(year.to), count, minimum: perYear });
        }
      }
    }
  },
};
