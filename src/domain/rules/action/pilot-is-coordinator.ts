// seed 004_6c4d6d0ed7a0af23.txt:1009 « le coordinateur du CLS ne pilote une action que s'il est clairement identifié sur ce thème dans sa fiche de poste »; 004:802 « n'est, en priorité, pas le Coordinateur »
import { at } from '../../model';
import { escapeRegExp, fold } from '../../values/text';
import type { Rule } from '../rule';

const COORDINATOR_ROLE = /^(le |la )?coordinat(eur|rice|eur·rice|eur\.rice|ion)( du)?( cls)?$/;

export const actionPilotIsCoordinator: Rule = {
  id: 'action.pilot-is-coordinator',
  severity: 'warning',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1009; 004_6c4d6d0ed7a0af23.txt:802',
  // The Normandie guide's fiche action; the Centre-Val de Loire guide says nothing of it.
  profiles: ['normandie'],
  *check({ model }) {
    const coordinator = model.parameters.coordinator === null ? '' : fold(model.parameters.coordinator);
    for (const a of model.actions) {
      if (a.pilot.value === null) continue;
      const pilot = fold(a.pilot.value);
      // Whole words: coordinator « Marie » is not pilot « Anne-Marie Leroy ».
      const named = coordinator !== '' && new RegExp(`(^|[^\\p{L}-])${escapeRegExp(coordinator)}($|[^\\p{L}-])`, 'u').test(pilot);
      if (named || COORDINATOR_ROLE.test(pilot)) {
        yield at(a.pilot.ref, this.id, { pilot: a.pilot.value });
      }
    }
  },
};
