/** `planWorkbook`: the whole generated workbook as data (CONTRACT §1), empty or with the sample CLS. */
import { markerNames } from './ownership';
import type { ProfileId } from '../report';
import { MAX_DURATION_YEARS, MIN_DURATION_YEARS } from '../workbook/contract';
import { DEFAULT_FUNDERS } from '../workbook/lists';
import { engagementsSheet } from './engagements';
import { actionsSheet, evaluationSheet, fundingRow, fundingsSheet, instancesSheet, meetingsSheet, parametersSheet, sampleActionRow, sampleIndicatorRow } from './input-sheets';
import { listNames, listsSheet } from './lists-sheet';
import type { WorkbookPlan } from './plan';
import { DEFAULT_START_YEAR, sampleCls } from './sample';
import { synthesisSheet } from './synthesis';

export interface PlanOptions {
  readonly profile: ProfileId;
  readonly years: 3 | 4 | 5;
  readonly sample: boolean;
  /** Signature year of the sample (default 2025); ignored without `sample`. */
  readonly startYear?: number;
}

/**
 * Plans the workbook: input tables, lists and names, the partner-engagement matrix and the synthesis.
 * Pure and deterministic: equal options give equal plans.
 * @throws RangeError when `years` is outside 3..5.
 */
export function planWorkbook(options: PlanOptions): WorkbookPlan {
  const { profile, years } = options;
  if (!Number.isInteger(years) || years < MIN_DURATION_YEARS || years > MAX_DURATION_YEARS) {
    throw new RangeError(`years must be an integer from ${MIN_DURATION_YEARS} to ${MAX_DURATION_YEARS}`);
  }
  const startYear = options.startYear ?? DEFAULT_START_YEAR;
  const sample = options.sample ? sampleCls({ profile, years, startYear }) : null;
  const funders = DEFAULT_FUNDERS.map((f) => f.name);
  const coordinationBudgetCents = sample ? sample.coordinationPostCostCents * years : null;
  const contractYears = sample ? Array.from({ length: years }, (_, i) => startYear + i) : [];

  const sheets = [
      parametersSheet(profile, years, sample),
      actionsSheet(years, (sample?.actions ?? []).map(sampleActionRow)),
      fundingsSheet(years, (sample?.fundings ?? []).map(fundingRow)),
      evaluationSheet(years, (sample?.indicators ?? []).map((i) => sampleIndicatorRow(i, years))),
      meetingsSheet(years, sample),
      instancesSheet(years, sample),
      engagementsSheet({ funders, actions: sample?.actions ?? [], fundings: sample?.fundings ?? [], coordinationBudgetCents }),
      synthesisSheet({ years, startYear: sample ? startYear : null, funders, sample }),
      listsSheet(contractYears),
  ];
  return {
    sheets,
    names: [...listNames(), ...markerNames(sheets)],
    properties: { title: sample ? sample.title : 'Contrat local de santé — tableaux de suivi', creator: 'Tableaux CLS' },
  };
}
