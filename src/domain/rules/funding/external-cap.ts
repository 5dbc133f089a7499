/** The CVL caps on the ARS share of an external diagnostic or final evaluation (seed 000_afa51b918c030d0f.txt:1340-1349). */
import { at } from '../../model';
import type { FindingDraft, WorkbookModel } from '../../model';
import type { RuleId } from '../ids';
import { isArs } from '../../partners/match';

export const EXTERNAL_CAP_CENTS = 1_000_000;

export function* externalCap(model: WorkbookModel, rule: RuleId, object: 'Diagnostic' | 'Évaluation', doneBy: string | null): Generator<FindingDraft> {
  if (doneBy !== 'Prestataire externe') return;
  const lines = model.fundings.filter(
    (f) => f.object.value === object && f.nature.value === 'Financier' && f.amountCents.value !== null && isArs(f.funder.value ?? ''),
  );
  const arsCents = lines.reduce((sum, f) => sum + (f.amountCents.value ?? 0), 0);
  const first = lines[0];
  if (first && arsCents > EXTERNAL_CAP_CENTS) yield at(first.amountCents.ref, rule, { object, arsCents, capCents: EXTERNAL_CAP_CENTS });
}
