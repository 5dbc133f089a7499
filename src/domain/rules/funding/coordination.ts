/** Where a coordination-post finding points: the first ARS Coordination line of the year. */
import type { FundingRow, WorkbookModel } from '../../model';
import { isArs, isCoordinationMoney } from '../../totals';

export function firstArsLine(model: WorkbookModel, year: number, object = 'Coordination'): FundingRow | undefined {
  return model.fundings.find(
    (f) =>
      (object === 'Coordination' ? isCoordinationMoney(f) : f.object.value === object && f.nature.value === 'Financier') &&
      f.year.value === year &&
      isArs(f.funder.value ?? ''),
  );
}
