// seed 000_afa51b918c030d0f.txt:1341-1343 « réalisé par un prestataire externe. Dans ce cas, l'ARS peut contribuer à hauteur de 10 000 € »
import type { Rule } from '../rule';
import { externalCap } from './external-cap';

export const fundingDiagnosticCap: Rule = {
  id: 'funding.diagnostic-cap',
  severity: 'warning',
  source: 'seed 000_afa51b918c030d0f.txt:1341-1343',
  profiles: ['centre-val-de-loire'],
  check({ model }) {
    return externalCap(model, this.id, 'Diagnostic', model.parameters.diagnosticBy);
  },
};
