// seed 004_6c4d6d0ed7a0af23.txt:1021-1023 « Objectif spécifique n° 12.1 … Action n° 12.1.1 »
import { at } from '../../model';
import type { Rule } from '../rule';
import { ACTION_NUMBER, extendsNumber } from './numbering';

export const actionHierarchyMismatch: Rule = {
  id: 'action.hierarchy-mismatch',
  severity: 'error',
  source: 'seed 004_6c4d6d0ed7a0af23.txt:1021-1023',
  *check({ model }) {
    for (const a of model.actions) {
      const action = a.number.value;
      const objective = a.objectiveNumber.value;
      const goal = a.goalNumber.value;
      if (action !== null && objective !== null && ACTION_NUMBER.test(action) && !extendsNumber(action, objective)) {
        yield at(a.number.ref, this.id, { child: action, parent: objective, parentColumn: a.objectiveNumber.ref.column });
      } else if (objective !== null && goal !== null && !extendsNumber(objective, goal)) {
        yield at(a.objectiveNumber.ref, this.id, { child: objective, parent: goal, parentColumn: a.goalNumber.ref.column });
      }
    }
  },
};
