// seed 004_6c4d6d0ed7a0af23.txt:396 « Le Coordinateur organise les instances et formalise les comptes-rendus »; 000_afa51b918c030d0f.txt:1036 « Un bilan de la mise en œuvre du CLS est réalisé chaque année »
import { INSTANCES_TABLE } from '../../workbook/contract';
import { onTable } from '../../model';
import type { Rule } from '../rule';

export const governanceLogMissing: Rule = {
  id: 'governance.log-missing',
  severity: 'info',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:396; 000_afa51b918c030d0f.txt:1036',
  profiles: ['normandie', 'centre-val-de-loire'],
  *check({ model }) {
    if (!model.tables.instances) yield onTable(INSTANCES_TABLE, this.id, { table: INSTANCES_TABLE.name, sheet: INSTANCES_TABLE.sheet });
  },
};
