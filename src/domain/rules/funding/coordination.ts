/** Where a coordination-post finding points: the first ARS Coordination line of the year, the ARS as the partner catalogue knows it. */
import type { FundingRow, WorkbookModel } from '../../model';
import { isArs } from '../../partners/match';
import type { ProfileId } from '../../report';
import { isCoordinationMoney } from '../../totals';

export function firstArsLine(model: WorkbookModel, year: number, profile: ProfileId): FundingRow | undefined {
  return model.fundings.find((f) => isCoordinationMoney(f) && f.year.value === year && isArs(f.funder.value, profile));
}
