// seed 000_afa51b918c030d0f.txt:1347-1349 « prestataire externe … cofinancement maximum de 10 000 € pour l'ARS »
import type { Rule } from '../rule';
import { externalCap } from './external-cap';

export const fundingEvaluationCap: Rule = {
  id: 'funding.evaluation-cap',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1347-1349',
  profiles: ['centre-val-de-loire'],
  check({ model }) {
    return externalCap(model, this.id, 'Évaluation', model.parameters.finalEvaluationBy);
  },
};
