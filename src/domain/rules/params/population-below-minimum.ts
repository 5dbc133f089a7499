// seed 000_afa51b918c030d0f.txt:134-135 « Eviter les territoires de petite taille (40 000 habitants minimum) »
import { at } from '../../model';
import type { Rule } from '../rule';

export const MIN_POPULATION = 40_000;

export const paramsPopulationBelowMinimum: Rule = {
  id: 'params.population-below-minimum',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:134-135',
  profiles: ['centre-val-de-loire'],
  *check({ model }) {
    const population = model.parameters.population;
    const ref = model.parameters.refs.population;
    if (population !== null && ref && population < MIN_POPULATION) yield at(ref, this.id, { minimum: MIN_POPULATION });
  },
};
