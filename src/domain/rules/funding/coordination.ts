/** Where a coordination-post finding points: the first ARS Coordination line of the year, the ARS as the partner catalogue knows it. */
import type { FundingRow, WorkbookModel } from '../../model';
import { isArs } from '../../partners/match';
import type { ProfileId } from '../../report';
import { isCoordinationMoney } from '../../totals';

export function firstArsLine(model: WorkbookModel, year: number, profile: ProfileId, object = 'Coordination'): FundingRow | undefined {
  return model.fundings.find(
    (f) =>
      (object === 'Coordination' ? isCoordinationMoney(f) : f.object.value === object && f.nature.value === 'Financier') &&
      f.year.value === year &&
      isArs(f.funder.value, profile),
  );
}
