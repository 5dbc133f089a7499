// seed 004_6c4d6d0ed7a0af23.txt:431 « un tableau d'avancement des actions »: status and progress must tell the same story
import { at } from '../../model';
import type { Rule } from '../rule';

export const actionStatusProgressMismatch: Rule = {
  id: 'action.status-progress-mismatch',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:431',
  *check({ model }) {
    for (const a of model.actions) {
      const progress = a.progress.value;
      if (progress === null) continue;
      const percent = Math.round(progress * 100);
      if ((a.status.value === 'Réalisée' && percent < 100) || (a.status.value === 'Non démarrée' && percent > 0)) {
        yield at(a.progress.ref, this.id, { status: a.status.value, percent });
      }
    }
  },
};
